import { SUBMISSION_DA } from '../../domain/vocabulary/submission-labels';

/** A member's home (namespace `member`): the member's submitted items and next meeting, Danish; loaded with the role's home (lazyView). */
export const memberDa = {
  title: 'Mine møder – {{forum}}',
  myItems: 'Mine indsendte punkter',
  myItemsEmpty: 'Du har ikke indsendt punkter det seneste år. Send en sagsfremstilling til {{mailbox}} for at få et punkt på dagsordenen.',
  submitted: 'Indsendt {{date}}',
  submissionStatus: SUBMISSION_DA.status,
  nextMeeting: 'Næste møde',
  noNextMeeting: 'Der er ikke planlagt flere møder.',
};
