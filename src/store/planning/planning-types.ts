import type { Claim } from '../../domain/claims';
import type { SubmissionDecision } from '../../domain/submission-decision-mail';
import type { AgendaItem, Forum, Meeting, Submission } from '../../domain/types';
import type { AgendaItemAccess, ClosedReason } from '../../domain/vocabulary/agenda-access';

/** A submission as the planning view needs it: with the decision already mailed to its sender. */
export interface PlanningSubmission extends Submission {
  /** "accepted:12" once that decision's mail went ("sending:accepted:12": an older version's attempt, under way). */
  readonly decisionNotified?: string;
  /** The attempt mailing a decision (src/domain/claims.ts): its mail's correlation id names the decision. */
  readonly decisionMailClaim?: Claim;
}

/** An agenda item with its standing key (absent for ordinary items). */
export interface PlanningAgendaItem extends AgendaItem {
  readonly standingKey?: string;
}

/** What the planning view shows for one meeting. */
export interface PlanningData {
  /** Coming ordinary, extraordinary and video meetings (not planning meetings, not cancelled), in start order. */
  readonly meetings: readonly Meeting[];
  /** The meeting being planned: the one asked for, else the next one; undefined when none is coming. */
  readonly meeting?: Meeting;
  /** Its agenda in order. */
  readonly agenda: readonly PlanningAgendaItem[];
  /** To decide for this meeting. */
  readonly incoming: readonly PlanningSubmission[];
  /** "Punkter til kommende møder": deferred, or meant for a later meeting. */
  readonly backlog: readonly PlanningSubmission[];
  /** Accepted for this meeting: the details behind its agenda items. */
  readonly accepted: readonly PlanningSubmission[];
  /** How many standing items this load added to the agenda (0 when it had them). */
  readonly standingAdded: number;
  /** The `beforeLoad` step (the mail intake) failed; the lists are as they were. */
  readonly beforeLoadFailed?: boolean;
}

/** What became of the decision mail. */
export type DecisionMailOutcome =
  | 'sent'
  /** This decision was mailed (or is being mailed) already: nothing sent again. */
  | 'already-sent'
  | 'no-sender-address'
  | 'no-mailbox'
  /** Graph refused the mail; the claim was released so it can be sent again. */
  | 'failed'
  /** The mail may or may not have gone (a lost answer): left claimed; after its timeout the next attempt looks it up. */
  | 'uncertain'
  /** Undone while the mail was held: the submission is as it was, nothing was sent. */
  | 'undone';

/**
 * Asked after the decision is written and before its mail goes (the chair's "Fortryd" window): 'undo' puts the
 * submission back as it was and the mail never goes. A hold that never answers (the tab closed) leaves the mail
 * claimed: the unattended run sends it after the claim's timeout.
 */
export type DecisionHold = () => Promise<'send' | 'undo'>;

export interface DecisionResult {
  readonly submission: PlanningSubmission;
  readonly mail: DecisionMailOutcome;
  /** The agenda item an acceptance created or found. */
  readonly agendaItemId?: string;
  /** The secretariat's acceptance of an item with bilag: how many were stored in the meeting's folder now. */
  readonly bilag?: BilagStored;
}

/** What an acceptance did with the item's bilag. */
export interface BilagStored {
  readonly copied: number;
  /** Copying failed (the decision stands; the agenda copies what is missing when it is made). */
  readonly failed: boolean;
}

export interface AcceptOptions {
  /** The secretariat's acceptance: the item's bilag are copied into the meeting's folder now (chairs cannot). */
  readonly storeBilag?: boolean;
}

export interface ItemChanges {
  readonly title?: string;
  readonly presenter?: string;
  readonly durationMinutes?: number;
  /** The case number as typed ('' removes it). */
  readonly caseNumber?: string;
  /** Åbent, or Lukket with its reason (issue 20): closing needs `closedReason` in the same change. */
  readonly access?: AgendaItemAccess;
  readonly closedReason?: ClosedReason;
}

/** The planning view's repository for one forum. Every write is eTag-guarded; a 412 is a ConflictError. */
export interface PlanningApi {
  /** One `$batch` (plus one round when the meeting asked for is not the one shown, or standing items are added). */
  load(options: { readonly meetingId?: string; readonly now: Date }): Promise<PlanningData>;
  accept(submission: PlanningSubmission, meeting: Meeting, hold?: DecisionHold): Promise<DecisionResult>;
  /** To a later meeting, or to the backlog without one. */
  defer(submission: PlanningSubmission, to: Meeting | undefined, reason?: string, hold?: DecisionHold): Promise<DecisionResult>;
  decline(submission: PlanningSubmission, reason: string, hold?: DecisionHold): Promise<DecisionResult>;
  /** Writes the numbers of the items whose place changed, all or nothing. */
  reorder(ordered: readonly PlanningAgendaItem[]): Promise<void>;
  updateItem(item: PlanningAgendaItem, changes: ItemChanges): Promise<void>;
  /** Removes an item and closes the gap in the numbering. */
  removeItem(item: PlanningAgendaItem, agenda: readonly PlanningAgendaItem[]): Promise<void>;
  /** Adds the standing items the agenda lacks; returns how many. */
  addStandingItems(meeting: Meeting, agenda: readonly PlanningAgendaItem[]): Promise<number>;
}

export type PlanningForum = Pick<Forum, 'groupId' | 'siteId' | 'name' | 'shortName' | 'mailbox' | 'owners' | 'trustedAppIds'>;

export interface PlanningOptions {
  /**
   * Runs before every load — the hook for the mail intake ("sync the submission mailbox when the planning view
   * opens"). A failure is reported in `PlanningData.beforeLoadFailed`, never blocks the view.
   */
  readonly beforeLoad?: () => Promise<unknown>;
  /** The clock the decisions' mail claims are dated by (and judged stale against). */
  readonly now?: () => Date;
  /**
   * The secretariat's view: an accepted item's bilag are copied from the forum mailbox into the meeting's folder as it
   * is accepted. Off for the chairs, who can neither read the mailbox nor write the folder.
   */
  readonly storeBilag?: boolean;
}

export type { SubmissionDecision };
