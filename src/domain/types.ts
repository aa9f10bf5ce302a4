/**
 * The language of the product. Nothing here knows about Graph, HTTP or React.
 * Dates are ISO 8601 strings in UTC ("2027-03-08T07:30:00Z"); they are shown in Europe/Copenhagen.
 */

import type { SentAgenda } from './agenda-sent';
import type { Claim } from './claims';
import type { Commissorium } from './commissorium';
import type { AgendaItemAccess, ClosedReason } from './vocabulary/agenda-access';
import type { ForumKind, OrganisationKind, Role } from './vocabulary/forum';
import type { CallForItemsState, MeetingForm, MeetingKind, MeetingStatus } from './vocabulary/meeting';
import type { ActionStatus, AnswerChannel, ApprovalDecision, ApprovalRequestChannel, MinutesVersionStatus } from './vocabulary/minutes';
import type { ReceiptState, SubmissionSource, SubmissionStatus } from './vocabulary/submission';

/** The closed sets are spelled out once, in vocabulary/; their types are re-exported here where they always were. */
export type {
  ActionStatus,
  AnswerChannel,
  ApprovalDecision,
  ApprovalRequestChannel,
  CallForItemsState,
  ForumKind,
  MeetingForm,
  MeetingKind,
  MeetingStatus,
  MinutesVersionStatus,
  OrganisationKind,
  ReceiptState,
  Role,
  SubmissionSource,
  SubmissionStatus,
};

export type Locale = 'da' | 'en';

export interface ForumMember {
  /** The member's list item id in the forum's Members list. */
  readonly id: string;
  readonly name: string;
  /** Primary e-mail address; members outside the tenant have only this. */
  readonly email: string;
  readonly organisation: string;
  readonly organisationKind: OrganisationKind;
  readonly jobTitle: string;
  /**
   * The role the app acts on: what the secretariat listed. A row someone else wrote or changed is an observer's,
   * set aside from the forum's members (`Forum.unverifiedMembers`), and "secretariat" needs the person to be an owner
   * of the forum's group (forum-trust.ts).
   */
  readonly role: Role;
  /** E-mail of the member's standing substitute (stedfortræder), if any. */
  readonly substituteEmail?: string;
  /** True when the member is not a user of the secretariat's tenant. */
  readonly external: boolean;
  /** Who wrote the row (server-stamped), to tell whether the secretariat wrote it. */
  readonly stamp?: WriteStamp;
  /** Set when the row was written or changed by someone other than the secretariat: the role it lists is ignored. */
  readonly unverified?: { readonly listedRole: Role; readonly by: string };
}

/**
 * The server-stamped authors of a list item: who created it and who changed it last (ids and names). A writer is a
 * person (a user's object id) or, for an app-only write (Graph's identitySet `application`), an application: then
 * the id is its application (client) id and `createdByApp` / `modifiedByApp` say so — an application's id never
 * counts as a person's, nor a person's as an application's.
 */
export interface WriteStamp {
  readonly createdById: string;
  readonly createdByName: string;
  readonly modifiedById: string;
  readonly modifiedByName: string;
  readonly createdByApp?: boolean;
  readonly modifiedByApp?: boolean;
  /** The people's addresses as the server stamped them (lower case), when it did: how a co-chair is known. */
  readonly createdByEmail?: string;
  readonly modifiedByEmail?: string;
}

