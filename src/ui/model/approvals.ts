import { approvalStatus } from '../../domain/approval';
import type { Approval, ForumMember, MinutesVersion } from '../../domain/types';
import type { ForumHome } from '../../store/home-data';

export interface ApprovalProgress {
  readonly version: MinutesVersion;
  readonly chairs: readonly ForumMember[];
  /** Chairs whose approval counts for this exact content. */
  readonly approvedBy: readonly ForumMember[];
}

/** The chairs whose answer to this version's content is "approved" (the rule is `approvalStatus` in the domain). */
export function validApprovers(version: MinutesVersion, approvals: readonly Approval[], chairs: readonly ForumMember[]): ForumMember[] {
  return approvalStatus(version, approvals, chairs).chairs.filter((s) => s.answer === 'approved').map((s) => s.chair);
}

export function approvalProgress(home: ForumHome): ApprovalProgress[] {
  const chairs = home.forum.members.filter((m) => m.role === 'chair');
  return home.minutesAwaitingApproval.map((version) => ({ version, chairs, approvedBy: validApprovers(version, home.approvals, chairs) }));
}

/** The versions awaiting approval that `email` (a chair of the forum) has not yet approved. */
export function awaitingMyApproval(home: ForumHome, email: string): ApprovalProgress[] {
  const me = email.toLowerCase();
  return approvalProgress(home).filter((p) => p.chairs.some((c) => c.email === me) && !p.approvedBy.some((c) => c.email === me));
}
