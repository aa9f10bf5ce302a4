import type { Consultation } from '../../../../src/domain/consultation/consultation-types';
import type { Approval, MinutesVersion } from '../../../../src/domain/types';
import {
  capComment,
  chairTodo,
  changeRequestsFor,
  consultationsToClose,
  minutesTodos,
  type ConsultationRow,
} from '../../../../src/ui/model/work-todo';
import { CHAIRS, consultationFixture, forumHome, NOW, SECRETARY } from '../fixtures';

const [jonas, yrsa, lene] = CHAIRS as [(typeof CHAIRS)[0], (typeof CHAIRS)[0], (typeof CHAIRS)[0]];
const version = (over: Partial<MinutesVersion> = {}): MinutesVersion => ({
  id: 'v1',
  meetingId: '1',
  version: 1,
  contentHash: 'h1',
  status: 'awaiting-approval',
  createdAt: '2026-03-20T10:00:00Z',
  ...over,
});
const answer = (chair: typeof jonas, over: Partial<Approval> = {}): Approval => ({
  id: `a-${chair.email}`,
  minutesVersionId: 'v1',
  contentHash: 'h1',
  decision: 'approved',
  createdBy: { id: `u-${chair.email}`, name: chair.name, email: chair.email },
  modifiedById: `u-${chair.email}`,
  createdAt: '2026-03-21T10:00:00Z',
  ...over,
});
const changes = (chair: typeof jonas, over: Partial<Approval> = {}) =>
  answer(chair, {
    decision: 'changes-requested',
    comment: 'Punkt 3 mangler beslutningen.',
    itemComments: [{ agendaItemId: 'item-3', comment: 'Skriv hvem der følger op.' }],
    ...over,
  });

describe("the secretariat's minutes to-do", () => {
  it('lists a change request with its comment and item comments', () => {
    const home = forumHome('secretariat', { minutesAwaitingApproval: [version()], approvals: [answer(jonas), changes(yrsa)] });
    const [todo] = minutesTodos(home);
    expect(todo).toMatchObject({ kind: 'changes-requested', meeting: { id: '1' }, approvals: 1, required: 3 });
    expect(todo?.changeRequests).toEqual([
      {
        chair: yrsa,
        at: '2026-03-21T10:00:00Z',
        comment: 'Punkt 3 mangler beslutningen.',
        itemComments: [{ agendaItemId: 'item-3', comment: 'Skriv hvem der følger op.' }],
      },
    ]);
    expect(changeRequestsFor(home, '1')).toMatchObject({ version: { id: 'v1' }, requests: [{ chair: yrsa }] });
    expect(changeRequestsFor(home, '3')).toBeUndefined();
  });

  it('says the minutes are ready to circulate when the rule is met', () => {
    const home = forumHome('secretariat', { minutesAwaitingApproval: [version()], approvals: CHAIRS.map((c) => answer(c)) });
    expect(minutesTodos(home)).toMatchObject([{ kind: 'ready-to-circulate', approvals: 3, missing: [], changeRequests: [] }]);
  });

  it('names the chairs still to answer', () => {
    const home = forumHome('secretariat', { minutesAwaitingApproval: [version()], approvals: [answer(jonas)] });
    expect(minutesTodos(home)).toMatchObject([{ kind: 'awaiting', approvals: 1, missing: [yrsa, lene] }]);
  });

  it.each([
    ['a record someone else changed', changes(yrsa, { modifiedById: 'u-someone' })],
    ['a request by someone who is not a co-chair', changes(SECRETARY as typeof jonas)],
    ['a request to other content (an earlier version)', changes(yrsa, { contentHash: 'h0' })],
  ])('does not count %s', (_what, record) => {
    const home = forumHome('secretariat', { minutesAwaitingApproval: [version()], approvals: [record] });
    expect(minutesTodos(home)).toMatchObject([{ kind: 'awaiting', changeRequests: [] }]);
    expect(changeRequestsFor(home, '1')).toBeUndefined();
  });

  it('leaves out circulated and superseded versions, and versions the secretariat did not make', () => {
    const circulated = version({ id: 'v2', status: 'approved', finalAt: '2026-03-25T10:00:00Z' });
    const finalOnly = version({ id: 'v3', finalAt: '2026-03-25T10:00:00Z' });
    const superseded = version({ id: 'v4', status: 'superseded' });
    const owners = [{ id: 'u-katrine', name: SECRETARY.name, email: SECRETARY.email }];
    const forged = version({ id: 'v5', stamp: { createdById: 'u-x', createdByName: 'X', modifiedById: 'u-x', modifiedByName: 'X' } });
    const base = forumHome('secretariat', {
      minutesAwaitingApproval: [circulated, finalOnly, superseded, forged],
      approvals: [changes(yrsa, { minutesVersionId: 'v2' })],
    });
    const home = { ...base, forum: { ...base.forum, owners } };
    expect(minutesTodos(home)).toEqual([]);
  });

  it('counts only the newest version of a meeting still out', () => {
    const home = forumHome('secretariat', {
      minutesAwaitingApproval: [version(), version({ id: 'v2', version: 2, contentHash: 'h2' })],
      approvals: [changes(yrsa)],
    });
    expect(minutesTodos(home)).toMatchObject([{ kind: 'awaiting', version: { id: 'v2' } }]);
    expect(chairTodo({ ...home, role: 'chair' }, lene.email, NOW, []).minutes.map((p) => p.version.id)).toEqual(['v2']);
  });

  it('caps a long comment', () => {
    const long = 'x'.repeat(2000);
    const home = forumHome('secretariat', { minutesAwaitingApproval: [version()], approvals: [changes(yrsa, { comment: long })] });
    const comment = minutesTodos(home)[0]?.changeRequests[0]?.comment ?? '';
    expect(comment.length).toBe(500);
    expect(comment.endsWith('…')).toBe(true);
    expect(capComment('  kort  ')).toBe('kort');
  });
});

