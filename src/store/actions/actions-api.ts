import type { LocalDate } from '../../domain/calendar-date';
import type { ActionStatus } from '../../domain/vocabulary/minutes';
import type { ArchivedMinutes } from '../../domain/minutes-archive';
import type { SetAsideAction } from '../../domain/action-marks';
import type { ActionItem, Forum, ForumRef, ForumWithOwners, SignedInUser } from '../../domain/types';

/** A new action from a Beslutning (agendaItemId) or a consultation's outcome (consultationRef). */
export interface NewAction {
  readonly title: string;
  readonly ownerEmail: string;
  readonly ownerName: string;
  /** The due day on the Copenhagen calendar, "2027-03-04". */
  readonly due: LocalDate;
  readonly meetingId: string;
  readonly agendaItemId?: string;
  readonly consultationRef?: string;
  readonly notes?: string;
  /** One per dialog opening: a retried or doubled create returns the action the first one made. */
  readonly correlationId: string;
}

export interface ReminderReport {
  /** The actions whose owner was reminded now. */
  readonly sent: readonly ActionItem[];
  /** Due, but another run claimed them (or they changed meanwhile): left to it. */
  readonly skipped: number;
  readonly failed: readonly { readonly action: ActionItem; readonly error: string }[];
}

/**
 * Follow-up on decisions, against the forum's Actions list (see actions-store.ts). Every read lists only the
 * secretariat's actions, each as its owner's own mark leaves it (domain/action-marks.ts).
 */
export interface ActionsApi {
  /** Refuses (ActionIdTakenError) when an item somebody else wrote holds the create's correlation id. */
  create(forum: ForumWithOwners, input: NewAction): Promise<ActionItem>;
  /** The forum's open actions, by due day. */
  open(forum: ForumWithOwners): Promise<ActionItem[]>;
  /** One owner's open actions. */
  forOwner(forum: ForumWithOwners, email: string): Promise<ActionItem[]>;
  /** All actions (open and done) decided at one meeting. */
  forMeeting(forum: ForumWithOwners, meetingId: string): Promise<ActionItem[]>;
  /** The actions someone other than the secretariat wrote or changed last (domain/action-marks.ts): they count nowhere. */
  setAside(forum: ForumWithOwners): Promise<SetAsideAction[]>;
  /** The secretariat makes a set-aside action its own, as it now reads (saved again, or copied when a member made it). */
  confirm(forum: ForumWithOwners, entry: SetAsideAction): Promise<ActionItem>;
  /** The secretariat deletes an action (If-Match); one already gone is no error. */
  discard(forum: ForumRef, action: ActionItem): Promise<void>;
  /** The secretariat marks it done today (If-Match: a stale copy is a ConflictError). */
  complete(forum: ForumRef, action: ActionItem): Promise<ActionItem>;
  /** The secretariat undoes "done" (If-Match on the done item: a change since is a ConflictError). */
  reopen(forum: ForumRef, action: ActionItem): Promise<ActionItem>;
  /**
   * The action's owner marks it done, or open again, on their own record (ActionMarks): the only write a member makes
   * for follow-up. Someone who is not the owner is refused (NotActionOwnerError) before anything is written.
   */
  mark(forum: ForumRef, action: ActionItem, status: ActionStatus, me: SignedInUser): Promise<ActionItem>;
  /** Reminds the owner of every due action once, however often or concurrently it runs. */
  remindDue(forum: Forum, now?: Date): Promise<ReminderReport>;
  /** The member's archive: the forum's approved minutes the secretariat wrote, with their snapshots, newest meeting first. */
  approvedMinutes(forum: ForumWithOwners): Promise<ArchivedMinutes[]>;
}

/** An Actions item somebody other than the secretariat wrote holds the correlation id a create was to use. */
export class ActionIdTakenError extends Error {
  constructor(
    readonly correlationId: string,
    readonly by: string,
  ) {
    super(`An action with id ${correlationId} was written by ${by || 'someone else'}, not by the secretariat.`);
    this.name = 'ActionIdTakenError';
  }
}

/** Only an action's owner marks it on their own record. */
export class NotActionOwnerError extends Error {
  constructor(readonly ownerEmail: string) {
    super(`Only the action's owner (${ownerEmail}) marks it done.`);
    this.name = 'NotActionOwnerError';
  }
}
