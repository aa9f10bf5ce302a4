import { approvalRule, chairsOf } from './forum-trust';
import type { Approval, Forum, ForumMember, MinutesVersion } from './types';

/**
 * The chairs' approval of a minutes version, as a pure rule (docs/ARCHITECTURE.md §4): an approval names a content hash; only
 * records whose server-stamped author is one of the forum's co-chairs, and that nobody else has modified since, count;
 * a chair's latest record is their answer; a new version (another hash) voids every earlier answer. The minutes may be
 * circulated when the forum's rule is met — every co-chair by default, or a number of them — and no chair has asked
 * for changes to this very content.
 */

export type ChairAnswer = 'pending' | 'approved' | 'changes-requested';

export interface ChairState {
  readonly chair: ForumMember;
  readonly answer: ChairAnswer;
  /** The record behind the answer (absent while pending). */
  readonly record?: Approval;
}

export interface ApprovalStatus {
  readonly chairs: readonly ChairState[];
  readonly approvals: number;
  /** How many approvals the rule asks for (never more than there are chairs). */
  readonly required: number;
  /** Some chair asked for changes to this content: the minutes cannot go out until a new version is approved. */
  readonly changesRequested: boolean;
  /** The rule is met and nobody asked for changes: the minutes may be circulated. */
  readonly approved: boolean;
}

/** A record counts as its author's when a person wrote it and nobody else touched it since. */
function authentic(a: Approval): boolean {
  return a.createdBy.id !== '' && a.modifiedById === a.createdBy.id;
}

const sameAddress = (a: string | undefined, b: string): boolean => a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Approvals needed: every co-chair, or `required` of them when the forum set a number. */
export function requiredApprovals(chairCount: number, required?: number): number {
  if (chairCount === 0) return 1; // no chairs: nothing can approve, the minutes never count as approved
  return required === undefined ? chairCount : Math.min(Math.max(1, Math.floor(required)), chairCount);
}

/** Each co-chair's answer to this version's content, and whether the minutes may be circulated. */
export function approvalStatus(
  version: Pick<MinutesVersion, 'contentHash'>,
  records: readonly Approval[],
  chairs: readonly ForumMember[],
  required?: number,
): ApprovalStatus {
  const forThisContent = records.filter((a) => a.contentHash === version.contentHash && authentic(a));
  const states = chairs.map((chair): ChairState => {
    const latest = forThisContent
      .filter((a) => sameAddress(a.createdBy.email, chair.email))
      .reduce<Approval | undefined>((last, a) => (!last || a.createdAt >= last.createdAt ? a : last), undefined);
    return latest ? { chair, answer: latest.decision, record: latest } : { chair, answer: 'pending' };
  });
  const approvals = states.filter((s) => s.answer === 'approved').length;
  const need = requiredApprovals(chairs.length, required);
  const changesRequested = states.some((s) => s.answer === 'changes-requested');
  return {
    chairs: states,
    approvals,
    required: need,
    changesRequested,
    approved: chairs.length > 0 && approvals >= need && !changesRequested,
  };
}

/** The forum's own rule: its co-chairs as the secretariat listed them, and its approval rule when the secretariat set it. */
export function forumApprovalStatus(
  forum: Pick<Forum, 'members' | 'settings' | 'settingsUnverified'>,
  version: Pick<MinutesVersion, 'contentHash'>,
  records: readonly Approval[],
): ApprovalStatus {
  return approvalStatus(version, records, chairsOf(forum), approvalRule(forum));
}