/** Due five days after NOW, not yet sent. */
const consultation = (over: Partial<Consultation> = {}): Consultation =>
  consultationFixture({ deadline: '2026-04-25T10:00:00Z', sentTo: [], ...over });

describe('consultations to close', () => {
  it('lists an open consultation past its deadline or with every answer in, and nothing else', () => {
    const rows: ConsultationRow[] = [
      { consultation: consultation({ id: 'past', deadline: '2026-04-19T10:00:00Z' }), answered: 0 },
      { consultation: consultation({ id: 'all' }), answered: 2 },
      { consultation: consultation({ id: 'some' }), answered: 1 },
      { consultation: consultation({ id: 'closed', status: 'closed', deadline: '2026-04-01T10:00:00Z' }), answered: 2 },
      { consultation: consultation({ id: 'draft', status: 'draft', deadline: '2026-04-01T10:00:00Z' }), answered: 0 },
    ];
    expect(consultationsToClose(rows, NOW).map((c) => [c.consultation.id, c.why])).toEqual([
      ['past', 'deadline-passed'],
      ['all', 'all-answered'],
    ]);
  });
});

describe("a chair's to-do", () => {
  it('lists the minutes waiting for my answer only', () => {
    const home = forumHome('chair', { minutesAwaitingApproval: [version()], approvals: [answer(jonas), changes(yrsa)] });
    expect(chairTodo(home, lene.email, NOW, []).minutes.map((p) => p.version.id)).toEqual(['v1']);
    expect(chairTodo(home, jonas.email, NOW, []).minutes).toEqual([]);
    expect(chairTodo(home, yrsa.email, NOW, []).minutes).toEqual([]);
    expect(chairTodo(home, SECRETARY.email, NOW, []).minutes).toEqual([]);
  });

  it('lists consultations waiting for my sign-off', () => {
    const waiting = consultation({ id: 'w', status: 'awaiting-sign-off', signOffRequired: true, contentHash: 'ch' });
    const signed = consultation({
      id: 's',
      status: 'awaiting-sign-off',
      signOffRequired: true,
      contentHash: 'ch',
      signOffs: [{ id: 'so', email: jonas.email, name: jonas.name, at: '2026-04-19T10:00:00Z', hash: 'ch', authentic: true }],
    });
    const forgedSign = consultation({
      id: 'f',
      status: 'awaiting-sign-off',
      signOffRequired: true,
      contentHash: 'ch',
      signOffs: [{ id: 'so', email: jonas.email, name: jonas.name, at: '2026-04-19T10:00:00Z', hash: 'ch', authentic: false }],
    });
    const home = forumHome('chair');
    expect(chairTodo(home, jonas.email, NOW, [waiting, signed, forgedSign, consultation()]).signOffs.map((c) => c.id)).toEqual(['w', 'f']);
    expect(chairTodo(home, SECRETARY.email, NOW, [waiting]).signOffs).toEqual([]);
  });

  it('lists the new items with the coming planning meeting', () => {
    const todo = chairTodo(forumHome('chair'), jonas.email, NOW, []);
    expect(todo.newSubmissions.map((s) => s.id)).toEqual(['1', '2']);
    expect(todo.planningMeeting?.id).toBe('2');
  });
});
