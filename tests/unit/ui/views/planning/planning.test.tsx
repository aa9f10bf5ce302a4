/** @jest-environment jsdom */
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { triage } from '../../../../../src/domain/planning-triage';
import type {
  DecisionResult,
  PlanningAgendaItem,
  PlanningApi,
  PlanningData,
  PlanningSubmission,
} from '../../../../../src/store/planning/planning-types';
import { CHAIRS, forumHome, homeData, MEETINGS, MEMBER, SECRETARY, SUBMISSIONS } from '../../fixtures';
import { renderApp } from '../../render-app';
import type { AgendaApi } from '../../../../../src/store/agenda/agenda-api';
import { fakePart } from '../../../support/fake-stores';

/**
 * The planning view in the real App (FakeHost, jsdom) over an in-memory planning store that keeps state: a chair
 * opens Planlægning, sees the time slots, accepts, defers and declines, and reorders with the keyboard.
 */
function memoryPlanning() {
  const upcoming = MEETINGS.filter((m) => m.kind !== 'planning' && m.status !== 'cancelled' && m.end > '2026-04-20');
  const item = (
    id: string,
    title: string,
    minutes: number,
    standing = false,
    extra: Partial<PlanningAgendaItem> = {},
  ): PlanningAgendaItem => ({
    id,
    meetingId: '3',
    number: Number(id),
    title,
    durationMinutes: minutes,
    recommendations: [],
    description: '',
    standing,
    etag: `"a${id}"`,
    ...extra,
  });
  const state = {
    agenda: [
      item('1', 'Velkomst og godkendelse af dagsorden', 10, true, { standingKey: 'welcome' }),
      item('2', '72-timers behandlingsansvar', 25),
      item('3', 'Sundhedsaftalen', 80),
      item('4', 'Eventuelt', 10, true, { standingKey: 'any-other-business' }),
    ],
    submissions: SUBMISSIONS.map((s) => ({
      ...s,
      ...(s.id === '1'
        ? { recommendations: ['at klyngestyregruppen godkender en fælles model'], unknownSender: true, foundInJunk: true }
        : {}),
    })) as PlanningSubmission[],
    calls: [] as string[],
    /** Whether accept asks the view's "Fortryd" hold (the real store does whenever a mail is claimed). */
    holdMail: false,
    /** What the secretariat's acceptance did with the item's bilag (the real store: when it stores them). */
    bilag: undefined as DecisionResult['bilag'],
  };
  const result = (s: PlanningSubmission): DecisionResult => ({ submission: s, mail: 'sent' });
  const set = (id: string, change: Partial<PlanningSubmission>) => {
    state.submissions = state.submissions.map((s) => (s.id === id ? { ...s, ...change } : s));
    return state.submissions.find((s) => s.id === id) as PlanningSubmission;
  };
  const api: PlanningApi = {
    load: async ({ meetingId }) => {
      const meeting = upcoming.find((m) => m.id === meetingId) ?? upcoming[0];
      const data: PlanningData = {
        meetings: upcoming,
        ...(meeting ? { meeting } : {}),
        agenda: state.agenda,
        ...triage(state.submissions, meeting?.id ?? '', upcoming),
        standingAdded: 0,
      };
      return data;
    },
    accept: async (s, meeting, hold) => {
      state.calls.push(`accept ${s.id} ${meeting.id}`);
      const before = { agenda: state.agenda, submission: s };
      state.agenda = [
        ...state.agenda.slice(0, -1),
        item(String(10 + state.agenda.length), s.title, 15, false, { submissionId: s.id, number: state.agenda.length }),
        ...state.agenda.slice(-1),
      ];
      const accepted = set(s.id, { status: 'accepted', meetingId: meeting.id });
      // As the store does: the decision stands while its mail is held; undone, the submission is as it was.
      if (state.holdMail && hold && (await hold()) === 'undo') {
        state.calls.push(`undo ${s.id}`);
        state.agenda = before.agenda;
        return { submission: set(s.id, before.submission), mail: 'undone' };
      }
      return { ...result(accepted), ...(state.bilag ? { bilag: state.bilag } : {}) };
    },
    defer: async (s, to, reason) => {
      state.calls.push(`defer ${s.id} ${to?.id ?? '-'} ${reason ?? ''}`);
      return result(set(s.id, { status: 'deferred', ...(to ? { meetingId: to.id } : {}) }));
    },
    decline: async (s, reason) => {
      state.calls.push(`decline ${s.id} ${reason}`);
      return result(set(s.id, { status: 'declined', decisionReason: reason }));
    },
    reorder: async (ordered) => {
      state.calls.push(`reorder ${ordered.map((i) => i.id).join(',')}`);
      state.agenda = ordered.map((i, n) => ({ ...i, number: n + 1 }));
    },
    updateItem: async (i, changes) => {
      state.calls.push(`update ${i.id} ${JSON.stringify(changes)}`);
      state.agenda = state.agenda.map((x) => (x.id === i.id ? { ...x, ...changes } : x));
    },
    removeItem: async () => undefined,
    addStandingItems: async () => 0,
  };
  return { api, state };
}

