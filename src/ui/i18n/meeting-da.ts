import { MEETING_DA } from '../../domain/vocabulary/meeting-labels';

/**
 * A meeting as the homes and the meeting dialog show it (namespace `meeting`): kind, status, form, place, agenda;
 * "Skriv referat". Danish; loaded with the views that show meetings (lazyView).
 */
export const meetingDa = {
  kind: MEETING_DA.kind,
  status: MEETING_DA.status,
  form: MEETING_DA.form,
  teams: 'Teams-møde',
  noLocation: 'Sted ikke fastlagt',
  prepares: 'Forbereder {{title}}',
  agenda: 'Dagsorden',
  agendaEmpty: 'Der er endnu ingen punkter på dagsordenen.',
  agendaLoading: 'Indlæser dagsorden …',
  presenter: 'v. {{name}}',
  minutes: '{{count}} min.',
  writeMinutes: {
    open: 'Skriv referat',
    openHint: 'Referat og beslutning for hvert punkt, og hvem der deltog',
  },
};
