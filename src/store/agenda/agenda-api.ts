import type { AgendaChange } from '../../domain/agenda-changes';
import type { Forum, ForumRef, Meeting } from '../../domain/types';
import type { UploadedFile } from '../meeting-folder';

/** The agenda's files in the meeting's folder. */
export interface GeneratedAgenda {
  readonly docx: UploadedFile;
  readonly pdf: UploadedFile;
  /** The content hash of the agenda as generated. */
  readonly hash: string;
  /** The agenda was sent before, and this one differs from what was sent: sending it makes a "Revideret dagsorden". */
  readonly changedSinceSent: boolean;
  /** Minutes the items run past the meeting's end. */
  readonly overrunMinutes: number;
}

export type AgendaSendOutcome =
  /** Sent now (or found already sent by an earlier attempt of the same send, and recorded now). */
  | 'sent'
  /** The agenda was already sent and has not changed since: nothing sent. */
  | 'unchanged'
  /** Someone else is sending it right now. */
  | 'claimed-elsewhere';

export interface AgendaSendResult {
  readonly outcome: AgendaSendOutcome;
  readonly revised: boolean;
  /** The revision sent (0: the first send). */
  readonly revision?: number;
  /** What changed since the agenda sent before, as the revised mail lists it. */
  readonly changes?: readonly AgendaChange[];
  readonly subject?: string;
  readonly recipients?: number;
  readonly sentAt?: string;
  /** The calendar event's body was updated with the agenda. */
  readonly eventUpdated?: boolean;
  readonly files?: GeneratedAgenda;
  /** The meeting as recorded after sending (new eTag, status, sent time). */
  readonly meeting?: Meeting;
}

/** The agenda now against what was sent. */
export interface AgendaStatus {
  /** When it was last sent; absent before the first send. */
  readonly sentAt?: string;
  /** The revision a send now would be: 0 the first send, 1 the first "Revideret dagsorden" … */
  readonly nextRevision: number;
  /** Sent, and its content hash differs from what was sent: a revised agenda can go out. */
  readonly changed: boolean;
  /** What changed, in the agenda's order (empty when nothing did). */
  readonly changes: readonly AgendaChange[];
}

/** Generating and sending a meeting's agenda, as the UI is given it through `Stores` (loaded on first use). */
export interface AgendaApi {
  /** Compares the agenda as it stands with what was sent (does not load the Word renderer). */
  status(forum: Forum, meeting: Pick<Meeting, 'id'>): Promise<AgendaStatus>;
  generate(forum: Forum, meeting: Pick<Meeting, 'id'>): Promise<GeneratedAgenda>;
  send(forum: Forum, meeting: Pick<Meeting, 'id'>): Promise<AgendaSendResult>;
  /**
   * The secretariat has checked the meeting's time, place and link as shown and makes the item its own again: saved
   * with If-Match on the eTag it was shown with (a change since is a ConflictError).
   */
  confirmMeeting(forum: ForumRef, meeting: Pick<Meeting, 'id' | 'title' | 'etag'>): Promise<void>;
}

/**
 * The meeting's own item (time, place, link) was written or changed by someone other than the secretariat (on a site
 * without the tenant's permissions): nothing is sent, generated or published from its agenda until the secretariat has
 * checked it and confirmed it (`confirmMeeting`).
 */
export class MeetingChangedError extends Error {
  constructor(
    readonly title: string,
    readonly by: string,
  ) {
    super(`The meeting "${title}" was changed by ${by || 'someone'} other than the secretariat.`);
    this.name = 'MeetingChangedError';
  }
}

/**
 * Agenda items someone other than the secretariat and the co-chairs added or changed (on a site without the tenant's
 * permissions): nothing is sent, generated or published from the agenda until the secretariat has looked at them.
 */
export class AgendaItemsChangedError extends Error {
  constructor(readonly items: readonly { readonly title: string; readonly by: string }[]) {
    super(
      `Agenda items changed by someone other than the secretariat or the chairs: ${items.map((i) => `"${i.title}" (${i.by})`).join(', ')}`,
    );
    this.name = 'AgendaItemsChangedError';
  }
}
