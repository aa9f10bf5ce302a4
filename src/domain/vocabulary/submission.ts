/** The submissions' closed sets, each spelled out once (docs/ARCHITECTURE.md, "Closed sets"). */

export const SUBMISSION_STATUSES = ['new', 'accepted', 'deferred', 'declined'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** How a submission reached the forum: by mail, from the Outlook pane, or from the app's form. */
export const SUBMISSION_SOURCES = ['mail', 'outlook', 'form'] as const;
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number];

/** The receipt mail to a submission's sender: pending until sent once; 'off' when the forum does not send receipts. */
export const RECEIPT_STATES = ['pending', 'sending', 'sent', 'off'] as const;
export type ReceiptState = (typeof RECEIPT_STATES)[number];
