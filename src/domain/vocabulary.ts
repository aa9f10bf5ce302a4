/**
 * Every closed set of the product, each spelled out once (docs/ARCHITECTURE.md, "Closed sets"). The union types, the
 * SharePoint lists' choice columns (store/schema.ts), the mappers that read them (store/mappers/) and the zod schemas
 * derive from these lists; a table keyed by a set's type (`Record<MeetingForm, …>`) fails to compile when a value is
 * missing. The values are what the lists hold: items written by older versions carry them, so a value is never
 * renamed here — only its labels (vocabulary-da.ts, the English resources) change. Order is the choice column's.
 */

/** A person's role in one forum. */
export const ROLES = ['member', 'chair', 'secretariat', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['hospital', 'psychiatry', 'municipality', 'general-practice', 'patient', 'region', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const FORUM_KINDS = ['steering-group', 'theme-group', 'working-group'] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

export const MEETING_KINDS = ['ordinary', 'extraordinary', 'planning', 'video'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** The meeting kinds a commissorium's regular series can have (extraordinary and planning meetings are not series). */
export const SERIES_MEETING_KINDS = ['ordinary', 'video'] as const satisfies readonly MeetingKind[];

export const MEETING_FORMS = ['physical', 'video', 'hybrid'] as const;
export type MeetingForm = (typeof MEETING_FORMS)[number];

export const MEETING_STATUSES = ['planned', 'booked', 'agenda-sent', 'held', 'minutes-approved', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The call for items of a meeting ('sending': how an older version claimed it; the claim is now its own column). */
export const CALL_FOR_ITEMS_STATES = ['pending', 'scheduled', 'sending', 'sent'] as const;
export type CallForItemsState = (typeof CALL_FOR_ITEMS_STATES)[number];

/** Where a non-standing agenda item came from. */
export const AGENDA_ITEM_SOURCES = ['submission', 'consultation'] as const;
export type AgendaItemSource = (typeof AGENDA_ITEM_SOURCES)[number];

export const SUBMISSION_STATUSES = ['new', 'accepted', 'deferred', 'declined'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** How a submission reached the forum: by mail, from the Outlook pane, or from the app's form. */
export const SUBMISSION_SOURCES = ['mail', 'outlook', 'form'] as const;
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number];

/** The receipt mail to a submission's sender: pending until sent once; 'off' when the forum does not send receipts. */
export const RECEIPT_STATES = ['pending', 'sending', 'sent', 'off'] as const;
export type ReceiptState = (typeof RECEIPT_STATES)[number];

export const MINUTES_VERSION_STATUSES = ['awaiting-approval', 'approved', 'superseded'] as const;
export type MinutesVersionStatus = (typeof MINUTES_VERSION_STATUSES)[number];

/** A chair's answer to a minutes version. */
export const APPROVAL_DECISIONS = ['approved', 'changes-requested'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** A chair's sign-off of a written consultation: only ever a yes (a chair who disagrees does not sign). */
export const SIGN_OFF_DECISIONS = ['approved'] as const satisfies readonly ApprovalDecision[];

/** Where a chair answered (an approval of minutes, a sign-off of a consultation). */
export const ANSWER_CHANNELS = ['teams', 'browser', 'outlook'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

/** How a chair was asked to approve minutes: the Teams activity feed, mail when that could not reach them, or neither. */
export const APPROVAL_REQUEST_CHANNELS = ['activity', 'mail', 'failed'] as const;
export type ApprovalRequestChannel = (typeof APPROVAL_REQUEST_CHANNELS)[number];

export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const CONSULTATION_STATUSES = ['draft', 'open', 'closed', 'awaiting-sign-off'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** What a reply to a written consultation says, as the parser classifies it. */
export const CONSULTATION_VERDICTS = ['approve', 'noComments', 'comments', 'objection'] as const;
export type ConsultationVerdict = (typeof CONSULTATION_VERDICTS)[number];

/**
 * Every value of a closed set in the order a list or a menu shows them: the rank table names each value, so one
 * left out (or one the set no longer has) fails to compile.
 */
export function inOrder<T extends string>(values: readonly T[], rank: Readonly<Record<T, number>>): readonly T[] {
  return [...values].sort((a, b) => rank[a] - rank[b]);
}

/** The ConsultationReplies.Verdict column's value of each verdict (the column spells one differently), and 'unknown'. */
export const VERDICT_VALUES = { approve: 'approve', noComments: 'no-comments', comments: 'comments', objection: 'objection' } as const satisfies Readonly<Record<ConsultationVerdict, string>>;
export const VERDICT_CHOICES = [...CONSULTATION_VERDICTS.map((v) => VERDICT_VALUES[v]), 'unknown'] as const;
