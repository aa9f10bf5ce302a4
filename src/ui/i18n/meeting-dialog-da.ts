/** The meeting dialog's sections and actions (`meetingDialog.*`), Danish; added with the dialog (addMeetingDialogStrings). */
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
