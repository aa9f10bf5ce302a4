/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import { buildAttendance, type EventAttendee } from '../../../../../src/domain/attendance';
import type { ForumMember, Meeting, MinutesVersion } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { AgendaApi, AgendaSendResult, AgendaStatus } from '../../../../../src/store/agenda/agenda-api';
import type { MeetingAttendance } from '../../../../../src/store/attendance-store';
import type { ForumStore } from '../../../../../src/store/forum-stores';
import type { MinutesOverview, MinutesVersionsApi } from '../../../../../src/store/minutes/minutes-versions-api';
import type { ForumStores, Stores } from '../../../../../src/store/stores';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import type { CommandContext } from '../../../../../src/ui/commands/command';
import { CommandContextReact } from '../../../../../src/ui/commands/command-context';
import { MeetingDialog } from '../../../../../src/ui/views/meeting/MeetingDialog';
import { createTestI18n } from '../../../support/test-i18n';
import { SignedInProvider } from '../../../../../src/ui/me';
import type { MeetingSection } from '../../../../../src/ui/parts';
import { CHAIRS, forumHome, homeData, MEETINGS, MEMBER, NOW, SECRETARY } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

/**
 * The meeting dialog over fake stores: its sections (Dagsorden, Deltagere folded to its counts, Referat), opening at a
 * section a link asks for, and the one primary action for the meeting's state and the person's role.
 */
// The dialog's lazily loaded sections, given eagerly (jest does not follow a dynamic import): the same components.
const home = (user: ForumMember) => homeData(user, [forumHome(user === SECRETARY ? 'secretariat' : user === MEMBER ? 'member' : 'chair')]);
const forum = home(SECRETARY).forums[0]?.forum ?? (undefined as never);
const HELD: Meeting = { ...(MEETINGS[0] as Meeting), title: 'Klyngestyregruppemøde 1' };
const UPCOMING: Meeting = { ...(MEETINGS[2] as Meeting), title: 'Klyngestyregruppemøde 3' };
const minutes = (at: number): string => new Date(NOW.getTime() + at * 60_000).toISOString();

// Sixteen invited: the three chairs, the secretary, the member and eleven more members, three of them sent apologies.
const others: ForumMember[] = Array.from({ length: 11 }, (_, i) => ({
  ...MEMBER,
  id: `m${i}`,
  name: `Medlem ${i + 1}`,
  email: `medlem${i + 1}@fjordby.example`,
  organisation: 'Fjordby Kommune',
}));
const members = [...CHAIRS, SECRETARY, MEMBER, ...others];
const attendees: EventAttendee[] = members.map((m, i) => ({ name: m.name, email: m.email, response: i >= 13 ? 'declined' : 'accepted' }));

function attendanceOf(meeting: Meeting): MeetingAttendance {
  return {
    meeting,
    members,
    invitation: { attendees, isCancelled: false, iCalUId: 'ical' },
    attendance: buildAttendance({ members, attendees }),
  };
}

interface Setup {
  readonly user?: ForumMember;
  readonly meeting: Meeting;
  readonly section?: MeetingSection;
  readonly overview?: MinutesOverview;
  readonly agendaStatus?: AgendaStatus;
  readonly onWriteMinutes?: () => void;
}