// jsdom renders Fluent slowly on a shared machine: give each wait room. Tabster marks dialog surfaces aria-hidden
// in jsdom once focus moves, so queries inside a dialog include hidden nodes (the e2e spec runs axe in Chromium).
configure({ asyncUtilTimeout: 8000 });

/** The agenda as never sent: Planlægning asks whether it changed since it was sent (planning-agenda-changed.test.tsx). */
const NEVER_SENT = fakePart<AgendaApi>('stores.agenda', {
  status: () => Promise.resolve({ nextRevision: 0, changed: false, changes: [] }),
});

/** The planning view's live region (the shell has its own "Forsiden er indlæst"). */
const announced = (): string =>
  screen
    .getAllByRole('status')
    .map((s) => s.textContent ?? '')
    .join(' | ');

async function openPlanning() {
  const memory = memoryPlanning();
  renderApp(homeData(CHAIRS[0] ?? MEMBER, [forumHome('chair')]), { stores: { planning: () => memory.api, agenda: NEVER_SENT } });
  fireEvent.click(await screen.findByRole('button', { name: 'Planlægning' }));
  await screen.findByRole('heading', { name: 'Planlægning – Klyngestyregruppen for Fjordklyngen' });
  await screen.findByRole('list', { name: /Dagsorden for/ });
  return memory;
}

const agendaTitles = () =>
  within(screen.getByRole('list', { name: /Dagsorden for/ }))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label'));

