/**
 * The SharePoint lists that hold a forum's structured data, one per aggregate.
 * Used by the stores (column names), by `sekretariat provision` (creating the lists) and by the
 * sandbox seed. Columns used in $filter are indexed: Graph refuses filters on non-indexed
 * columns once a list passes the 5,000-item list view threshold. A choice column's choices are a closed set of
 * domain/vocabulary/, never spelled out here.
 */

import { CONSULTATION_STATUSES, VERDICT_CHOICES } from '../domain/vocabulary/consultation';
import { FORUM_KINDS, ORGANISATION_KINDS, ROLES } from '../domain/vocabulary/forum';
import { AGENDA_ITEM_ACCESS, CLOSED_REASONS } from '../domain/vocabulary/agenda-access';
import { AGENDA_ITEM_SOURCES, CALL_FOR_ITEMS_STATES, MEETING_FORMS, MEETING_KINDS, MEETING_STATUSES } from '../domain/vocabulary/meeting';
import {
  ACTION_STATUSES,
  ANSWER_CHANNELS,
  APPROVAL_DECISIONS,
  MINUTES_VERSION_STATUSES,
  SIGN_OFF_DECISIONS,
} from '../domain/vocabulary/minutes';
import { RECEIPT_STATES, SUBMISSION_SOURCES, SUBMISSION_STATUSES } from '../domain/vocabulary/submission';

export type ColumnType = 'text' | 'note' | 'number' | 'dateTime' | 'boolean' | 'choice';

export interface ColumnDef {
  readonly name: string;
  readonly type: ColumnType;
  readonly indexed?: boolean;
  readonly choices?: readonly string[];
  /** SharePoint's `enforceUniqueValues` (needs `indexed`): a second item with the same value is refused with 409. */
  readonly unique?: boolean;
}

export interface ListDef {
  readonly name: ListName;
  readonly description: string;
  readonly columns: readonly ColumnDef[];
}

export type ListName =
  | 'Forum'
  | 'Members'
  | 'Meetings'
  | 'AgendaItems'
  | 'Submissions'
  | 'MinutesVersions'
  | 'Approvals'
  | 'Actions'
  | 'ActionMarks'
  | 'Consultations'
  | 'ConsultationReplies'
  | 'SignOffs'
  | 'Substitutes';

const text = (name: string, indexed = false): ColumnDef => ({ name, type: 'text', indexed });
const note = (name: string): ColumnDef => ({ name, type: 'note' });
const num = (name: string, indexed = false): ColumnDef => ({ name, type: 'number', indexed });
const date = (name: string, indexed = false): ColumnDef => ({ name, type: 'dateTime', indexed });
const bool = (name: string): ColumnDef => ({ name, type: 'boolean' });
const choice = (name: string, choices: readonly string[], indexed = false): ColumnDef => ({
  name,
  type: 'choice',
  choices,
  indexed,
});