function renderDialog({
  user = SECRETARY,
  meeting,
  section,
  overview = { versions: [], approvals: [] },
  agendaStatus = { nextRevision: 0, changed: false, changes: [] },
  onWriteMinutes,
}: Setup) {
  const sent: AgendaSendResult = {
    outcome: 'sent',
    revised: false,
    recipients: 16,
    sentAt: NOW.toISOString(),
    eventUpdated: true,
    meeting: { ...meeting, status: 'agenda-sent', agendaSentAt: NOW.toISOString() },
  };
  const agenda: AgendaApi & { send: jest.Mock } = {
    status: jest.fn(() => Promise.resolve(agendaStatus)),
    generate: jest.fn(() => Promise.reject(new Error('not in this test'))),
    confirmMeeting: jest.fn(() => Promise.resolve()),
    send: jest.fn(() => Promise.resolve(sent)),
  };
  // Circulating closes the current version, as the store records it.
  let now = overview;
  const circulate = jest.fn(() => {
    if (now.current) now = { ...now, closure: { closed: true, circulated: now.current, circulatedAt: NOW.toISOString() } };
    return Promise.resolve({ outcome: 'circulated' as const, recipients: 16 });
  });
  const minutesVersions = { overview: jest.fn(() => Promise.resolve(now)), circulate } as unknown as MinutesVersionsApi;
  const forumStores = {
    agenda: {
      forMeeting: () =>
        Promise.resolve([
          {
            id: 'a1',
            meetingId: meeting.id,
            number: 1,
            title: 'Godkendelse af dagsorden',
            durationMinutes: 10,
            recommendations: [],
            description: '',
            standing: true,
            etag: '"a1"',
          },
        ]),
    },
    attendance: { load: (m: Meeting) => Promise.resolve(attendanceOf(m)) },
  } as unknown as ForumStores;
  const stores: Stores = fakeStores({
    home: memoryHome(home(user)),
    forums: {
      load: () => Promise.resolve({ ...forum, owners: [{ id: 'u-secretary', name: SECRETARY.name, email: SECRETARY.email }] }),
    } as unknown as ForumStore,
    forum: () => forumStores,
    agenda,
    minutesVersions,
    // The publication section (issue 20) asks what is published; publishing itself is tested in its own suites.
    publication: {
      status: jest.fn(() => Promise.resolve({ decisionsReady: false })),
      publish: jest.fn(() => Promise.reject(new Error('not in this test'))),
    },
  });
  const host = createFakeHost({ user: { id: `id-${user.email}`, name: user.name, email: user.email } });
  const services = { host, stores, config: loadConfig({}), clock: () => NOW };
  const i18n = createTestI18n('da');
  const reload = jest.fn();
  const ctx: CommandContext = { services, t: i18n.t, locale: 'da', reload, setLocale: jest.fn(), showMeeting: jest.fn() };
  render(
    <AppProviders services={services} i18n={i18n}>
      <SignedInProvider value={home(user)}>
        <CommandContextReact.Provider value={ctx}>
          <MeetingDialog
            open={{ meeting, forum, ...(section ? { section } : {}) }}
            onClose={jest.fn()}
            {...(onWriteMinutes ? { onWriteMinutes } : {})}
          />
        </CommandContextReact.Provider>
      </SignedInProvider>
    </AppProviders>,
  );
  return { agenda, circulate, reload, host };
}

// Tabster marks the dialog's surface aria-hidden in jsdom once focus moves (see attendance-section.test.tsx): queries include hidden nodes.
const H = { hidden: true } as const;
const actionBar = async (): Promise<{ name: string; appearance: string | null }[]> => {
  const dialog = await screen.findByRole('dialog', H);
  const close = await within(dialog).findByRole('button', { name: 'Luk', ...H });
  const bar = close.parentElement ?? dialog;
  return within(bar)
    .getAllByRole('button', H)
    .map((b) => ({ name: b.textContent ?? '', appearance: b.getAttribute('data-appearance') }));
};
const primaryOf = async () => (await actionBar()).filter((b) => b.appearance === 'primary').map((b) => b.name);

