import { forumApprovalStatus, type ApprovalStatus } from '../approval';
import { integrityProblem, writtenByOwners } from '../forum-trust';
import type { Approval, Forum, ForumMember, MinutesVersion, SeenAnswer } from '../types';
import { missingAnswers } from './seen-answers';

/**
 * Whether approved minutes may go out, decided on what was read just now (never on what a browser last showed).
 * Besides the forum's rule (every co-chair, or its number, approving this exact content with nobody asking for
 * changes), the app checks what an unprovisioned site would let any member forge (docs/SECURITY.md): the group's
 * owners must be known, the Members list must be the secretariat's, the version must be the secretariat's, its
 * snapshot must still hash to the ContentHash the chairs approved, and no answer the secretariat saw may be missing.
 */

export type CirculationBlocker =
  /** The group's owners could not be read: nothing can be checked against the secretariat. */
  | { readonly kind: 'owners-unknown' }
  /** Members rows changed by someone other than the secretariat: who the chairs are cannot be trusted. */
  | { readonly kind: 'members-changed'; readonly rows: readonly ForumMember[] }
  /** The version row was made or changed by someone other than the secretariat. */
  | { readonly kind: 'version-not-secretariats'; readonly by: string }
  /** The frozen text no longer hashes to the content the chairs approved. */
  | { readonly kind: 'content-changed' }
  /** A chair's answer the secretariat saw has disappeared from the list. */
  | { readonly kind: 'answer-missing'; readonly answers: readonly SeenAnswer[] }
  | { readonly kind: 'superseded' }
  | { readonly kind: 'changes-requested' }
  | { readonly kind: 'rule-not-met' };

export type CirculationBlockerKind = CirculationBlocker['kind'];

export interface CirculationCheckInput {
  readonly forum: Pick<Forum, 'owners' | 'members' | 'unverifiedMembers' | 'settings' | 'settingsUnverified' | 'trustedAppIds'>;
  readonly version: Pick<MinutesVersion, 'contentHash' | 'status' | 'stamp' | 'seenAnswers'>;
  /** SHA-256 of the snapshot as read now; undefined when it could not be read. */
  readonly snapshotHash: string | undefined;
  readonly approvals: readonly Approval[];
}

export interface CirculationCheck {
  readonly status: ApprovalStatus;
  /** Why it may not go out; undefined when it may. The first reason in the order above. */
  readonly blocker?: CirculationBlocker;
}

export function circulationCheck({ forum, version, snapshotHash, approvals }: CirculationCheckInput): CirculationCheck {
  const status = forumApprovalStatus(forum, version, approvals);
  const blocker = ((): CirculationBlocker | undefined => {
    const integrity = integrityProblem(forum);
    if (integrity) return integrity;
    if (!writtenByOwners(version.stamp, forum.owners, forum.trustedAppIds))
      return { kind: 'version-not-secretariats', by: version.stamp?.modifiedByName || version.stamp?.createdByName || '' };
    if (snapshotHash === undefined || version.contentHash === '' || snapshotHash !== version.contentHash)
      return { kind: 'content-changed' };
    const missing = missingAnswers(version.seenAnswers ?? [], approvals);
    if (missing.length > 0) return { kind: 'answer-missing', answers: missing };
    if (version.status === 'superseded') return { kind: 'superseded' };
    if (status.changesRequested) return { kind: 'changes-requested' };
    if (!status.approved) return { kind: 'rule-not-met' };
    return undefined;
  })();
  return blocker ? { status, blocker } : { status };
}
