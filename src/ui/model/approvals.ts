import type { Approval, ForumMember, MinutesVersion } from '../../domain/types';
import type { ForumHome } from '../../store/home-data';

export interface ApprovalProgress {
  readonly version: MinutesVersion;
  readonly chairs: readonly ForumMember[];
  /** Chairs whose approval counts for this exact content. */
  readonly approvedBy: readonly ForumMember[];
}

/**
 * An approval counts when it names this version's content hash, says "approved", was created by one of the
 * forum's chairs (server-stamped `createdBy`) and nobody else has modified the record since.
 */
export function validApprovers(version: MinutesVersion, approvals: readonly Approval[], chairs: readonly ForumMember[]): ForumMember[] {
  const counted = approvals.filter(
    (a) => a.decision === 'approved' && a.contentHash === version.contentHash && a.createdBy.id !== '' && a.modifiedById === a.createdBy.id,
  );
  return chairs.filter((c) => counted.some((a) => a.createdBy.email !== undefined && a.createdBy.email === c.email));
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
