/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { loadConfig } from '../../../../../src/config/app-config';
import type { Consultation } from '../../../../../src/domain/consultation/consultation-types';
import type { Approval, ForumMember, MinutesVersion } from '../../../../../src/domain/types';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { ConsultationApi } from '../../../../../src/store/consultation/consultation-api';
import type { ForumHome } from '../../../../../src/store/home-data';
import type { StuckStep } from '../../../../../src/store/stuck-steps';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import type { CommandContext } from '../../../../../src/ui/commands/command';
import { CommandContextReact } from '../../../../../src/ui/commands/command-context';
import { createTestI18n } from '../../../support/test-i18n';
import { ChairTodo } from '../../../../../src/ui/views/chair/ChairTodo';
import { ConsultationSignOffs } from '../../../../../src/ui/views/chair/ConsultationSignOffs';
import { OperationsStatus } from '../../../../../src/ui/views/secretariat/OperationsStatus';
import { TodoList } from '../../../../../src/ui/views/secretariat/TodoList';
import { CHAIRS, commandContext, consultationFixture, forumHome, homeData, MEETINGS, NOW, SECRETARY } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

const [jonas, yrsa, lene] = CHAIRS as [ForumMember, ForumMember, ForumMember];
// Three held meetings with minutes: one a chair asked changes to, one approved by all, one with answers missing.
const meetings = [
  ...MEETINGS,
  {
    ...(MEETINGS[0] as (typeof MEETINGS)[0]),
    id: '6',
    title: 'Klyngestyregruppemøde 2',
    start: '2026-02-12T08:00:00Z',
    end: '2026-02-12T10:00:00Z',
  },
  {
    ...(MEETINGS[0] as (typeof MEETINGS)[0]),
    id: '7',
    title: 'Klyngestyregruppemøde 1',
    start: '2026-01-15T08:00:00Z',
    end: '2026-01-15T10:00:00Z',
  },
];
const version = (id: string, meetingId: string): MinutesVersion => ({
  id,
  meetingId,
  version: 2,
  contentHash: `h-${id}`,
  status: 'awaiting-approval',
  createdAt: '2026-03-20T10:00:00Z',
});
const answer = (chair: ForumMember, v: string, over: Partial<Approval> = {}): Approval => ({
  id: `a-${chair.email}-${v}`,
  minutesVersionId: v,
  contentHash: `h-${v}`,
  decision: 'approved',
  createdBy: { id: `u-${chair.email}`, name: chair.name, email: chair.email },
  modifiedById: `u-${chair.email}`,
  createdAt: '2026-03-21T10:00:00Z',
  ...over,
});
const hostile = '<img src=x onerror="alert(1)"> Punkt 3 mangler beslutningen.';
const approvals: Approval[] = [
  answer(jonas, 'v1'),
  answer(yrsa, 'v1', {
    decision: 'changes-requested',
    comment: hostile,
    itemComments: [{ agendaItemId: 'i3', comment: 'Skriv hvem der følger op.' }],
  }),
  // A change request somebody else edited counts for nothing.
  answer(lene, 'v1', { decision: 'changes-requested', comment: 'Forfalsket', modifiedById: 'u-someone' }),
  ...CHAIRS.map((c) => answer(c, 'v2')),
  answer(jonas, 'v3'),
];

/** To one member, who was sent it. */
const consultation = (over: Partial<Consultation>): Consultation =>
  consultationFixture({ recipients: [{ memberId: 'm1', name: 'A', email: 'a@x.example' }], sentTo: ['a@x.example'], ...over });

function consultationsApi(list: Consultation[]) {
  const api = {
    list: jest.fn(() => Promise.resolve(list)),
    overview: jest.fn((_f: unknown, c: Consultation) =>
      Promise.resolve({ consultation: c, replies: [], tally: { rows: [], counts: {}, answered: 0, flagged: [], late: 0 } }),
    ),
  };
  return api;
}