/** An owner of the forum's Microsoft 365 group: the secretariat. Members cannot change who they are. */
export interface ForumOwner {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

/** Where a forum lives in the tenant: one Microsoft 365 group and its SharePoint site. */
export interface ForumRef {
  readonly groupId: string;
  readonly siteId: string;
  /**
   * Application (client) ids whose app-only writes count as the secretariat's: the forum's own unattended run
   * (`sekretariat run`), configured with `SEKRETARIAT_AUTOMATION_APP_ID` (forum-trust.ts). Absent: only the owners.
   */
  readonly trustedAppIds?: readonly string[];
}

export interface Forum extends ForumRef {
  readonly name: string;
  /** Short code used in references, e.g. "KSG". */
  readonly shortName: string;
  readonly kind: ForumKind;
  /** The address that receives agenda submissions (group or shared mailbox). */
  readonly mailbox: string;
  /**
   * The people the forum acts on — invites, mails, lists as taking part, counts for quorum and approval: the Members
   * rows the secretariat wrote. With the owners unknown, every row as listed (nothing is decided then).
   */
  readonly members: readonly ForumMember[];
  /**
   * Members rows someone other than the secretariat wrote or changed since (each marked `unverified`): shown to the
   * secretariat to confirm or remove, and to nobody else; the forum sends them nothing and lists them nowhere.
   */
  readonly unverifiedMembers?: readonly ForumMember[];
  /** The commissorium as data (the Forum item's settings); undefined when the forum has none yet. */
  readonly settings?: Commissorium;
  /** The Forum list item holding the settings, for saving them with its eTag. */
  readonly settingsItem?: { readonly id: string; readonly etag: string };
  /**
   * The group's owners (`/groups/{id}/owners`): the secretariat. Undefined when they could not be read; then no
   * row counts as the secretariat's and nothing that needs the secretariat's word is decided (forum-trust.ts).
   */
  readonly owners?: readonly ForumOwner[];
  /** Set when the settings item was written or changed by someone other than the secretariat: its approval rule is ignored. */
  readonly settingsUnverified?: { readonly by: string };
  /**
   * Set when the forum was ended and its work handed to a successor: the Forum item's Successor column (JSON, see
   * forum-ending.ts) as the secretariat wrote it. Read with `parseForumEnding` where it is shown, so that no first
   * paint carries the parser.
   */
  readonly endedRecord?: string;
}

export interface Meeting {
  readonly id: string;
  readonly forumId: string;
  /**
   * Who created and last changed the Meetings item (server-stamped): the forum mails nothing about a meeting someone
   * other than the secretariat changed (agenda-trust.ts `meetingOutsider`).
   */
  readonly stamp?: WriteStamp;
  readonly kind: MeetingKind;
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly form: MeetingForm;
  readonly location?: string;
  /** An extraordinary meeting's purpose, as its invitation states it (a move writes the invitation again). */
  readonly purpose?: string;
  readonly status: MeetingStatus;
  /** The calendar event, once booked. */
  readonly eventId?: string;
  /** Whose calendar holds the event: absent for the forum's group calendar, else the organiser's address (booked from Outlook). */
  readonly eventOwner?: string;
  readonly joinUrl?: string;
  /** For a planning meeting: the meeting it prepares. */
  readonly prepares?: string;
  /** The idempotency key the meeting was created under (the plan's meetingRef, scoped to the forum). */
  readonly correlationId?: string;
  /** The secretariat's all-day calendar entries for this meeting's deadlines, by deadline kind. */
  readonly deadlineEvents?: Readonly<Record<string, string>>;
  /** The call for items: scheduled with the booking (deferred send), sent, or still to send ('sending': an older version's claim). */
  readonly callForItems?: CallForItemsState;
  /** When the call for items goes (or went) out, ISO UTC. */
  readonly callForItemsAt?: string;
  /**
   * Substitutes named for this meeting: member e-mail → substitute e-mail. As read from the Meetings item alone, the
   * secretariat's older map; where a store also read the meeting's Substitutes records (attendance, agenda, draft
   * minutes), the merged result of the rule in substitutes.ts.
   */
  readonly substitutes?: Readonly<Record<string, string>>;
  /** When the agenda was last sent (ISO UTC), and the content hash of what was sent. */
  readonly agendaSentAt?: string;
  readonly agendaHash?: string;
  /**
   * What that send sent, item by item, and which revision it was (src/domain/agenda-sent.ts). Read only where the
   * agenda is compared or sent (src/store/agenda/agenda-load.ts), not with every meeting: the first paint stays small.
   */
  readonly agendaSent?: SentAgenda;
  /** An agenda send in progress (or left by an attempt that died): whose, since when, under which correlation. */
  readonly agendaClaim?: Claim;
  /** A call for items being sent (or left by a sender that died). */
  readonly callForItemsClaim?: Claim;
  /** Opaque version tag for optimistic concurrency (the list item's eTag). */
  readonly etag: string;
}

export interface Submission {
  readonly id: string;
  readonly forumId: string;
  readonly title: string;
  readonly senderName: string;
  readonly senderAddress: string;
  readonly receivedAt: string;
  readonly status: SubmissionStatus;
  readonly meetingId?: string;
  readonly recommendations: readonly string[];
  readonly description: string;
  readonly presenter?: string;
  readonly durationMinutes?: number;
  readonly internetMessageId: string;
  /** Human reference used in receipts and subjects, e.g. "KSG-0042" (forum short name + item number). */
  readonly reference?: string;
  readonly conversationId?: string;
  /** What the sender wrote about the meeting it is meant for ("mødet 4. marts"), verbatim. */
  readonly meetingHint?: string;
  /** The case number (sagsnummer) the submission mail's subject carried. */
  readonly caseNumber?: string;
  readonly attachments?: readonly SubmissionAttachment[];
  /** Later mails in the same conversation, oldest first. */
  readonly followUps?: readonly SubmissionFollowUp[];
  /** Why it was declined or deferred, as the chairs wrote it. */
  readonly decisionReason?: string;
  readonly source?: SubmissionSource;
  /** The sender is not a member of the forum (nor a substitute). */
  readonly unknownSender?: boolean;
  /** The intake found the mail in the forum mailbox's Junk Email ("fundet i uønsket post"). */
  readonly foundInJunk?: boolean;
  /** The receipt mail to the sender: pending until sent once; 'off' when the forum does not send receipts. */
  readonly receipt?: ReceiptState;
  readonly etag: string;
}

export interface SubmissionAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  /** Where the file was copied in the forum's document library (web URL), once copied. */
  readonly url?: string;
}