export const LISTS: readonly ListDef[] = [
  {
    name: 'Forum',
    description: 'The commissorium as data: one item holding the forum settings.',
    columns: [
      text('ShortName'),
      choice('Kind', FORUM_KINDS),
      text('Mailbox'),
      note('SettingsJson'),
      // The mail intake's delta link over the submission folder, shared by every secretary ({ key, link } JSON).
      note('IntakeDeltaLink'),
      // Issue 20 pt 5: the forum was ended and its work handed to a successor (JSON ForumEnding, domain/successor.ts).
      note('Successor'),
    ],
  },
  {
    name: 'Members',
    description: 'Members, chairs, secretariat and observers, with organisation and substitute.',
    columns: [
      text('Email', true),
      text('Organisation'),
      choice('OrganisationKind', ORGANISATION_KINDS),
      text('JobTitle'),
      choice('Role', ROLES, true),
      text('SubstituteEmail'),
      bool('External'),
    ],
  },
  {
    name: 'Meetings',
    description: 'Ordinary, extraordinary, video and planning meetings.',
    columns: [
      choice('Kind', MEETING_KINDS, true),
      date('Start', true),
      date('End'),
      choice('Form', MEETING_FORMS),
      text('Location'),
      // An extraordinary meeting's purpose: in its invitation, written again when the meeting moves.
      text('Purpose'),
      choice('Status', MEETING_STATUSES, true),
      text('EventId'),
      text('EventOwner'),
      text('JoinUrl'),
      // "plan:<group>:<meetingRef>" or "outlook:<event>": unique, so two bookings of the same year at once record each
      // meeting once (the second create is answered 409 and adopts the first's item).
      { ...text('CorrelationId', true), unique: true },
      text('Prepares', true),
      note('DeadlineEvents'),
      // 'sending' is how an older version claimed the call; the claim is now CallForItemsClaim.
      choice('CallForItems', CALL_FOR_ITEMS_STATES),
      date('CallForItemsAt'),
      // Owned claims (src/store/claims-store.ts: JSON { token, at, step, correlation? }) of the sends that must happen once:
      // the call for items, the agenda (AgendaSendingAt: the time column of an older version's claims), the circulation.
      note('CallForItemsClaim'),
      note('Substitutes'),
      date('AgendaSentAt'),
      text('AgendaHash'),
      // What the agenda send sent (JSON SentAgenda: revision, items, fingerprints), to tell the secretariat what changed.
      note('AgendaSent'),
      text('AgendaSending'),
      date('AgendaSendingAt'),
      // Minutes (issue 6): the edited attendance (JSON MinutesAttendee[]); circulation of the approved minutes once.
      note('MinutesAttendance'),
      date('MinutesCirculatedAt'),
      text('MinutesHash'),
      note('MinutesCirculation'),
      // "Genåbn referat" (issue 15): JSON [{ version, hash, reason, by, at }], the circulated versions the secretariat
      // reopened so that a new one may be made; counts only while the secretariat wrote the item last.
      note('MinutesReopened'),
    ],
  },
  {
    name: 'AgendaItems',
    description: 'The items of a meeting, in order, with recommendation and case.',
    columns: [
      text('MeetingId', true),
      num('Number'),
      text('Presenter'),
      num('DurationMinutes'),
      note('Recommendations'),
      note('Description'),
      bool('Standing'),
      text('SubmissionId', true),
      note('Referat'),
      note('Beslutning'),
      // Planning (issue 5): which standing item this is ("welcome", "any-other-business" …), so each is created once.
      text('StandingKey'),
      // Where a non-standing item came from: a written consultation's outcome is added as a written item.
      choice('Source', AGENDA_ITEM_SOURCES),
      text('ConsultationRef', true),
      // In the meeting (issue 19 pt 4): when the secretariat marked the item as running; the latest mark is the
      // running item, and the side panel's clock counts ahead or behind from it (domain/meeting-panel/meeting-clock.ts).
      date('StartedAt'),
      // Issue 20 pt 5: "handover:<old group>" on the successor's item listing what an ended forum handed over (made once).
      text('CarriedFrom', true),
      // The public record (issue 20): the case number, and Åbent/Lukket with offentlighedsloven's ground.
      text('CaseNumber'),
      choice('Access', AGENDA_ITEM_ACCESS),
      choice('ClosedReason', CLOSED_REASONS),
    ],
  },
  {
    name: 'Submissions',
    description: 'Agenda items submitted by mail (sagsfremstillinger).',
    columns: [
      { ...text('InternetMessageId', true), unique: true },
      text('ConversationId', true),
      text('SenderName'),
      text('SenderAddress', true),
      date('ReceivedAt', true),
      choice('Status', SUBMISSION_STATUSES, true),
      text('MeetingId', true),
      note('Recommendations'),
      note('Description'),
      text('Presenter'),
      num('DurationMinutes'),
      text('MeetingHint'),
      // The case number the submission mail's subject carried (issue 20), copied to its agenda item on acceptance.
      text('CaseNumber'),
      // Not 'Attachments': SharePoint's own read-only field of every list item has that name.
      note('AttachmentsJson'),
      note('FollowUps'),
      note('DecisionReason'),
      choice('Source', SUBMISSION_SOURCES),
      bool('UnknownSender'),
      // The intake found the mail in the forum mailbox's Junk Email (issue 14): shown as "fundet i uønsket post".
      bool('FoundInJunk'),
      choice('Receipt', RECEIPT_STATES, true),
      // The mail intake's attempt that recorded the item (a random token per sync): a create whose answer was lost
      // is retried, gets 409 on InternetMessageId, and finds its own token here — its item, its receipt to send.
      text('ReceiptClaim'),
      // Planning (issue 5): the decision mailed to the submitter ("accepted:<meetingId>"; "sending:…" while an older
      // version's attempt claimed it).
      text('DecisionNotified'),
      // The attempt mailing the decision (an owned claim, src/domain/claims.ts, with the mail's correlation id).
      text('DecisionMailClaim'),
    ],
  },
  {
    name: 'MinutesVersions',
    description: 'Immutable snapshots of draft minutes, each with its SHA-256 content hash.',
    columns: [
      text('MeetingId', true),
      num('Version'),
      text('ContentHash', true),
      choice('Status', MINUTES_VERSION_STATUSES, true),
      note('SnapshotJson'),
      // "<meetingId>:<version>": unique, so two people sending to the chairs at once never make two version 3s.
      { ...text('VersionKey', true), unique: true },
      text('DocxUrl'),
      text('PdfUrl'),
      text('PdfItemId'),
      // Who was asked how (JSON: [{ email, channel 'activity'|'mail'|'failed', at, error? }]), and the reminders.
      note('Requests'),
      // Asking the chairs or reminding them, in progress: an owned claim (src/store/claims-store.ts).
      note('Claim'),
      date('ApprovalDeadline', true),
      date('RemindedAt'),
      note('RemindedTo'),
      // Final: circulated to members and guests, the PDF moved to the approved-minutes folder.
      date('FinalAt'),
      text('FinalPdfUrl'),
      // The chairs' answers the secretariat has seen (JSON: [{ id, email, decision, hash, at }]): an answer that later
      // disappears from Approvals is noticed and blocks circulation until a person looks (docs/SECURITY.md).
      note('SeenAnswers'),
      // The audit trail as counted at circulation (JSON { at, required, chairs, answers }), written with FinalAt: a
      // chair's answer recorded later is shown as late and never replaces the one counted (circulated-trail.ts).
      note('CirculatedTrail'),
    ],
  },
  {
    name: 'Approvals',
    description: "Chairs' approvals; each names a version hash. Users edit only their own items.",
    columns: [
      text('MinutesVersionId', true),
      text('MeetingId', true),
      text('ContentHash', true),
      choice('Decision', APPROVAL_DECISIONS),
      note('Comment'),
      // Comments on single items (JSON: [{ agendaItemId, comment }]), and the channel the answer came through.
      note('ItemComments'),
      choice('Channel', ANSWER_CHANNELS),
    ],
  },
  {
    name: 'Actions',
    description: "Follow-up on decisions: what, owner, due date. The secretariat's; an owner marks theirs done in ActionMarks.",
    columns: [
      text('MeetingId', true),
      text('OwnerEmail', true),
      text('OwnerName'),
      date('Due', true),
      choice('Status', ACTION_STATUSES, true),
      date('DoneAt'),
      // Where the action came from: the agenda item whose Beslutning made it, or a consultation's outcome.
      text('AgendaItemId', true),
      text('ConsultationRef', true),
      note('Notes'),
      // The creating dialog's id: a retried create finds the action it made instead of a second one.
      { ...text('CorrelationId', true), unique: true },
      date('ReminderSentAt'),
      // The reminder being sent: an owned claim (src/store/claims-store.ts).
      note('Claim'),
      // The secretariat opened again an action its owner had marked done: that mark ("<id>:<eTag>") no longer counts.
      text('ReopenedMark'),
    ],
  },
  {
    name: 'ActionMarks',
    description:
      "An action's owner marks it done (or open again): their own record, counted only for the action's owner. Users add and edit only their own items.",
    columns: [text('ActionId', true), choice('Status', ACTION_STATUSES)],
  },
  {
    name: 'Consultations',
    description: 'Written consultations (skriftlige høringer) by e-mail.',
    columns: [
      date('Deadline', true),
      choice('Status', CONSULTATION_STATUSES, true),
      note('Question'),
      note('Recommendations'),
      note('Description'),
      note('Outcome'),
      // "KSG-2027-03": unique, so two consultations started at once never share a reference.
      { ...text('Reference', true), unique: true },
      // The id the starting dialog made: a retried create finds the consultation it made instead of a second one.
      { ...text('CorrelationId', true), unique: true },
      note('RecipientsJson'),
      note('AttachmentsJson'),
      date('ReminderAt', true),
      date('ReminderSentAt'),
      note('RemindedTo'),
      date('SentAt'),
      note('SentTo'),
      bool('SignOffRequired'),
      date('ClosedAt'),
      date('OutcomeSentAt'),
      text('OutcomeMeetingId'),
      text('OutcomeItemId'),
      // A send in progress: an owned claim (src/store/claims-store.ts) so two secretaries never both send.
      note('Claim'),
      // The Graph conversations the consultation's own mails started (JSON array): replies are matched by them too.
      note('Conversations'),
    ],
  },
  {
    name: 'ConsultationReplies',
    description: 'Replies to a consultation, matched to recipient and classified.',
    columns: [
      text('ConsultationId', true),
      text('SenderAddress', true),
      { ...text('InternetMessageId', true), unique: true },
      choice('Verdict', VERDICT_CHOICES),
      note('Comment'),
      date('ReceivedAt'),
      // The consultation's reference as the reply's subject names it ("KSG-2027-03"), and who wrote.
      text('ConsultationRef', true),
      text('SenderName'),
      // The secretariat corrected the parser's verdict by hand.
      bool('Corrected'),
    ],
  },
  {
    name: 'SignOffs',
    description:
      "Chairs' sign-off of a written consultation before it is sent; each names the consultation's content hash. Users add and edit only their own items.",
    columns: [
      text('ConsultationId', true),
      text('ContentHash', true),
      choice('Decision', SIGN_OFF_DECISIONS),
      note('Comment'),
      choice('Channel', ANSWER_CHANNELS),
    ],
  },
  {
    name: 'Substitutes',
    description:
      "Substitutes named for a meeting: a member names their own, the secretariat anyone's. Who named one is the item's author. Users add and edit only their own items.",
    columns: [
      text('MeetingId', true),
      // Whom the substitute stands in for, and who they are (lower-case addresses; the name as the person typed it).
      text('MemberEmail', true),
      text('SubstituteEmail'),
      text('SubstituteName'),
    ],
  },
];

export function listDef(name: ListName): ListDef {
  const def = LISTS.find((l) => l.name === name);
  if (!def) throw new Error(`Unknown list ${name}`);
  return def;
}