function renderTodo(
  home: ForumHome,
  me: ForumMember,
  ui: (ctx: CommandContext) => ReactElement,
  opts: { stuck?: readonly StuckStep[]; consultations?: Consultation[] } = {},
) {
  const stuckSteps = jest.fn(() => Promise.resolve(opts.stuck ?? []));
  const consultations = consultationsApi(opts.consultations ?? []);
  const stores = fakeStores({
    home: memoryHome(homeData(me, [home])),
    stuckSteps,
    consultations: consultations as unknown as ConsultationApi,
  });
  const services = { host: createFakeHost({ user: me }), stores, config: loadConfig({}), clock: () => NOW };
  const showMeeting = jest.fn();
  const ctx = commandContext(services, { showMeeting });
  render(
    <AppProviders services={services} i18n={createTestI18n('da')}>
      <CommandContextReact.Provider value={ctx}>{ui(ctx)}</CommandContextReact.Provider>
    </AppProviders>,
  );
  return { showMeeting, stuckSteps, consultations };
}

describe("the secretariat's Det skal gøres", () => {
  const home = forumHome('secretariat', {
    meetings,
    minutesAwaitingApproval: [version('v1', '1'), version('v2', '6'), version('v3', '7')],
    approvals,
  });
  const stuck: StuckStep[] = [
    {
      step: 'agenda-send',
      since: '2026-04-19T12:05:00Z',
      list: 'Meetings',
      itemId: '3',
      title: 'Klyngestyregruppemøde 4',
      resumable: true,
    },
    {
      step: 'decision-mail',
      since: '2026-04-19T12:05:00Z',
      list: 'Submissions',
      itemId: '9',
      title: 'Fælles kørselsordning',
      resumable: true,
    },
  ];

  it('lists each kind of waiting work, each a link or link-styled button named for where it goes', async () => {
    window.location.hash = '';
    const { showMeeting, stuckSteps, consultations } = renderTodo(
      home,
      SECRETARY,
      () => (
        <>
          <OperationsStatus home={home} />
          <TodoList home={home} me={SECRETARY} now={NOW} />
        </>
      ),
      { stuck, consultations: [consultation({}), consultation({ id: 'c2', reference: 'KSG-2026-02', deadline: '2026-05-18T10:00:00Z' })] },
    );
    const todo = screen.getByRole('region', { name: 'Det skal gøres' });

    // A change request: the chair, the comment as text (never markup), the item comment, and the way to Referat.
    expect(within(todo).getByText('Ændringer ønsket til referatet fra Klyngestyregruppemøde (12. mar.)')).toBeTruthy();
    expect(within(todo).getByText(/^Yrsa Thomsen bad om ændringer/)).toBeTruthy();
    expect(within(todo).getByText(hostile)).toBeTruthy();
    expect(todo.querySelector('img')).toBeNull();
    expect(within(todo).getByText('Ved et punkt: “Skriv hvem der følger op.”')).toBeTruthy();
    expect(within(todo).queryByText('Forfalsket')).toBeNull();
    fireEvent.click(
      within(todo).getByRole('button', { name: 'Ret referatet fra Klyngestyregruppemøde (12. mar.) – åbner mødets Referat' }),
    );
    expect(showMeeting).toHaveBeenLastCalledWith(expect.objectContaining({ id: '1' }), home.forum, 'minutes');

    // Ready to circulate.
    expect(within(todo).getByText('Referatet fra Klyngestyregruppemøde 2 (12. feb.) er godkendt og klar til udsendelse')).toBeTruthy();
    fireEvent.click(
      within(todo).getByRole('button', { name: 'Udsend referatet fra Klyngestyregruppemøde 2 (12. feb.) – åbner mødets Referat' }),
    );
    expect(showMeeting).toHaveBeenLastCalledWith(expect.objectContaining({ id: '6' }), home.forum, 'minutes');

    // Approvals still waiting, and who is missing.
    expect(within(todo).getByText('1 referat venter på formandskabets godkendelse')).toBeTruthy();
    expect(within(todo).getByText(/Mangler svar fra Yrsa Thomsen, Lene Damgaard/)).toBeTruthy();
    fireEvent.click(
      within(todo).getByRole('button', {
        name: '1 af 3 medformænd har godkendt version 2 af referatet fra Klyngestyregruppemøde 1 (15. jan.) – åbner mødets Referat',
      }),
    );
    expect(showMeeting).toHaveBeenLastCalledWith(expect.objectContaining({ id: '7' }), home.forum, 'minutes');

    // New items: real links into Planlægning at the item.
    const item = within(todo).getByRole('link', {
      name: 'Fælles forløb for borgere med KOL – fra Lars Harbo, 10. apr. – åbner punktet i Planlægning',
    });
    expect(item.getAttribute('href')).toBe('#/secretariat/planning/item/1');

    // Stalled sends (read once, shared with Driftsstatus): to the meeting, else to the Driftsstatus bar.
    fireEvent.click(await within(todo).findByRole('button', { name: 'Udsendelse af dagsorden: Klyngestyregruppemøde 4 – åbner mødet' }));
    expect(showMeeting).toHaveBeenLastCalledWith(expect.objectContaining({ id: '3' }), home.forum, undefined);
    fireEvent.click(
      within(todo).getByRole('button', { name: 'Besked til indsender om beslutning: Fælles kørselsordning – går til Driftsstatus' }),
    );
    expect(document.activeElement?.id).toBe('driftsstatus');
    expect(document.activeElement?.textContent).toMatch(/^Driftsstatus/);
    expect(stuckSteps).toHaveBeenCalledTimes(1);

    // A consultation past its deadline can be closed: the link opens it; one ahead of its deadline is not listed.
    const close = await within(todo).findByRole('button', { name: 'Luk høring KSG-2026-01: Fælles sprogpolitik – åbner høringen' });
    expect(within(todo).getByText(/Svarfristen er udløbet – 0 af 1 har svaret/)).toBeTruthy();
    expect(within(todo).queryByText(/KSG-2026-02/)).toBeNull();
    expect(consultations.list).toHaveBeenCalledTimes(1);
    fireEvent.click(close);
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });

  it('says nothing is waiting when nothing is', async () => {
    const empty = forumHome('secretariat', { submissions: [], deadlines: {} });
    const { stuckSteps } = renderTodo(empty, SECRETARY, () => <TodoList home={empty} me={SECRETARY} now={NOW} />);
    await waitFor(() => expect(stuckSteps).toHaveBeenCalled());
    expect(screen.getByText('Der er intet, der venter på dig lige nu.')).toBeTruthy();
  });
});