export interface SubmissionFollowUp {
  readonly internetMessageId: string;
  readonly receivedAt: string;
  readonly senderAddress: string;
  /** The new text of the follow-up (quotes and signature removed), capped. */
  readonly text: string;
}

export interface AgendaItem {
  readonly id: string;
  readonly meetingId: string;
  readonly number: number;
  readonly title: string;
  readonly presenter?: string;
  readonly durationMinutes: number;
  readonly recommendations: readonly string[];
  readonly description: string;
  readonly standing: boolean;
  readonly submissionId?: string;
  /** A standing item's key (standing-items.ts), when it has one. */
  readonly standingKey?: string;
  /** The case number (sagsnummer) in the forum's case system, when known. */
  readonly caseNumber?: string;
  /** Åbent or Lukket (absent: open, as every item written before the choice existed). */
  readonly access?: AgendaItemAccess;
  /** Why a closed item is closed (offentlighedsloven's ground); absent on open items. */
  readonly closedReason?: ClosedReason;
  readonly etag: string;
  /** Who created and last changed the item (server-stamped): the agenda counts the secretariat's and the chairs'. */
  readonly stamp?: WriteStamp;
}

export interface MinutesVersion {
  readonly id: string;
  readonly meetingId: string;
  readonly version: number;
  /** SHA-256 of the frozen content, hex. */
  readonly contentHash: string;
  readonly status: MinutesVersionStatus;
  readonly createdAt: string;
  /** The rendered version in the meeting's folder. */
  readonly docxUrl?: string;
  readonly pdfUrl?: string;
  readonly pdfItemId?: string;
  /** How each co-chair was asked to approve (Teams activity feed, or mail when that could not reach them). */
  readonly requests?: readonly ApprovalRequestRecord[];
  /** The forum's approval deadline for this version (ISO UTC), and the reminders sent before it. */
  readonly approvalDeadline?: string;
  readonly remindedAt?: string;
  readonly remindedTo?: readonly string[];
  /** Set when the approved minutes were circulated and the PDF moved to the approved-minutes folder. */
  readonly finalAt?: string;
  readonly finalPdfUrl?: string;
  /** The chairs' answers the secretariat has seen (an answer that disappears later blocks circulation). */
  readonly seenAnswers?: readonly SeenAnswer[];
  /**
   * The audit trail as it was counted at circulation (written with FinalAt in the same If-Match write): a chair's
   * answer recorded afterwards is shown as late, never in place of the one counted (circulated-trail.ts).
   */
  readonly circulatedTrail?: CirculatedTrail;
  /** Who wrote the row: a version counts only when the secretariat created it and changed it last (forum-trust.ts). */
  readonly stamp?: WriteStamp;
  /** The list item's eTag (for recording requests and reminders with If-Match). */
  readonly etag?: string;
}

