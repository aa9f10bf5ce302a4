import { diffBaseFor } from '../../../../src/domain/minutes/diff-base';
import type { Approval, MinutesVersion } from '../../../../src/domain/types';

const v = (n: number, meetingId = 'm1'): MinutesVersion => ({
  id: `v${n}`,
  meetingId,
  version: n,
  contentHash: `h${n}`,
  status: 'awaiting-approval',
  createdAt: `2027-03-0${n}T10:00:00Z`,
});
const answer = (version: MinutesVersion, email: string, over: Partial<Approval> = {}): Approval => ({
  id: `a-${version.id}-${email}`,
  minutesVersionId: version.id,
  contentHash: version.contentHash,
  decision: 'changes-requested',
  createdBy: { id: `id-${email}`, name: email, email },
  modifiedById: `id-${email}`,
  createdAt: version.createdAt,
  ...over,
});

describe('diffBaseFor', () => {
  const versions = [v(1), v(2), v(3), v(4)];
  it('is none for the first version', () => {
    expect(diffBaseFor(v(1), versions, [], 'a@x.dk')).toBeUndefined();
  });
  it('is the latest earlier version the chair answered', () => {
    const approvals = [answer(v(1), 'a@x.dk'), answer(v(2), 'a@x.dk'), answer(v(3), 'b@x.dk')];
    expect(diffBaseFor(v(4), versions, approvals, 'A@x.dk')?.id).toBe('v2');
    expect(diffBaseFor(v(4), versions, approvals, 'b@x.dk')?.id).toBe('v3');
  });
  it('is the previous version when the chair answered none, or only by records someone else touched', () => {
    expect(diffBaseFor(v(4), versions, [], 'a@x.dk')?.id).toBe('v3');
    expect(diffBaseFor(v(4), versions, [answer(v(1), 'a@x.dk', { modifiedById: 'someone-else' })], 'a@x.dk')?.id).toBe('v3');
  });
  it('ignores answers to later versions, other meetings and hashes that are not the version’s', () => {
    const other = { ...v(1, 'm2'), id: 'other-meeting-v1' };
    const approvals = [answer(v(4), 'a@x.dk'), answer(other, 'a@x.dk'), answer(v(1), 'a@x.dk', { contentHash: 'forged' })];
    expect(diffBaseFor(v(3), [...versions, other], approvals, 'a@x.dk')?.id).toBe('v2');
  });
});