describe("a co-chair's Det skal gøres", () => {
  it('links to the approval view, the sign-off and Planlægning', async () => {
    window.location.hash = '';
    const home = forumHome('chair', {
      meetings,
      minutesAwaitingApproval: [version('v1', '1'), version('v3', '7')],
      approvals: [answer(jonas, 'v3'), answer(yrsa, 'v1', { decision: 'changes-requested', comment: 'x' })],
    });
    const waiting = consultation({
      id: 'c9',
      reference: 'KSG-2026-09',
      title: 'Nyt kommissorium',
      status: 'awaiting-sign-off',
      signOffRequired: true,
      contentHash: 'ch',
      deadline: '2026-05-01T10:00:00Z',
    });
    const { consultations } = renderTodo(
      home,
      jonas,
      () => (
        <>
          <ChairTodo home={home} me={jonas} now={NOW} />
          <ConsultationSignOffs home={home} me={jonas} />
        </>
      ),
      { consultations: [waiting] },
    );
    const todo = screen.getByRole('region', { name: 'Det skal gøres' });
    // v1 waits for my answer; v3 I approved already.
    const approve = within(todo).getByRole('link', {
      name: 'Åbn og godkend – åbner godkendelsen af referatet fra Klyngestyregruppemøde (12. mar.), version 2',
    });
    expect(approve.getAttribute('href')).toBe('#/approve/g-ksg/v1');
    expect(within(todo).getAllByRole('link', { name: /åbner godkendelsen/ })).toHaveLength(1);
    expect(within(todo).getByText('Godkend referatet fra Klyngestyregruppemøde (12. mar.) (version 2)')).toBeTruthy();

    const signOff = await within(todo).findByRole('button', {
      name: 'Godkend udsendelse af KSG-2026-09 – går til Høringer til godkendelse',
    });
    fireEvent.click(signOff);
    expect(document.activeElement?.id).toBe('sign-off-c9');
    expect(consultations.list).toHaveBeenCalledTimes(1);

    expect(within(todo).getByText('2 nye punkter før planlægningsmødet')).toBeTruthy();
    expect(
      within(todo)
        .getByRole('link', { name: /^Status på sundhedsaftalen – fra Jonas Vestergaard, 12\. apr\. – åbner punktet i Planlægning$/ })
        .getAttribute('href'),
    ).toBe('#/chair/planning/item/2');
  });
});
