import { approvalStatus, requiredApprovals } from '../../../src/domain/approval';
import type { Approval, ForumMember } from '../../../src/domain/types';

/** Issue 6's approval rules: all of three co-chairs, a new version voids approvals, changes block, a quorum, old hashes. */
const chair = (id: string, organisation: string): ForumMember => ({
  id,
  name: id,
  email: `${id}@${organisation}.example`,
  organisation,
  organisationKind: 'other',
  jobTitle: '',
  role: 'chair',
  external: false,
});
const CHAIRS = [chair('jonas', 'regionfjord'), chair('yrsa', 'fjordby'), chair('lene', 'skovlund')];
const V1 = { contentHash: 'a'.repeat(64) };
const V2 = { contentHash: 'b'.repeat(64) };

let n = 0;
function record(by: ForumMember, hash: string, decision: Approval['decision'] = 'approved', over: Partial<Approval> = {}): Approval {
  n += 1;
  return {
    id: String(n),
    minutesVersionId: 'v',
    contentHash: hash,
    decision,
    createdBy: { id: `u-${by.id}`, name: by.name, email: by.email.toUpperCase() },
    modifiedById: `u-${by.id}`,
    createdAt: `2027-03-21T10:${String(n).padStart(2, '0')}:00Z`,
    ...over,
  };
}
const [jonas, yrsa, lene] = CHAIRS as [ForumMember, ForumMember, ForumMember];

describe('the chairs approve the minutes', () => {
  it('needs all three co-chairs by default; two of three is not enough', () => {
    const two = [record(jonas, V1.contentHash), record(yrsa, V1.contentHash)];
    expect(approvalStatus(V1, two, CHAIRS)).toMatchObject({ approvals: 2, required: 3, approved: false });
    expect(approvalStatus(V1, [...two, record(lene, V1.contentHash)], CHAIRS)).toMatchObject({
      approvals: 3,
      approved: true,
      changesRequested: false,
    });
  });

  it('a new version voids the approvals of the old one: everyone is asked again', () => {
    const all = [record(jonas, V1.contentHash), record(yrsa, V1.contentHash), record(lene, V1.contentHash)];
    const status = approvalStatus(V2, all, CHAIRS);
    expect(status.approved).toBe(false);
    expect(status.chairs.map((c) => c.answer)).toEqual(['pending', 'pending', 'pending']);
  });

  it('a request for changes blocks circulation, even when the quorum is met', () => {
    const records = [
      record(jonas, V1.contentHash),
      record(yrsa, V1.contentHash),
      record(lene, V1.contentHash, 'changes-requested', { comment: 'Punkt 3: beslutningen mangler' }),
    ];
    const status = approvalStatus(V1, records, CHAIRS, 2);
    expect(status).toMatchObject({ approvals: 2, required: 2, changesRequested: true, approved: false });
    expect(status.chairs[2]).toMatchObject({ answer: 'changes-requested', record: { comment: 'Punkt 3: beslutningen mangler' } });
  });

  it('a chair who asked for changes and then approves the same content counts as approving (the latest answer wins)', () => {
    const records = [
      record(lene, V1.contentHash, 'changes-requested'),
      record(jonas, V1.contentHash),
      record(yrsa, V1.contentHash),
      record(lene, V1.contentHash),
    ];
    expect(approvalStatus(V1, records, CHAIRS)).toMatchObject({ approvals: 3, approved: true });
    // By the records' times, not their order in the list.
    expect(approvalStatus(V1, [...records].reverse(), CHAIRS)).toMatchObject({ approvals: 3, approved: true });
  });

  it('a forum may settle for a number of chairs (quorum), never more than it has', () => {
    expect(approvalStatus(V1, [record(jonas, V1.contentHash), record(lene, V1.contentHash)], CHAIRS, 2).approved).toBe(true);
    expect(approvalStatus(V1, [record(jonas, V1.contentHash)], CHAIRS, 2).approved).toBe(false);
    expect(requiredApprovals(3, 5)).toBe(3);
    expect(requiredApprovals(3, 0)).toBe(1);
    expect(requiredApprovals(3)).toBe(3);
  });

  it('an approval naming an old hash does not count for the current version', () => {
    const records = [record(jonas, V2.contentHash), record(yrsa, V2.contentHash), record(lene, V1.contentHash)];
    const status = approvalStatus(V2, records, CHAIRS);
    expect(status.approvals).toBe(2);
    expect(status.chairs.find((c) => c.chair === lene)?.answer).toBe('pending');
  });

  it('only the server-stamped author counts: a member, or a record someone else modified, approves nothing', () => {
    const member = { ...chair('mette', 'regionfjord'), role: 'member' as const };
    const forged = record(member, V1.contentHash, 'approved', { createdBy: { id: 'u-mette', name: 'Jonas', email: member.email } });
    const tampered = record(jonas, V1.contentHash, 'approved', { modifiedById: 'u-mette' });
    const status = approvalStatus(V1, [forged, tampered, record(yrsa, V1.contentHash), record(lene, V1.contentHash)], CHAIRS);
    expect(status.approvals).toBe(2);
    expect(status.chairs[0]?.answer).toBe('pending');
  });

  it('a forum without chairs never counts as approved', () => {
    expect(approvalStatus(V1, [], []).approved).toBe(false);
  });
});
