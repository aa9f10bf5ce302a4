/** The minutes' and the chairs' answers' closed sets, each spelled out once (docs/ARCHITECTURE.md, "Closed sets"). */

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

/** A follow-up action on a decision. */
export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
