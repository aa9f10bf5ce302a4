import type { meetingDa } from './meeting-da';

/** A meeting as the homes and the meeting dialog show it (namespace `meeting`), English. */
export const meetingEn: typeof meetingDa = {
  kind: { ordinary: 'Ordinary meeting', extraordinary: 'Extraordinary meeting', planning: 'Planning meeting', video: 'Video meeting' },
  status: {
    planned: 'Planned',
    booked: 'Booked',
    'agenda-sent': 'Agenda sent',
    held: 'Held',
    'minutes-approved': 'Minutes approved',
    cancelled: 'Cancelled',
  },
  form: { physical: 'In person', video: 'Video meeting', hybrid: 'In person with the option to join online' },
  teams: 'Teams meeting',
  noLocation: 'Place not decided',
  prepares: 'Prepares {{title}}',
  agenda: 'Agenda',
  agendaEmpty: 'There are no items on the agenda yet.',
  agendaLoading: 'Loading agenda …',
  presenter: 'by {{name}}',
  minutes: '{{count}} min',
  writeMinutes: {
    open: 'Write minutes',
    openHint: 'Minutes and decision for each item, and who took part',
  },
};
