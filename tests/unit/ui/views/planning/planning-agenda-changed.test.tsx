/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AgendaChange } from '../../../../../src/domain/agenda-changes';
import { triage } from '../../../../../src/domain/planning-triage';
import type { Forum } from '../../../../../src/domain/types';
import type { AgendaApi, AgendaSendResult, AgendaStatus } from '../../../../../src/store/agenda/agenda-api';
import type { ForumStore } from '../../../../../src/store/forum-stores';
import type { ForumHome } from '../../../../../src/store/home-data';
import type { PlanningAgendaItem, PlanningApi } from '../../../../../src/store/planning/planning-types';
import { CHAIRS, forumHome, homeData, MEETINGS, SECRETARY } from '../../fixtures';
import { renderApp } from '../../render-app';

/**
 * Planlægning's own "Dagsordenen er ændret siden udsendelse": the agenda being planned was sent; a save in the view
 * makes it differ from what was sent, the view compares again and lists what changed; the secretariat sends the
 * revision from there (the meeting dialog's agenda actions), a chair is told the secretariat sends it. Before the first
 * send and while nothing changed, nothing is shown.
 */
configure({ asyncUtilTimeout: 8000 });

const upcoming = MEETINGS.filter((m) => m.kind !== 'planning' && m.status !== 'cancelled' && m.end > '2026-04-20');
const WARNING = 'Dagsordenen er ændret siden udsendelse';
const SENT_AT = '2026-04-20T10:00:00Z';
const UNCHANGED: AgendaStatus = { sentAt: SENT_AT, nextRevision: 1, changed: false, changes: [] };
const LONGER: AgendaChange = {
  kind: 'duration',
  number: 2,
  title: '72-timers behandlingsansvar',
  from: 25,
  to: 35,
  slot: { start: '2026-04-23T07:10:00Z', end: '2026-04-23T07:45:00Z' },
};
const CHANGED: AgendaStatus = {
  sentAt: SENT_AT,
  nextRevision: 1,
  changed: true,
  changes: [LONGER, { kind: 'shifted', first: 3, last: 3, minutes: 10 }],
};

function open(role: 'secretariat' | 'chair', first: AgendaStatus) {
  const item = (id: string, title: string, minutes: number): PlanningAgendaItem => ({
    id,
    meetingId: '3',
    number: Number(id),
    title,
    durationMinutes: minutes,
    recommendations: [],
    description: '',
    standing: false,
    etag: `"a${id}"`,
  });
  const state = { agenda: [item('1', 'Velkomst', 10), item('2', '72-timers behandlingsansvar', 25), item('3', 'Eventuelt', 10)] };
  const unused = (): Promise<never> => Promise.reject(new Error('not used in these tests'));
  const planning: PlanningApi = {
    accept: unused,
    defer: unused,
    decline: unused,
    reorder: unused,
    removeItem: unused,
    addStandingItems: unused,
    load: async () => ({
      meetings: upcoming,
      meeting: upcoming[0],
      agenda: state.agenda,
      ...triage([], upcoming[0]?.id ?? '', upcoming),
      standingAdded: 0,
    }),
    updateItem: async (i, changes) => {
      state.agenda = state.agenda.map((x) => (x.id === i.id ? { ...x, ...changes } : x));
    },
  };
  const sent: AgendaSendResult = { outcome: 'sent', revised: true, recipients: 7, sentAt: '2026-04-20T11:00:00Z', eventUpdated: true };
  const agenda: AgendaApi & { status: jest.Mock; send: jest.Mock } = {
    status: jest.fn(() => Promise.resolve(first)),
    generate: jest.fn(),
    confirmMeeting: jest.fn(() => Promise.resolve()),
    send: jest.fn(() => Promise.resolve(sent)),
  };
  const home: ForumHome = forumHome(role);
  const forums = { load: (): Promise<Forum> => Promise.resolve(home.forum) } as unknown as ForumStore;
  renderApp(homeData(role === 'secretariat' ? SECRETARY : (CHAIRS[0] ?? SECRETARY), [home]), {
    stores: { planning: () => planning, agenda, forums },
  });
  return { agenda };
}

async function openPlanning(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Planlægning' }));
  await screen.findByRole('list', { name: /Dagsorden for/ });
}

/** Gives item 2 ten more minutes, as a person does: type, leave the field. */
function lengthenItem2(): void {
  const minutes = screen.getByRole('spinbutton', { name: 'Minutter til punkt 2' });
  fireEvent.change(minutes, { target: { value: '35' } });
  fireEvent.blur(minutes);
}

describe('Planlægning: the agenda changed since it was sent', () => {
  it('says nothing while the sent agenda is unchanged; after a save it compares again, lists the change and the secretariat sends the revision there', async () => {
    const { agenda } = open('secretariat', UNCHANGED);
    await openPlanning();
    await waitFor(() => expect(agenda.status).toHaveBeenCalled());
    expect(screen.queryByRole('list', { name: WARNING })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send revideret dagsorden' })).toBeNull();

    agenda.status.mockResolvedValue(CHANGED);
    lengthenItem2();
    const changes = await screen.findByRole('list', { name: WARNING });
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Punkt 2 „72-timers behandlingsansvar“: nu 35 min. (før 25 min.), kl. 09.10–09.45', 'Punkt 3 starter 10 min. senere']);
    expect(agenda.status).toHaveBeenCalledWith(expect.objectContaining({ groupId: 'g-ksg' }), expect.objectContaining({ id: '3' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Send revideret dagsorden' }));
    expect(agenda.send).not.toHaveBeenCalled();
    agenda.status.mockResolvedValue(UNCHANGED);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Den reviderede dagsorden er sendt til 7 modtagere.')).toBeTruthy();
    expect(agenda.send).toHaveBeenCalledTimes(1);
    expect(agenda.send).toHaveBeenCalledWith(expect.objectContaining({ groupId: 'g-ksg' }), expect.objectContaining({ id: '3' }));
    expect(await screen.findByText(/^Dagsordenen er ikke ændret siden udsendelse\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send revideret dagsorden' })).toBeNull();
  });

  it('shows a chair what changed and that the secretariat sends it, with nothing to send', async () => {
    const { agenda } = open('chair', CHANGED);
    await openPlanning();
    const changes = await screen.findByRole('list', { name: WARNING });
    expect(within(changes).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Sekretariatet sender den reviderede dagsorden til deltagerne.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Send/ })).toBeNull();
    expect(agenda.send).not.toHaveBeenCalled();
  });

  it('says nothing before the first send', async () => {
    const { agenda } = open('secretariat', { nextRevision: 0, changed: false, changes: [] });
    await openPlanning();
    await waitFor(() => expect(agenda.status).toHaveBeenCalled());
    lengthenItem2();
    await waitFor(() => expect(agenda.status.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(screen.queryByRole('list', { name: WARNING })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Send/ })).toBeNull();
  });
});
