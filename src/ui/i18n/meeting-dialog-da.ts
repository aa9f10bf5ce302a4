/** The meeting dialog's sections and actions (namespace `meetingDialog`), Danish; added with the dialog (namespaces.ts). */
export const meetingDialogDa = {
  sections: 'Afsnit i mødet',
  actions: 'Handlinger',
  agenda: 'Dagsorden',
  attendees: 'Deltagere',
  minutes: 'Referat',
  sendAgenda: 'Send dagsorden',
  openMinutes: 'Gå til referatet',
  circulate: 'Udsend referat',
  closedItem: 'Lukket punkt',
  caseNumber: 'Sagsnr. {{number}}',
};