describe('the meeting dialog in sections', () => {
  it('has Dagsorden, Deltagere and Referat, reached from links at the top; the attendees fold to their counts', async () => {
    renderDialog({ meeting: HELD, onWriteMinutes: jest.fn() });
    const dialog = await screen.findByRole('dialog', H);
    const nav = within(dialog).getByRole('navigation', { name: 'Afsnit i mødet', ...H });
    expect(
      within(nav)
        .getAllByRole('button', H)
        .map((b) => b.textContent),
    ).toEqual(['Dagsorden', 'Deltagere', 'Referat']);
    for (const name of ['Dagsorden', 'Deltagere', 'Referat']) expect(within(dialog).getByRole('region', { name, ...H })).toBeTruthy();
    // Sixteen invited, three apologies: one line and "Vis deltagere", not sixteen names before Referat.
    const attendees = within(dialog).getByRole('region', { name: 'Deltagere', ...H });
    expect(await within(attendees).findByText('13 deltager · 0 måske · 0 har ikke svaret · 3 afbud')).toBeTruthy();
    expect(within(attendees).queryByRole('listitem', H)).toBeNull();
    fireEvent.click(within(attendees).getByRole('button', { name: 'Vis deltagere', ...H }));
    expect(within(attendees).getAllByRole('listitem', H).length).toBeGreaterThanOrEqual(16);

    // The link to Referat puts focus on its heading.
    fireEvent.click(within(nav).getByRole('button', { name: 'Referat', ...H }));
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Referat', ...H }));
  });

  it.each<[MeetingSection, string]>([
    ['minutes', 'Referat'],
    ['attendees', 'Deltagere'],
    ['agenda', 'Dagsorden'],
  ])('opened at %s (a to-do’s link): that heading has focus', async (section, heading) => {
    renderDialog({ meeting: HELD, section, onWriteMinutes: jest.fn() });
    const dialog = await screen.findByRole('dialog', H);
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: heading, ...H })));
    // Asked for at Deltagere, the list is unfolded.
    if (section === 'attendees') expect(await within(dialog).findByRole('button', { name: 'Skjul deltagere', ...H })).toBeTruthy();
  });

  it('a chair has no Referat section (the minutes are the secretariat’s), and no primary for a meeting held', async () => {
    renderDialog({ user: CHAIRS[0] as ForumMember, meeting: HELD });
    const dialog = await screen.findByRole('dialog', H);
    expect(
      within(within(dialog).getByRole('navigation', H))
        .getAllByRole('button', H)
        .map((b) => b.textContent),
    ).toEqual(['Dagsorden', 'Deltagere']);
    expect(await actionBar()).toEqual([{ name: 'Luk', appearance: 'secondary' }]);
  });
});

