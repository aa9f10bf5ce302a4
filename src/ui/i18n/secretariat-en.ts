import type { secretariatDa } from './secretariat-da';

/** The secretariat's home (namespace `secretariat`): its title, the year and the waiting work's headings, English. */
export const secretariatEn: typeof secretariatDa = {
  title: 'Secretariat – {{forum}}',
  year: 'Meetings in {{year}}',
  yearEmpty: 'There are no meetings in {{year}} yet. Plan the year to book them.',
  todo: 'To do',
  todoEmpty: 'Nothing is waiting for you right now.',
  newSubmissions_one: '{{count}} new item to review',
  newSubmissions_other: '{{count}} new items to review',
  newSubmissionsHint: "Sent to the secretariat's mailbox. Presented at the planning meeting.",
  minutesAwaiting_one: '{{count}} set of minutes awaits the chairs’ approval',
  minutesAwaiting_other: '{{count}} sets of minutes await the chairs’ approval',
  approvalsProgress: '{{approved}} of {{chairs}} chairs have approved version {{version}} of the minutes of {{meeting}}',
  submissionDeadline: 'Deadline for items for {{meeting}}: {{date}}',
  agendaDeadline: 'The agenda goes out by {{date}}',
  from: 'from {{name}}',
};
