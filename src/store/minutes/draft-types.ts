import type { MinutesAttendee, MinutesContent } from '../../domain/minutes/minutes-content';
import type { Commissorium } from '../../domain/commissorium';
import type { ForumKind, ForumMember, ForumOwner, ForumRef, Meeting } from '../../domain/types';
import { ConflictError } from '../failures';

/**
 * The minutes editor's store contract (src/store/minutes/draft-store.ts, loaded lazily through
 * the lazy boundary in src/store/stores.ts): read the draft in one round trip, save one field of one agenda item or the
 * attendance with If-Match, and on 412 a conflict that carries what the server has now.
 */

/** The forum as the draft needs it; without `members` the Members list is read in the same `$batch`. */
export interface MinutesForum extends ForumRef {
  readonly name: string;
  readonly shortName: string;
  readonly members?: readonly ForumMember[];
  /** The group's owners (whose Substitutes records count for any member); read with the draft when not given. */
  readonly owners?: readonly ForumOwner[];
  /** The forum's kind and settings: the minutes record its quorum rule (and name it "Rådet" / "Styregruppen"). */
  readonly kind?: ForumKind;
  readonly settings?: Commissorium;
  readonly settingsUnverified?: { readonly by: string };
}

/** The meeting by id, or as the caller already has it (its event is then read in the same round trip). */
export type MinutesMeetingRef = string | Pick<Meeting, 'id' | 'eventId' | 'eventOwner'>;

export type MinutesTextField = 'referat' | 'beslutning';

export interface MinutesDraft {
  readonly content: MinutesContent;
  /** The meeting as just read (its eTag guards MinutesAttendance). */
  readonly meeting: Meeting;
  /** Agenda item id → its eTag (guards Referat and Beslutning). */
  readonly itemEtags: Readonly<Record<string, string>>;
  /** True when the attendance is the saved list, false when it is prefilled from the invitation (not yet saved). */
  readonly attendanceSaved: boolean;
  /**
   * Who other than the secretariat wrote the meeting's item last (a site without the tenant's permissions): its saved
   * attendance and its place are then not used — the attendance is prefilled from the invitation and the minutes
   * name no place — until the secretariat saves the attendance again. Undefined when the item is the secretariat's.
   */
  readonly meetingChangedBy?: string;
  /** The group's owners the draft was checked against (the attendance's saves check a conflicting list against them). */
  readonly owners?: readonly ForumOwner[];
}

/** Where the attendance is saved: the forum, with the owners whose saved list counts when a save meets another's. */
export type AttendanceForum = ForumRef & { readonly owners?: readonly ForumOwner[] };

export interface SavedItemField {
  readonly text: string;
  /** The agenda item's new eTag. */
  readonly etag: string;
}

export interface SavedAttendance {
  readonly attendance: readonly MinutesAttendee[];
  /** The meeting's new eTag. */
  readonly etag: string;
}

export interface MinutesDraftApi {
  load(forum: MinutesForum, meeting: MinutesMeetingRef): Promise<MinutesDraft>;
  /** Saves Referat or Beslutning of one agenda item with If-Match; a 412 is a `MinutesItemConflictError`. */
  saveItemField(forum: ForumRef, agendaItemId: string, field: MinutesTextField, text: string, etag: string): Promise<SavedItemField>;
  /** Saves the edited attendance on the meeting with If-Match; a 412 is an `AttendanceConflictError`. */
  saveAttendance(forum: AttendanceForum, meetingId: string, attendance: readonly MinutesAttendee[], etag: string): Promise<SavedAttendance>;
}

/** The longest Referat or Beslutning kept (a SharePoint note holds 63 999 characters; the rest is margin). */
export const MINUTES_TEXT_MAX = 60_000;

/** Who saved the version the server has now, when SharePoint says. */
export interface ChangedBy {
  readonly name?: string;
  readonly email?: string;
  /** ISO UTC. */
  readonly at?: string;
}

/** Someone saved the agenda item since this editor read it: what the item holds now, and its eTag. */
export class MinutesItemConflictError extends ConflictError {
  constructor(
    itemId: string,
    readonly current: Readonly<Record<MinutesTextField, string>>,
    readonly etag: string,
    readonly changedBy: ChangedBy,
    cause?: unknown,
  ) {
    super('AgendaItems', itemId, cause);
    this.name = 'MinutesItemConflictError';
  }
}

/** Someone saved the meeting since this editor read it: the attendance it holds now (empty if none), and its eTag. */
export class AttendanceConflictError extends ConflictError {
  constructor(
    meetingId: string,
    readonly current: readonly MinutesAttendee[],
    readonly etag: string,
    readonly changedBy: ChangedBy,
    cause?: unknown,
  ) {
    super('Meetings', meetingId, cause);
    this.name = 'AttendanceConflictError';
  }
}

/** A Referat or Beslutning longer than MINUTES_TEXT_MAX: refused before it is sent. */
export class MinutesTextTooLongError extends RangeError {
  constructor(readonly length: number) {
    super(`Minutes text of ${length} characters exceeds ${MINUTES_TEXT_MAX}`);
    this.name = 'MinutesTextTooLongError';
  }
}