describe('Planlægning', () => {
  it("opens at the item a to-do's link names, with the focus on it", async () => {
    const memory = memoryPlanning();
    renderApp(homeData(CHAIRS[0] ?? MEMBER, [forumHome('chair')]), { stores: { planning: () => memory.api, agenda: NEVER_SENT } });
    const todo = await screen.findByRole('region', { name: 'Det skal gøres' });
    fireEvent.click(within(todo).getByRole('link', { name: /^Status på sundhedsaftalen – fra .* – åbner punktet i Planlægning$/ }));
    await screen.findByRole('heading', { name: 'Planlægning – Klyngestyregruppen for Fjordklyngen' });
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Status på sundhedsaftalen'));
    expect(window.location.hash).toBe('#/chair/planning/item/2');
  });

  it('shows the next meeting with time slots and warns when the items overrun it', async () => {
    await openPlanning();
    expect((screen.getByRole('combobox', { name: 'Møde' }) as HTMLSelectElement).value).toBe('3');
    expect(agendaTitles()).toEqual([
      'Punkt 1: Velkomst og godkendelse af dagsorden, kl. 09.00–09.10',
      'Punkt 2: 72-timers behandlingsansvar, kl. 09.10–09.35',
      'Punkt 3: Sundhedsaftalen, kl. 09.35–10.55',
      'Punkt 4: Eventuelt, kl. 10.55–11.05',
    ]);
    expect(screen.getByText(/varer 5 minutter længere end mødet/)).toBeTruthy();
  });

  it('accepts, defers to a chosen meeting and declines only with a reason', async () => {
    const { state } = await openPlanning();
    const incoming = screen.getByRole('list', { name: 'Indkomne punkter til dette møde' });
    expect(within(incoming).getByText('Ukendt afsender')).toBeTruthy();
    // The intake found it in the mailbox's junk mail: the card says so (and only that card).
    const card = within(incoming).getByRole('listitem', { name: 'Fælles forløb for borgere med KOL' });
    expect(within(card).getByText('Fundet i uønsket post')).toBeTruthy();
    expect(within(incoming).getAllByText('Fundet i uønsket post')).toHaveLength(1);
    fireEvent.click(within(incoming).getByRole('button', { name: 'Detaljer om Fælles forløb for borgere med KOL' }));
    expect(within(incoming).getByText('at klyngestyregruppen godkender en fælles model')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Sæt Fælles forløb for borgere med KOL på dagsordenen' }));
    await waitFor(() => expect(state.calls).toContain('accept 1 3'));
    await waitFor(() => expect(agendaTitles()).toContain('Punkt 4: Fælles forløb for borgere med KOL, kl. 10.55–11.10'));
    expect(announced()).toContain('Fælles forløb for borgere med KOL er sat på dagsordenen. Indsenderen har fået besked.');

    fireEvent.click(screen.getByRole('button', { name: 'Udsæt Status på sundhedsaftalen' }));
    const defer = await screen.findByRole('dialog');
    expect((within(defer).getByRole('combobox', { name: 'Udsæt til', hidden: true }) as HTMLSelectElement).value).toBe('5');
    fireEvent.change(within(defer).getByRole('textbox', { name: /Begrundelse/, hidden: true }), {
      target: { value: 'Afventer evalueringen.' },
    });
    fireEvent.click(within(defer).getByRole('button', { name: 'Udsæt punktet', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(state.calls).toContain('defer 2 5 Afventer evalueringen.');
    const backlog = await screen.findByRole('list', { name: 'Punkter til kommende møder' });
    await waitFor(() => expect(within(backlog).getByText('Status på sundhedsaftalen')).toBeTruthy());
    expect(screen.getByText('Ingen nye punkter venter på en beslutning.')).toBeTruthy();

    fireEvent.click(within(backlog).getByRole('button', { name: 'Afvis Status på sundhedsaftalen' }));
    const decline = await screen.findByRole('dialog');
    fireEvent.click(within(decline).getByRole('button', { name: 'Afvis punktet', hidden: true }));
    expect(await within(decline).findByText('Skriv en begrundelse – den sendes til indsenderen.')).toBeTruthy();
    expect(state.calls.filter((c) => c.startsWith('decline'))).toEqual([]);
    fireEvent.change(within(decline).getByRole('textbox', { name: /Begrundelse/, hidden: true }), {
      target: { value: 'Hører under temagruppen.' },
    });
    fireEvent.click(within(decline).getByRole('button', { name: 'Afvis punktet', hidden: true }));
    await waitFor(() => expect(state.calls).toContain('decline 2 Hører under temagruppen.'));
    await waitFor(() => expect(screen.getByText('Ingen udsatte punkter.')).toBeTruthy());
  });

  it('holds the decision mail ten seconds with "Fortryd": undone, the item is back among the incoming; left alone, the mail goes', async () => {
    const { state } = await openPlanning();
    state.holdMail = true;
    const title = 'Fælles forløb for borgere med KOL';
    fireEvent.click(screen.getByRole('button', { name: `Sæt ${title} på dagsordenen` }));
    await waitFor(() => expect(announced()).toContain(`${title} er sat på dagsordenen. Indsenderen får besked om 10 sekunder.`));
    // The decision shows at once: the item is on the agenda while the mail waits.
    await waitFor(() => expect(agendaTitles().some((a) => a?.includes(title))).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Fortryd' }));
    await waitFor(() => expect(announced()).toContain(`Beslutningen om ${title} er fortrudt. Indsenderen har ikke fået besked.`));
    expect(state.calls).toEqual(['accept 1 3', 'undo 1']);
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Indkomne punkter til dette møde' })).getByText(title)).toBeTruthy(),
    );
    await waitFor(() => expect(agendaTitles().some((a) => a?.includes(title))).toBe(false));
    expect(screen.queryByRole('button', { name: 'Fortryd' })).toBeNull();

    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      fireEvent.click(screen.getByRole('button', { name: `Sæt ${title} på dagsordenen` }));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Fortryd' })).toBeTruthy());
      act(() => jest.advanceTimersByTime(10_000));
      await waitFor(() => expect(announced()).toContain(`${title} er sat på dagsordenen. Indsenderen har fået besked.`));
      expect(state.calls).toEqual(['accept 1 3', 'undo 1', 'accept 1 3']);
      expect(screen.queryByRole('button', { name: 'Fortryd' })).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  it('reorders with Alt+Arrow and the move buttons, announces each move and keeps focus on the moved item', async () => {
    const { state } = await openPlanning();
    const third = screen.getByRole('listitem', { name: /^Punkt 3: Sundhedsaftalen/ });
    fireEvent.keyDown(third, { key: 'ArrowUp', altKey: true });
    expect(announced()).toContain('Punkt 3 flyttet til plads 2');
    await waitFor(() => expect(state.calls).toContain('reorder 1,3,2,4'));
    await waitFor(() => expect(agendaTitles()[1]).toBe('Punkt 2: Sundhedsaftalen, kl. 09.10–10.30'));

    // The next move waits for the saved order (the list is aria-busy meanwhile).
    await waitFor(() => expect(screen.getByRole('list', { name: /Dagsorden for/ }).getAttribute('aria-busy')).toBe('false'));
    const down = await screen.findByRole('button', { name: 'Flyt punkt 1 ned' });
    down.focus();
    fireEvent.click(down);
    await waitFor(() => expect(state.calls).toContain('reorder 3,1,2,4'));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-move')).toBe('1:down'));
    expect(screen.getByRole('button', { name: 'Flyt punkt 1 op' }).hasAttribute('disabled')).toBe(true);
  });

  it('saves presenter and minutes when the field is left, and refuses minutes that are not a whole number', async () => {
    const { state } = await openPlanning();
    const presenter = screen.getByRole('textbox', { name: 'Oplægsholder for punkt 2' });
    fireEvent.change(presenter, { target: { value: 'Mette Lund Kjær' } });
    fireEvent.blur(presenter);
    await waitFor(() => expect(state.calls).toContain('update 2 {"presenter":"Mette Lund Kjær"}'));
    const minutes = screen.getByRole('spinbutton', { name: 'Minutter til punkt 3' });
    fireEvent.change(minutes, { target: { value: '2.5' } });
    fireEvent.blur(minutes);
    expect(await screen.findByText('Angiv et helt antal minutter fra 0 til 600.')).toBeTruthy();
    fireEvent.change(minutes, { target: { value: '60' } });
    fireEvent.blur(minutes);
    await waitFor(() => expect(state.calls).toContain('update 3 {"durationMinutes":60}'));
    await waitFor(() => expect(screen.queryByText(/minutter længere end mødet/)).toBeNull());
  });

  it("the secretariat's view stores an accepted item's bilag and says so; a chair's view asks for neither the mailbox nor the folder", async () => {
    const asked: { syncMail?: boolean; storeBilag?: boolean }[] = [];
    const memory = memoryPlanning();
    memory.state.bilag = { copied: 2, failed: false };
    renderApp(homeData(SECRETARY, [forumHome('secretariat')]), {
      stores: { planning: (_f, o) => (asked.push(o ?? {}), memory.api), agenda: NEVER_SENT },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Planlægning' }));
    await screen.findByRole('list', { name: /Dagsorden for/ });
    expect(asked.at(-1)).toEqual({ syncMail: true, storeBilag: true });
    fireEvent.click(screen.getByRole('button', { name: 'Sæt Fælles forløb for borgere med KOL på dagsordenen' }));
    await waitFor(() =>
      expect(announced()).toContain(
        'Fælles forløb for borgere med KOL er sat på dagsordenen. 2 bilag er gemt i mødets mappe. Indsenderen har fået besked.',
      ),
    );

    // Copying failed: the decision stands, the notice warns that the agenda will store them.
    memory.state.bilag = { copied: 0, failed: true };
    fireEvent.click(screen.getByRole('button', { name: 'Sæt Status på sundhedsaftalen på dagsordenen' }));
    await waitFor(() => expect(announced()).toContain('Bilagene kunne ikke gemmes i mødets mappe nu. De gemmes, når dagsordenen dannes.'));
  });

  it("a chair's planning view neither syncs the mailbox nor stores bilag", async () => {
    const asked: { syncMail?: boolean; storeBilag?: boolean }[] = [];
    const memory = memoryPlanning();
    renderApp(homeData(CHAIRS[0] ?? MEMBER, [forumHome('chair')]), {
      stores: { planning: (_f, o) => (asked.push(o ?? {}), memory.api), agenda: NEVER_SENT },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Planlægning' }));
    await screen.findByRole('list', { name: /Dagsorden for/ });
    expect(asked.at(-1)).toEqual({ syncMail: false, storeBilag: false });
  });
});
