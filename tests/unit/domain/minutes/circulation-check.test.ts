import { circulationCheck, type CirculationCheckInput } from '../../../../src/domain/minutes/circulation-check';
import { dismissMissing, missingAnswers, newlySeen } from '../../../../src/domain/minutes/seen-answers';
import type { Approval, ForumMember, WriteStamp } from '../../../../src/domain/types';

const HASH = 'a'.repeat(64);
const KATRINE = { id: 'u-katrine', name: 'Katrine Holm', email: 'katrine@region.example' };
const byKatrine: WriteStamp = {
  createdById: 'u-katrine',
  createdByName: 'Katrine Holm',
  modifiedById: 'u-katrine',
  modifiedByName: 'Katrine Holm',
};
const chair = (n: string): ForumMember => ({
  id: n,
  name: n,
  email: `${n}@region.example`,
  organisation: '',
  organisationKind: 'other',
  jobTitle: '',
  role: 'chair',
  external: false,
  stamp: byKatrine,
});
const CHAIRS = [chair('jonas'), chair('yrsa')];
const answer = (id: string, who: string, decision: Approval['decision'], at = '2026-04-19T09:00:00Z', hash = HASH): Approval => ({
  id,
  minutesVersionId: 'v1',
  contentHash: hash,
  decision,
  createdBy: { id: `u-${who}`, name: who, email: `${who}@region.example` },
  modifiedById: `u-${who}`,
  createdAt: at,
});

const input = (over: Partial<CirculationCheckInput> = {}): CirculationCheckInput => ({
  forum: { owners: [KATRINE], members: CHAIRS },
  version: { contentHash: HASH, status: 'awaiting-approval', stamp: byKatrine },
  snapshotHash: HASH,
  approvals: [answer('1', 'jonas', 'approved'), answer('2', 'yrsa', 'approved')],
  ...over,
});

describe('circulation check', () => {
  it('lets approved minutes go out when everything is the secretariat’s and unchanged', () => {
    expect(circulationCheck(input()).blocker).toBeUndefined();
    expect(circulationCheck(input()).status.approved).toBe(true);
  });

  it.each<[string, Partial<CirculationCheckInput>, string]>([
    ['owners unknown', { forum: { members: CHAIRS } }, 'owners-unknown'],
    [
      'a Members row someone else wrote',
      { forum: { owners: [KATRINE], members: [...CHAIRS, { ...chair('per'), unverified: { listedRole: 'chair', by: 'Per' } }] } },
      'members-changed',
    ],
    [
      'a version row a member changed',
      {
        version: { contentHash: HASH, status: 'awaiting-approval', stamp: { ...byKatrine, modifiedById: 'u-per', modifiedByName: 'Per' } },
      },
      'version-not-secretariats',
    ],
    [
      'a version a member made',
      {
        version: {
          contentHash: HASH,
          status: 'awaiting-approval',
          stamp: { createdById: 'u-per', createdByName: 'Per', modifiedById: 'u-per', modifiedByName: 'Per' },
        },
      },
      'version-not-secretariats',
    ],
    ['the snapshot rewritten (hash left alone)', { snapshotHash: 'b'.repeat(64) }, 'content-changed'],
    ['an unreadable snapshot', { snapshotHash: undefined }, 'content-changed'],
    [
      'a seen "request changes" deleted',
      {
        version: {
          contentHash: HASH,
          status: 'awaiting-approval',
          stamp: byKatrine,
          seenAnswers: [
            { id: '9', email: 'yrsa@region.example', name: 'yrsa', decision: 'changes-requested', hash: HASH, at: '2026-04-18T09:00:00Z' },
          ],
        },
      },
      'answer-missing',
    ],
    ['superseded', { version: { contentHash: HASH, status: 'superseded', stamp: byKatrine } }, 'superseded'],
    [
      'a chair asked for changes',
      { approvals: [answer('1', 'jonas', 'approved'), answer('2', 'yrsa', 'changes-requested')] },
      'changes-requested',
    ],
    ['one of two approved', { approvals: [answer('1', 'jonas', 'approved')] }, 'rule-not-met'],
    [
      'approvals of another hash',
      {
        approvals: [
          answer('1', 'jonas', 'approved', undefined, 'c'.repeat(64)),
          answer('2', 'yrsa', 'approved', undefined, 'c'.repeat(64)),
        ],
      },
      'rule-not-met',
    ],
  ])('refuses: %s', (_what, over, kind) => {
    expect(circulationCheck(input(over)).blocker?.kind).toBe(kind);
  });

  it('goes on once the secretariat has looked into a missing answer', () => {
    const seen = [
      {
        id: '9',
        email: 'yrsa@region.example',
        name: 'yrsa',
        decision: 'changes-requested' as const,
        hash: HASH,
        at: '2026-04-18T09:00:00Z',
      },
    ];
    const dismissed = dismissMissing(seen, ['9'], 'Katrine Holm', '2026-04-20T08:00:00Z');
    expect(dismissed[0]?.dismissed).toEqual({ by: 'Katrine Holm', at: '2026-04-20T08:00:00Z' });
    expect(
      circulationCheck(input({ version: { contentHash: HASH, status: 'awaiting-approval', stamp: byKatrine, seenAnswers: dismissed } }))
        .blocker,
    ).toBeUndefined();
  });
});

describe('seen answers', () => {
  it('keeps only the chairs’ own, unmodified records to this content, each once', () => {
    const records = [
      answer('1', 'jonas', 'approved'),
      answer('2', 'per', 'approved'),
      { ...answer('3', 'yrsa', 'approved'), modifiedById: 'u-per' },
      answer('4', 'yrsa', 'approved', undefined, 'c'.repeat(64)),
    ];
    const fresh = newlySeen([], records, CHAIRS, HASH);
    expect(fresh.map((s) => s.id)).toEqual(['1']);
    expect(newlySeen(fresh, records, CHAIRS, HASH)).toEqual([]);
  });

  it('finds the seen answers no longer on the list', () => {
    const seen = newlySeen([], [answer('1', 'jonas', 'approved'), answer('2', 'yrsa', 'changes-requested')], CHAIRS, HASH);
    expect(missingAnswers(seen, [answer('1', 'jonas', 'approved')]).map((s) => [s.id, s.decision])).toEqual([['2', 'changes-requested']]);
  });
});
