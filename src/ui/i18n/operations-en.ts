import type { operationsDa } from './operations-da';

/** The secretariat's "Driftsstatus" (namespace `operations`), English. */
export const operationsEn: typeof operationsDa = {
  title: 'Operations status',
  intro_one: 'A step is stuck: it was started but not finished.',
  intro_other: '{{count}} steps are stuck: they were started but not finished.',
  line: '{{step}}: {{title}} – started {{since}}',
  lineNoTime: '{{step}}: {{title}}',
  resumable: 'Press the button again: the next attempt takes it over and finishes it without sending anything twice.',
  resumableByRun: 'The unattended run takes it over and finishes it without sending anything twice – nothing for you to do.',
  check: "Check the forum mailbox's Sent Items before it is sent again – nothing is sent again by itself.",
  steps: {
    'agenda-send': 'Sending the agenda',
    'minutes-circulation': 'Circulating the minutes',
    'call-for-items': 'Call for items',
    'consultation-send': 'Sending a consultation',
    'consultation-remind': 'Consultation reminder',
    'consultation-close': 'Closing a consultation',
    'approval-request': 'Asking the co-chairs to approve minutes',
    'approval-reminder': 'Minutes approval reminder',
    'action-reminder': 'Action reminder',
    'decision-mail': 'Decision mail to the submitter',
  },
};
