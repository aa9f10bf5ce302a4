import { approvalStatus, forumApprovalStatus } from '../../domain/approval';
import { chairsOf, shownAsSecretariats } from '../../domain/forum-trust';
import type { Approval, ForumMember, MinutesVersion } from '../../domain/types';
import type { ForumHome } from '../../store/home-data';

export interface ApprovalProgress {
  readonly version: MinutesVersion;
  readonly chairs: readonly ForumMember[];
  /** Chairs whose approval counts for this exact content. */
  readonly approvedBy: readonly ForumMember[];
  /** Approvals the forum's rule asks for (all co-chairs unless its settings name a number). */
  readonly required: number;
  /** The rule is met and no chair asked for changes: the minutes may go out. */
  readonly approved: boolean;
}

/** The chairs whose answer to this version's content is "approved" (the rule is `approvalStatus` in the domain). */
export function validApprovers(version: MinutesVersion, approvals: readonly Approval[], chairs: readonly ForumMember[]): ForumMember[] {
  return approvalStatus(version, approvals, chairs)
    .chairs.filter((s) => s.answer === 'approved')
    .map((s) => s.chair);
}

/**
 * The versions still out for approval: made by the secretariat (one anybody else made is never offered), not
 * circulated, and only the newest of each meeting — an older one left 'awaiting' cannot be answered any more (the
 * approval view says a newer version exists), so no list offers it.
 */
export function latestAwaiting(home: ForumHome): MinutesVersion[] {
  const out = home.minutesAwaitingApproval.filter(
    (v) => v.status === 'awaiting-approval' && v.finalAt === undefined && shownAsSecretariats(v.stamp, home.forum),
  );
  return out.filter((v) => !out.some((w) => w.meetingId === v.meetingId && w.version > v.version));
}

/** The versions out for approval (`latestAwaiting`) and each one's progress. */
export function approvalProgress(home: ForumHome): ApprovalProgress[] {
  const chairs = chairsOf(home.forum);
  return latestAwaiting(home).map((version) => {
    const status = forumApprovalStatus(home.forum, version, home.approvals);
    return {
      version,
      chairs,
      approvedBy: status.chairs.filter((c) => c.answer === 'approved').map((c) => c.chair),
      required: status.required,
      approved: status.approved,
    };
  });
}

/** The versions awaiting approval that `email` (a chair of the forum) has not yet approved. */
export function awaitingMyApproval(home: ForumHome, email: string): ApprovalProgress[] {
  const me = email.toLowerCase();
  return approvalProgress(home).filter((p) => p.chairs.some((c) => c.email === me) && !p.approvedBy.some((c) => c.email === me));
}
