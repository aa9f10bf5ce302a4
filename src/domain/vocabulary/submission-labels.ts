import type { SubmissionStatus } from './submission';

/** The Danish labels of the submissions' closed sets, once for every output (meeting-labels.ts says how they are used). */
export const SUBMISSION_DA: { readonly status: Readonly<Record<SubmissionStatus, string>> } = {
  status: { new: 'Modtaget', accepted: 'På dagsordenen', deferred: 'Udsat til et senere møde', declined: 'Ikke optaget' },
};
