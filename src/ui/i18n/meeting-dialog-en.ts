import type { meetingDialogDa } from './meeting-dialog-da';

/** English for namespace `meetingDialog`. */
export const meetingDialogEn: typeof meetingDialogDa = {
  sections: 'Sections of the meeting',
  actions: 'Actions',
  agenda: 'Agenda',
  attendees: 'Attendees',
  minutes: 'Minutes',
  sendAgenda: 'Send agenda',
  openMinutes: 'Go to the minutes',
  circulate: 'Circulate minutes',
  closedItem: 'Closed item',
  caseNumber: 'Case no. {{number}}',
};