describe('the meeting dialog’s primary action', () => {
  it('held, no minutes: "Skriv referat" is the primary and opens the editor; no "Deltag" for a meeting over', async () => {
    const onWriteMinutes = jest.fn();
    renderDialog({ meeting: HELD, onWriteMinutes });
    expect(await primaryOf()).toEqual(['Skriv referat']);
    expect((await actionBar()).map((b) => b.name)).toEqual(['Skriv referat', 'Luk']);
    fireEvent.click(screen.getByRole('button', { name: 'Skriv referat', ...H }));
    expect(onWriteMinutes).toHaveBeenCalled();
  });

  it('approved by the co-chairs: "Udsend referat" opens the confirmation in Referat, and once sent the badge says so', async () => {
    const current: MinutesVersion = {
      id: 'v1',
      meetingId: HELD.id,
      version: 1,
      contentHash: 'h',
      status: 'approved',
      createdAt: '2026-03-20T10:00:00Z',
    };
    const { circulate, reload } = renderDialog({
      meeting: HELD,
      onWriteMinutes: jest.fn(),
      overview: { versions: [current], current, approvals: [] },
    });
    await waitFor(async () => expect(await primaryOf()).toEqual(['Udsend referat']));
    // "Skriv referat" stays, as a secondary action.
    expect((await actionBar()).map((b) => b.name)).toEqual(['Udsend referat', 'Skriv referat', 'Luk']);
    const [inSection, inBar] = screen.getAllByRole('button', { name: 'Udsend referat', ...H });
    const referat = screen.getByRole('region', { name: 'Referat', ...H });
    // One primary in view: the section's own button is secondary beside the bar's.
    expect(referat.contains(inSection as HTMLElement)).toBe(true);
    expect(inSection?.getAttribute('data-appearance')).toBe('secondary');
    expect(inBar?.getAttribute('data-appearance')).toBe('primary');
    fireEvent.click(inBar as HTMLElement);
    const confirm = await within(referat).findByRole('button', { name: 'Udsend', ...H });
    fireEvent.click(confirm);
    await waitFor(() => expect(circulate).toHaveBeenCalled());
    expect(await within(screen.getByRole('dialog', H)).findByText('Referat godkendt', { selector: '.fui-Badge' })).toBeTruthy();
    expect(reload).toHaveBeenCalled();
  });

  it('the secretariat, upcoming, agenda not sent: "Send dagsorden" asks in Dagsorden; after sending the badge and the primary follow', async () => {
    const { agenda, reload } = renderDialog({ meeting: UPCOMING });
    const dialog = await screen.findByRole('dialog', H);
    expect(within(dialog).getByText('Booket')).toBeTruthy();
    await waitFor(async () => expect(await primaryOf()).toEqual(['Send dagsorden']));
    // Deltag i Teams-møde is there, secondary: the meeting is weeks away.
    expect((await actionBar()).map((b) => [b.name, b.appearance])).toEqual([
      ['Send dagsorden', 'primary'],
      ['Deltag i Teams-møde', 'secondary'],
      ['Luk', 'secondary'],
    ]);
    // One primary in view: the agenda section's own send button is secondary beside it.
    const actions = await within(dialog).findByRole('group', { name: 'Dagsorden: dan og send', ...H });
    expect(
      within(actions)
        .getByRole('button', { name: 'Send dagsorden', ...H })
        .getAttribute('data-appearance'),
    ).toBe('secondary');

    // The bar's primary, not the section's own button.
    fireEvent.click(
      screen
        .getAllByRole('button', { name: 'Send dagsorden', ...H })
        .find((b) => b.getAttribute('data-appearance') === 'primary') as HTMLElement,
    );
    const confirm = await within(actions).findByRole('button', { name: /^Send$/, ...H });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.click(confirm);
    await waitFor(() => expect(agenda.send).toHaveBeenCalledTimes(1));
    // The badge reads the meeting as the send recorded it, not as the home had it when the dialog opened.
    expect(await within(dialog).findByText('Dagsorden udsendt')).toBeTruthy();
    expect(within(dialog).queryByText('Booket')).toBeNull();
    await waitFor(async () => expect(await primaryOf()).toEqual([]));
    expect(reload).toHaveBeenCalled();
  });

  it('sent already, by what the store read (the home’s copy is older): no "Send dagsorden", and the badge says it was sent', async () => {
    renderDialog({ meeting: UPCOMING, agendaStatus: { sentAt: '2026-04-19T08:00:00Z', nextRevision: 1, changed: false, changes: [] } });
    const dialog = await screen.findByRole('dialog', H);
    expect(await within(dialog).findByText('Dagsorden udsendt')).toBeTruthy();
    await waitFor(async () =>
      expect((await actionBar()).map((b) => [b.name, b.appearance])).toEqual([
        ['Deltag i Teams-møde', 'secondary'],
        ['Luk', 'secondary'],
      ]),
    );
  });

  it('a member, twenty minutes before a Teams meeting: "Deltag i Teams-møde" is the primary and opens the meeting', async () => {
    const soon: Meeting = { ...UPCOMING, start: minutes(20), end: minutes(140) };
    const { host } = renderDialog({ user: MEMBER, meeting: soon });
    expect(await primaryOf()).toEqual(['Deltag i Teams-møde']);
    fireEvent.click(screen.getByRole('button', { name: 'Deltag i Teams-møde', ...H }));
    expect(host.record.deepLinks).toEqual([{ path: 'https://teams.example/3', label: 'Klyngestyregruppemøde 3' }]);
  });

  it('a member, weeks ahead: no primary, "Deltag i Teams-møde" offered beside Luk', async () => {
    renderDialog({ user: MEMBER, meeting: UPCOMING });
    expect((await actionBar()).map((b) => [b.name, b.appearance])).toEqual([
      ['Deltag i Teams-møde', 'secondary'],
      ['Luk', 'secondary'],
    ]);
  });

  it('cancelled: only Luk', async () => {
    renderDialog({ meeting: { ...UPCOMING, status: 'cancelled' } });
    expect(await actionBar()).toEqual([{ name: 'Luk', appearance: 'secondary' }]);
  });
});
