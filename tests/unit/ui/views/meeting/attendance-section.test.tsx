/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ForumRef } from '../../../../../src/domain/types';
import { AttendanceStore } from '../../../../../src/store/attendance-store';
import { createStores, type ForumStores } from '../../../../../src/store/stores';
import { FakeGraph } from '../../../store/fake-graph';
import { forumHome, homeData, MEETINGS, MEMBER, SECRETARY } from '../../fixtures';
import { renderApp } from '../../render-app';

// The agenda's actions and the minutes' status are not this test's subject (meeting-dialog.test.tsx shows them): the
// dialog gets neither, so the test gives only the attendance store.
jest.mock('../../../../../src/ui/views/meeting/AgendaActions', () => ({ AgendaActions: () => null }));
jest.mock('../../../../../src/ui/views/minutes/MinutesStatus', () => ({ MinutesStatus: () => null }));
jest.mock('../../../../../src/ui/views/meeting/PublicationActions', () => ({ PublicationActions: () => null }));

interface RecordItem {
  readonly id: string;
  readonly createdBy: { readonly user: { readonly id: string; readonly email: string } };
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * The meeting dialog's "Deltagere" over the real AttendanceStore on a fake Graph that keeps state. `caller` is who
 * the fake server stamps as the author of a new Substitutes record (the signed-in person); Katrine owns the group.
 */
function tenant(larsAnswer: string, caller: { name: string; email: string }) {
  const state = {
    etag: '"m3,1"',
    records: [] as RecordItem[],
    attendees: [
      {
        type: 'required',
        emailAddress: { name: 'Jonas Vestergaard', address: 'jonas.vestergaard@regionfjord.example' },
        status: { response: 'accepted' },
      },
      { type: 'required', emailAddress: { name: 'Lars Harbo', address: MEMBER.email }, status: { response: larsAnswer } },
      { type: 'required', emailAddress: { name: 'Katrine Holm', address: SECRETARY.email }, status: { response: 'accepted' } },
    ],
    declined: [] as string[],
  };
  const memberItem = (name: string, email: string, role: string, organisation: string, kind: string, substitute?: string) => ({
    id: email,
    fields: {
      Title: name,
      Email: email,
      Role: role,
      Organisation: organisation,
      OrganisationKind: kind,
      JobTitle: '',
      ...(substitute ? { SubstituteEmail: substitute } : {}),
    },
  });
  const graph = new FakeGraph((method, url, body) => {
    if (method === 'GET' && url.startsWith('/sites/s-ksg/lists/Members/items')) {
      return {
        status: 200,
        body: {
          value: [
            memberItem('Jonas Vestergaard', 'jonas.vestergaard@regionfjord.example', 'chair', 'Fjordhospitalet', 'hospital'),
            memberItem('Lars Harbo', MEMBER.email, 'member', 'Skovlund Kommune', 'municipality', 'trine.bogh@skovlund.example'),
            memberItem('Katrine Holm', SECRETARY.email, 'secretariat', 'Fjordhospitalet', 'hospital'),
          ],
        },
      };
    }
    if (method === 'GET' && url.startsWith('/sites/s-ksg/lists/AgendaItems/items')) return { status: 200, body: { value: [] } };
    if (method === 'GET' && url.startsWith('/sites/s-ksg/lists/Meetings/items/3')) {
      return {
        status: 200,
        body: {
          id: '3',
          '@odata.etag': state.etag,
          fields: {
            Title: 'Klyngestyregruppemøde',
            Start: '2026-06-11T07:00:00Z',
            End: '2026-06-11T09:00:00Z',
            Status: 'booked',
            EventId: 'ev3',
          },
        },
      };
    }
    if (method === 'GET' && url.startsWith('/groups/g-ksg/owners'))
      return { status: 200, body: { value: [{ id: `id-${SECRETARY.email}`, displayName: SECRETARY.name, mail: SECRETARY.email }] } };
    if (method === 'GET' && url.startsWith('/sites/s-ksg/lists/Substitutes/items')) return { status: 200, body: { value: state.records } };
    if (method === 'POST' && url === '/sites/s-ksg/lists/Substitutes/items') {
      const author = { id: `id-${caller.email}`, displayName: caller.name, email: caller.email };
      const item = {
        id: String(state.records.length + 1),
        '@odata.etag': '"r,1"',
        createdBy: { user: author },
        lastModifiedBy: { user: author },
        createdDateTime: '2026-04-20T10:00:00Z',
        fields: (body as { fields: Record<string, string> }).fields,
      };
      state.records.push(item);
      return { status: 201, body: item };
    }
    if (method === 'GET' && url.startsWith('/groups/g-ksg/events/ev3'))
      return { status: 200, body: { '@odata.etag': 'W/"e1"', iCalUId: 'ical-3', isCancelled: false, attendees: state.attendees } };
    if (method === 'PATCH' && url === '/groups/g-ksg/events/ev3') {
      const sent = (body as { attendees: { emailAddress: { address: string; name: string } }[] }).attendees;
      state.attendees = sent.map(
        (a) =>
          state.attendees.find((o) => o.emailAddress.address === a.emailAddress.address) ?? {
            type: 'required',
            emailAddress: { name: a.emailAddress.name || a.emailAddress.address, address: a.emailAddress.address },
            status: { response: 'none' },
          },
      );
      return { status: 200, body: {} };
    }
    if (method === 'GET' && url.startsWith('/me/events?$filter=')) {
      return {
        status: 200,
        body: {
          value: decodeURIComponent(url).includes("iCalUId eq 'ical-3'")
            ? [{ id: 'copy-lars', isOrganizer: false, responseStatus: { response: 'notResponded' } }]
            : [],
        },
      };
    }
    if (method === 'POST' && url === '/me/events/copy-lars/decline') {
      state.declined.push(MEMBER.email);
      const lars = state.attendees.find((a) => a.emailAddress.address === MEMBER.email);
      if (lars) lars.status = { response: 'declined' };
      return { status: 202 };
    }
    return { status: 404 };
  });
  const meetings = MEETINGS.map((m) => (m.id === '3' ? { ...m, eventId: 'ev3' } : m));
  // The real attendance store, made here: the app loads it with the meeting dialog (a dynamic import jest does not follow).
  const stores = createStores(graph, []);
  const forum = (ref: ForumRef): ForumStores => {
    const base = stores.forum?.(ref);
    if (!base) throw new Error('createStores gives forum stores');
    return { ...base, attendance: new AttendanceStore(graph, ref) };
  };
  return { graph, state, meetings, forum };
}

// In jsdom, Tabster's modalizer marks the dialog surface aria-hidden once focus moves; the role queries inside the
// dialog therefore include hidden nodes (the e2e spec checks the same dialog with axe in Chromium).
describe('the meeting dialog: Deltagere', () => {
  it('the secretariat sees the apology and calls in the standing substitute', async () => {
    const t = tenant('declined', SECRETARY);
    renderApp(homeData(SECRETARY, [forumHome('secretariat', { meetings: t.meetings })]), { stores: { forum: t.forum } });
    const open = await screen.findAllByRole('button', { name: 'Åbn mødet Klyngestyregruppemøde' }, { timeout: 10000 });
    fireEvent.click(open[1] as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    // Folded to its counts until asked: the names do not stand between the agenda and the minutes.
    expect(await within(dialog).findByText('2 deltager · 0 måske · 0 har ikke svaret · 1 afbud')).toBeTruthy();
    const show = within(dialog).getByRole('button', { name: 'Vis deltagere', hidden: true });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    expect(within(dialog).queryByRole('list', { name: 'Skovlund Kommune', hidden: true })).toBeNull();
    fireEvent.click(show);
    expect(within(dialog).getByRole('button', { name: 'Skjul deltagere', hidden: true }).getAttribute('aria-expanded')).toBe('true');
    const skovlund = await within(dialog).findByRole('list', { name: 'Skovlund Kommune', hidden: true });
    expect(within(skovlund).getByText('Afbud')).toBeTruthy();
    expect(await within(dialog).findByRole('list', { name: 'Sekretariat', hidden: true })).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Indkald stedfortræder for Lars Harbo', hidden: true }));
    const email = within(dialog).getByRole('textbox', { name: /Stedfortræderens e-mail/, hidden: true }) as HTMLInputElement;
    expect(email.value).toBe('trine.bogh@skovlund.example');
    await waitFor(() => expect(document.activeElement).toBe(email));
    fireEvent.change(email, { target: { value: 'trine.bogh' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send indkaldelse', hidden: true }));
    expect(within(dialog).getByText('Skriv en gyldig e-mailadresse, fx navn@kommune.dk.')).toBeTruthy();
    expect(t.graph.calls.some((c) => c.method === 'PATCH')).toBe(false);

    fireEvent.change(email, { target: { value: 'trine.bogh@skovlund.example' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send indkaldelse', hidden: true }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status').textContent).toBe(
        'trine.bogh@skovlund.example er indkaldt som stedfortræder for Lars Harbo.',
      ),
    );
    // The secretariat's own record names Lars's substitute; the Meetings item is not written.
    expect(t.state.records.map((r) => [r.createdBy.user.email, r.fields.MemberEmail, r.fields.SubstituteEmail])).toEqual([
      [SECRETARY.email, MEMBER.email, 'trine.bogh@skovlund.example'],
    ]);
    expect(t.graph.calls.some((c) => c.method !== 'GET' && c.url.includes('/Meetings/'))).toBe(false);
    expect(t.state.attendees.map((a) => [a.emailAddress.address, a.status.response])).toEqual([
      ['jonas.vestergaard@regionfjord.example', 'accepted'],
      [MEMBER.email, 'declined'],
      [SECRETARY.email, 'accepted'],
      ['trine.bogh@skovlund.example', 'none'],
    ]);
    const list = await within(dialog).findByRole('list', { name: 'Skovlund Kommune', hidden: true });
    await waitFor(() => expect(within(list).getByText('stedfortræder for Lars Harbo')).toBeTruthy());
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Deltagere', hidden: true }));
  }, 60_000);

  it('a member sends apologies from the app, with their substitute', async () => {
    const t = tenant('accepted', MEMBER);
    renderApp(homeData(MEMBER, [forumHome('member', { meetings: t.meetings })]), { stores: { forum: t.forum } });
    const next = await screen.findByRole('region', { name: 'Næste møde' }, { timeout: 10000 });
    fireEvent.click(within(next).getByRole('button', { name: 'Åbn mødet Klyngestyregruppemøde' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Meld afbud', hidden: true }));
    const substitute = within(dialog).getByRole('checkbox', {
      name: 'Send min stedfortræder (trine.bogh@skovlund.example)',
      hidden: true,
    }) as HTMLInputElement;
    expect(substitute.checked).toBe(true);
    fireEvent.submit(within(dialog).getByRole('form', { name: 'Meld afbud', hidden: true }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status').textContent).toBe(
        'Dit afbud er registreret, og trine.bogh@skovlund.example er indkaldt som din stedfortræder.',
      ),
    );
    expect(t.state.declined).toEqual([MEMBER.email]);
    // Lars's substitute is his own record.
    expect(t.state.records.map((r) => [r.createdBy.user.email, r.fields.MemberEmail, r.fields.SubstituteEmail])).toEqual([
      [MEMBER.email, MEMBER.email, 'trine.bogh@skovlund.example'],
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Vis deltagere', hidden: true }));
    const skovlund = await within(dialog).findByRole('list', { name: 'Skovlund Kommune', hidden: true });
    await waitFor(() => expect(within(skovlund).getByText('stedfortræder for Lars Harbo')).toBeTruthy());
    expect(await within(dialog).findByText('Du har meldt afbud til mødet.')).toBeTruthy();
  }, 60_000);
});
