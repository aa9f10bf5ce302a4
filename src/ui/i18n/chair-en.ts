import type { chairDa } from './chair-da';

/** The co-chairs' home (namespace `chair`): the approval queue and the next meetings, English. */
export const chairEn: typeof chairDa = {
  title: 'Chairs – {{forum}}',
  queue: 'Awaiting approval',
  queueEmpty: 'No minutes are waiting for your approval',
  queueItem: 'Minutes of {{meeting}}, version {{version}}',
  queueProgress: '{{approved}} of {{chairs}} chairs have approved',
  nextMeeting: 'Next meeting',
  planningMeeting: 'Planning meeting',
  noPlanning: 'No planning meeting is scheduled before the next meeting.',
};
