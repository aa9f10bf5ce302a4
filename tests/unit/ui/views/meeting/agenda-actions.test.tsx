/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { AgendaItemsChangedError, MeetingChangedError } from '../../../../../src/store/agenda/agenda-api';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import type { Forum, Meeting } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { AgendaChange } from '../../../../../src/domain/agenda-changes';
import type { AgendaApi, AgendaSendResult, AgendaStatus, GeneratedAgenda } from '../../../../../src/store/agenda/agenda-api';
import type { ForumStore } from '../../../../../src/store/forum-stores';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { AgendaActions } from '../../../../../src/ui/views/meeting/AgendaActions';
import { createTestI18n } from '../../../support/test-i18n';
import { homeData, MEETINGS, MEMBER, NOW, SECRETARY } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

/** "Dan dagsorden" / "Send dagsorden" in the meeting dialog, over a fake agenda store. */
const forum: Forum = {
  groupId: 'g-ksg',
  siteId: 's-ksg',
  name: 'Klyngestyregruppen',
  shortName: 'KSG',
  kind: 'steering-group',
  mailbox: 'ksg@regionfjord.example',
  members: [SECRETARY, MEMBER],
};
const meeting: Meeting = { ...(MEETINGS[2] as Meeting), start: '2026-06-11T07:00:00Z', end: '2026-06-11T09:00:00Z', status: 'booked' };
const files: GeneratedAgenda = {
  docx: { id: 'd', name: 'Dagsorden 2026-06-11.docx', webUrl: 'https://x.example/Dagsorden.docx', size: 10 },
  pdf: { id: 'p', name: 'Dagsorden 2026-06-11.pdf', webUrl: 'https://x.example/Dagsorden.pdf', size: 10 },
  hash: 'h',
  changedSinceSent: false,
  overrunMinutes: 0,
};

const NOT_SENT: AgendaStatus = { nextRevision: 0, changed: false, changes: [] };
const UNCHANGED: AgendaStatus = { sentAt: '2026-04-20T10:00:00Z', nextRevision: 1, changed: false, changes: [] };

function renderActions(
  user = SECRETARY,
  sendResult: AgendaSendResult = {
    outcome: 'sent',
    revised: false,
    recipients: 7,
    sentAt: '2026-04-20T10:00:00Z',
    eventUpdated: true,
    files,
  },
  opts: { meeting?: Meeting; status?: AgendaStatus; statusError?: Error; locale?: 'da' | 'en'; forum?: Forum } = {},
) {
  const agenda: AgendaApi & { status: jest.Mock; send: jest.Mock; generate: jest.Mock; confirmMeeting: jest.Mock } = {
    status: jest.fn(() => (opts.statusError ? Promise.reject(opts.statusError) : Promise.resolve(opts.status ?? NOT_SENT))),
    generate: jest.fn(() => Promise.resolve(files)),
    confirmMeeting: jest.fn(() => Promise.resolve()),
    send: jest.fn(() => Promise.resolve(sendResult)),
  };
  const stores = fakeStores({
    home: memoryHome(homeData(user, [])),
    forums: { load: () => Promise.resolve(opts.forum ?? forum) } as unknown as ForumStore,
    agenda,
  });
  const host = createFakeHost({ user });
  const services = { host, stores, config: loadConfig({}), clock: () => NOW };
  render(
    <AppProviders services={services} i18n={createTestI18n(opts.locale ?? 'da')}>
      <AgendaActions meeting={opts.meeting ?? meeting} forum={opts.forum ?? forum} />
    </AppProviders>,
  );
  return agenda;
}