/** A chair's answer to a minutes version as the secretariat recorded it: who, what, which content, when. */
export interface RecordedAnswer {
  /** The Approvals item's id. */
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly decision: ApprovalDecision;
  readonly hash: string;
  /** When the chair answered (ISO UTC). */
  readonly at: string;
}

/** An answer to a minutes version as the secretariat's app saw it on the Approvals list (MinutesVersions.SeenAnswers). */
export interface SeenAnswer extends RecordedAnswer {
  /** Set when the answer had disappeared and the secretariat looked into it and let the minutes go on. */
  readonly dismissed?: { readonly by: string; readonly at: string };
}

/** One counted answer of a circulated version's trail, with the channel it came through. */
export interface TrailAnswer extends RecordedAnswer {
  readonly channel?: AnswerChannel;
  readonly comment?: string;
}

/** A circulated version's audit trail, frozen (MinutesVersions.CirculatedTrail, written by the secretariat only). */
export interface CirculatedTrail {
  /** When the minutes were circulated (ISO UTC). */
  readonly at: string;
  /** How many approvals the rule asked for then. */
  readonly required: number;
  /** The co-chairs as the secretariat listed them then. */
  readonly chairs: readonly { readonly email: string; readonly name: string; readonly organisation: string }[];
  /** Each chair's answer that counted (a chair without one had not answered). */
  readonly answers: readonly TrailAnswer[];
}

/** "Genåbn referat": the secretariat reopened a circulated version so a new one can be made (Meetings.MinutesReopened). */
export interface MinutesReopening {
  /** The circulated version reopened: its number and content hash. */
  readonly version: number;
  readonly hash: string;
  readonly reason: string;
  /** Who reopened it (as the secretariat's app named them) and when (ISO UTC). */
  readonly by: string;
  readonly at: string;
}

export interface ApprovalRequestRecord {
  /** The chair's address. */
  readonly email: string;
  readonly channel: ApprovalRequestChannel;
  /** ISO UTC. */
  readonly at: string;
  /** Why the activity feed could not reach them (e.g. "app not installed"), or why nothing could. */
  readonly reason?: string;
}

export interface ApprovalItemComment {
  readonly agendaItemId: string;
  readonly comment: string;
}

export interface Approval {
  readonly id: string;
  readonly minutesVersionId: string;
  readonly contentHash: string;
  readonly decision: ApprovalDecision;
  readonly comment?: string;
  /** Comments on single items of the version. */
  readonly itemComments?: readonly ApprovalItemComment[];
  /** Where the chair answered. */
  readonly channel?: AnswerChannel;
  /** Server-stamped author of the record, never a name the client wrote. */
  readonly createdBy: { readonly id: string; readonly name: string; readonly email?: string };
  readonly modifiedById: string;
  readonly createdAt: string;
}

export interface ActionItem {
  readonly id: string;
  readonly meetingId: string;
  readonly title: string;
  readonly ownerEmail: string;
  readonly ownerName: string;
  readonly due: string;
  readonly status: ActionStatus;
  readonly doneAt?: string;
  /** The agenda item whose Beslutning made the action, or the consultation whose outcome did. */
  readonly agendaItemId?: string;
  readonly consultationRef?: string;
  readonly notes?: string;
  readonly correlationId?: string;
  readonly reminderSentAt?: string;
  /** The reminder being sent (or left by a run that died). */
  readonly claim?: Claim;
  readonly etag?: string;
  /** Who created and last changed the item (server-stamped): reminders go only for the secretariat's (forum-trust.ts). */
  readonly stamp?: WriteStamp;
  /** The owner's mark ("<id>:<eTag>") the secretariat overrode when it opened the action again: it counts no longer. */
  readonly reopenedMark?: string;
  /** Done by its owner's own mark (action-marks.ts), not on the secretariat's item. */
  readonly doneBy?: 'owner';
  /** The owner's own record on ActionMarks, for their next write (undo). */
  readonly ownerMark?: { readonly id: string; readonly status: ActionStatus; readonly etag?: string };
}

/** A forum as a reader of members' lists needs it: where, and who the secretariat is (owners unread: as listed). */
export type ForumWithOwners = ForumRef & Pick<Forum, 'owners'>;

/** The signed-in person as the app knows them. */
export interface SignedInUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}
