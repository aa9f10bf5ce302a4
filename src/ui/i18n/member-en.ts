import type { memberDa } from './member-da';

/** A member's home (namespace `member`): the member's submitted items and next meeting, English. */
export const memberEn: typeof memberDa = {
  title: 'My meetings – {{forum}}',
  myItems: 'Items I submitted',
  myItemsEmpty: 'You have not submitted any items in the last year. Send a case presentation to {{mailbox}} to put an item on the agenda.',
  submitted: 'Submitted {{date}}',
  submissionStatus: { new: 'Received', accepted: 'On the agenda', deferred: 'Deferred to a later meeting', declined: 'Not included' },
  nextMeeting: 'Next meeting',
  noNextMeeting: 'No further meetings are scheduled.',
};