describe('AgendaActions', () => {
  it('the secretariat generates the agenda and gets links to the .docx and the PDF', async () => {
    const agenda = renderActions();
    fireEvent.click(await screen.findByRole('button', { name: 'Dan dagsorden' }));
    expect(await screen.findByText('Dagsordenen er dannet i mødets mappe.')).toBeTruthy();
    expect(agenda.generate).toHaveBeenCalledWith(forum, meeting);
    expect(screen.getByRole('link', { name: 'Dagsorden (PDF)' }).getAttribute('href')).toBe('https://x.example/Dagsorden.pdf');
    expect(screen.getByRole('link', { name: 'Dagsorden (Word)' }).getAttribute('href')).toBe('https://x.example/Dagsorden.docx');
  });

  it('sends only after the confirmation, then tells how many got it and when it was sent', async () => {
    const agenda = renderActions();
    expect(await screen.findByText('Dagsordenen er ikke sendt endnu.')).toBeTruthy();
    agenda.status.mockResolvedValue(UNCHANGED);
    fireEvent.click(await screen.findByRole('button', { name: 'Send dagsorden' }));
    expect(agenda.send).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Send dagsorden' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Dagsordenen er sendt til 7 modtagere.')).toBeTruthy();
    expect(agenda.send).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('sendt til 7');
    expect(screen.getByText('Dagsordenen blev sendt mandag 20. april 2026 kl. 12.00.')).toBeTruthy();
    // Sent, and compared with what was sent: nothing changed, so nothing is offered to send again.
    expect(await screen.findByText(/^Dagsordenen er ikke ændret siden udsendelse\./)).toBeTruthy();
    expect(agenda.status).toHaveBeenCalledWith(forum, meeting);
    expect(screen.queryByRole('button', { name: /^Send/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dan dagsorden' }));
  });

  it('sent and unchanged: no revised agenda is offered, and no warning', async () => {
    const agenda = renderActions(SECRETARY, undefined, {
      meeting: { ...meeting, agendaSentAt: '2026-04-20T10:00:00Z', status: 'agenda-sent' },
      status: UNCHANGED,
    });
    expect(await screen.findByText(/^Dagsordenen er ikke ændret siden udsendelse\./)).toBeTruthy();
    expect(agenda.status).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Dagsordenen er ændret siden udsendelse')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send revideret dagsorden' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Dan dagsorden' })).toBeTruthy();
  });

  it("the meeting as the home loaded it predates the send: the store's record counts, and nothing is offered to send", async () => {
    renderActions(SECRETARY, undefined, { status: UNCHANGED });
    expect(await screen.findByText('Dagsordenen blev sendt mandag 20. april 2026 kl. 12.00.')).toBeTruthy();
    expect(screen.getByText(/^Dagsordenen er ikke ændret siden udsendelse\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Send/ })).toBeNull();
  });

  it('sent and changed since: the warning lists what changed, and only then is the revised agenda offered and sent', async () => {
    const changes: AgendaChange[] = [
      {
        kind: 'moved',
        from: 5,
        to: 3,
        title: '72-timers behandlingsansvar',
        slot: { start: '2026-04-23T07:05:00Z', end: '2026-04-23T07:20:00Z' },
      },
      { kind: 'shifted', first: 4, last: 5, minutes: 15 },
      {
        kind: 'duration',
        number: 2,
        title: 'Status på de 4 initiativer',
        from: 25,
        to: 35,
        slot: { start: '2026-04-23T06:40:00Z', end: '2026-04-23T07:15:00Z' },
      },
      { kind: 'presenter', number: 6, title: 'Den akutte natordning', to: 'Mette Fjord Nielsen' },
      { kind: 'removed', number: 7, title: 'Eventuelt' },
    ];
    const agenda = renderActions(
      SECRETARY,
      { outcome: 'sent', revised: true, revision: 1, changes, recipients: 7, sentAt: '2026-04-21T10:00:00Z', eventUpdated: true, files },
      {
        meeting: { ...meeting, agendaSentAt: '2026-04-20T10:00:00Z', status: 'agenda-sent' },
        status: { sentAt: '2026-04-20T10:00:00Z', nextRevision: 1, changed: true, changes },
      },
    );
    const list = await screen.findByRole('list', { name: 'Dagsordenen er ændret siden udsendelse' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Punkt 5 „72-timers behandlingsansvar“ er flyttet til punkt 3 (kl. 09.05–09.20)',
      'Punkt 4–5 starter 15 min. senere',
      'Punkt 2 „Status på de 4 initiativer“: nu 35 min. (før 25 min.), kl. 08.40–09.15',
      'Punkt 6 „Den akutte natordning“: ny oplægsholder Mette Fjord Nielsen',
      'Punkt 7 „Eventuelt“ er fjernet',
    ]);
    agenda.status.mockResolvedValue({ ...UNCHANGED, sentAt: '2026-04-21T10:00:00Z', nextRevision: 2 });
    fireEvent.click(screen.getByRole('button', { name: 'Send revideret dagsorden' }));
    expect(screen.getByText(/^Den reviderede dagsorden sendes med PDF og listen over ændringer/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Den reviderede dagsorden er sendt til 7 modtagere.')).toBeTruthy();
    expect(agenda.send).toHaveBeenCalledTimes(1);
    // Compared again after the send: the warning and the button are gone.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Send revideret dagsorden' })).toBeNull());
    expect(screen.queryByRole('list', { name: 'Dagsordenen er ændret siden udsendelse' })).toBeNull();
  });

  it('says it in English too', async () => {
    renderActions(SECRETARY, undefined, {
      locale: 'en',
      meeting: { ...meeting, agendaSentAt: '2026-04-20T10:00:00Z', status: 'agenda-sent' },
      status: {
        sentAt: '2026-04-20T10:00:00Z',
        nextRevision: 2,
        changed: true,
        changes: [
          { kind: 'shifted', first: 3, last: 3, minutes: -10 },
          { kind: 'meeting' },
          { kind: 'added', number: 4, title: 'Night service', slot: { start: '2026-04-23T07:35:00Z', end: '2026-04-23T07:50:00Z' } },
        ],
      },
    });
    const list = await screen.findByRole('list', { name: 'The agenda has changed since it was sent' });
    // Times the English way: no "kl.", a colon.
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Item 3 start 10 min earlier',
      "The meeting's details or the invited changed",
      'New item 4: “Night service” (09:35–09:50)',
    ]);
    expect(screen.getByRole('button', { name: 'Send revised agenda' })).toBeTruthy();
  });

  it('an unchanged agenda is not sent again, and says so', async () => {
    renderActions(SECRETARY, { outcome: 'unchanged', revised: false, sentAt: '2026-04-19T08:00:00Z' });
    fireEvent.click(await screen.findByRole('button', { name: 'Send dagsorden' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Dagsordenen er ikke ændret siden den blev sendt. Intet er sendt igen.')).toBeTruthy();
  });

  it('an item someone else planted stops the comparison and the send: both say which and who wrote it', async () => {
    const planted = new AgendaItemsChangedError([{ title: 'Gratis kursus', by: 'Otto Udenfor' }]);
    const said =
      'Punktet „Gratis kursus“ (Otto Udenfor) er tilføjet eller ændret af andre end sekretariatet og formandskabet, så intet er dannet eller sendt. Se det igennem i planlægningen: fjern det, eller ret og gem det, så det er jeres.';
    const agenda = renderActions(SECRETARY, undefined, { statusError: planted });
    agenda.send.mockRejectedValue(planted);
    expect(await screen.findByText(said)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Send dagsorden' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(screen.getAllByText(said)).toHaveLength(2));
    expect(agenda.send).toHaveBeenCalledTimes(1);
  });

  it('names the people in member-list rows the secretariat did not write: they do not get the agenda', async () => {
    const planted = {
      ...MEMBER,
      name: 'Ude Person',
      email: 'ude@udenfor.example',
      role: 'observer' as const,
      unverified: { listedRole: 'member' as const, by: 'Otto Udenfor' },
    };
    renderActions(SECRETARY, undefined, { forum: { ...forum, unverifiedMembers: [planted] } });
    expect(
      await screen.findByText(
        'Ude Person står i medlemslisten i en række, som sekretariatet ikke har skrevet, og får ikke dagsordenen. Kontrollér og bekræft rækken under Forumindstillinger → Medlemmer.',
      ),
    ).toBeTruthy();
    cleanup();
    renderActions();
    expect(await screen.findByText('Dagsordenen er ikke sendt endnu.')).toBeTruthy();
    expect(screen.queryByText(/får ikke dagsordenen/)).toBeNull();
  });

  it('a meeting someone else changed stops the comparison; the secretariat confirms its details and the agenda can go', async () => {
    const changed = new MeetingChangedError('Møde 2/2026', 'Otto Udenfor');
    const agenda = renderActions(SECRETARY, undefined, { statusError: changed });
    expect(
      await screen.findByText(
        'Mødets oplysninger er ændret af Otto Udenfor, ikke af sekretariatet, så intet er dannet eller sendt. Tjek tid, sted og link her i mødet – ret dem i Outlook, hvis de er forkerte – og bekræft dem.',
      ),
    ).toBeTruthy();
    agenda.status.mockResolvedValue(NOT_SENT);
    fireEvent.click(screen.getByRole('button', { name: 'Bekræft mødets oplysninger' }));
    expect(await screen.findByText('Mødets oplysninger er bekræftet som sekretariatets.')).toBeTruthy();
    expect(agenda.confirmMeeting).toHaveBeenCalledWith(forum, meeting);
    // Compared again: the agenda can go, and the confirm button is gone.
    expect(await screen.findByText('Dagsordenen er ikke sendt endnu.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Bekræft mødets oplysninger' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Send dagsorden' })).toBeTruthy();
  });

  it('a member sees no agenda actions', async () => {
    renderActions(MEMBER);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Dan dagsorden' })).toBeNull());
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('group', { name: 'Dagsorden: dan og send' })).toBeNull();
  });
});
