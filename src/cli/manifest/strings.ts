/**
 * Every user-visible text in the manifest, Danish (the manifest's default language) and English
 * (shipped as a localization file in the package).
 */
export interface ManifestStrings {
  readonly nameShort: string;
  readonly nameFull: string;
  readonly descriptionShort: string;
  readonly descriptionFull: string;
  readonly homeTab: string;
  readonly approvalRequested: { readonly description: string; readonly templateText: string };
  readonly approvalReminder: { readonly description: string; readonly templateText: string };
  readonly ribbonGroup: string;
  readonly addToAgenda: Command;
  readonly submitItem: Command;
  readonly planMeeting: Command;
}

export interface Command {
  readonly label: string;
  readonly tipTitle: string;
  readonly tipDescription: string;
}

export const DA: ManifestStrings = {
  nameShort: 'Sekretariat',
  nameFull: 'Sekretariat – møder, dagsordener og referater',
  descriptionShort: 'Styregruppens mødeår i Teams og Outlook: dagsordener, referater og godkendelser.',
  descriptionFull:
    'Sekretariat driver en styregruppes mødeår i Microsoft 365: planlæg ordinære, ekstraordinære og ' +
    'planlægningsmøder, modtag punkter til dagsordenen pr. mail, udsend dagsorden og referat, få referatet ' +
    'godkendt af formandskabet i Teams, følg op på beslutninger og gennemfør skriftlige høringer. Alle data ' +
    'bliver i jeres egen Microsoft 365-organisation; medlemmer uden for organisationen behøver kun e-mail.',
  homeTab: 'Mit overblik',
  approvalRequested: {
    description: 'Et referat venter på din godkendelse',
    templateText: '{actor} beder dig godkende referatet for {meeting}',
  },
  approvalReminder: {
    description: 'Påmindelse om et referat, der venter på godkendelse',
    templateText: 'Referatet for {meeting} venter stadig på din godkendelse',
  },
  ribbonGroup: 'Sekretariat',
  addToAgenda: {
    label: 'Tilføj til dagsorden',
    tipTitle: 'Tilføj mailen til dagsordenen',
    tipDescription: 'Opret et punkt til et kommende møde ud fra denne mail og dens bilag.',
  },
  submitItem: {
    label: 'Indsend dagsordenspunkt',
    tipTitle: 'Indsend et punkt til dagsordenen',
    tipDescription: 'Skriv sagsfremstilling og indstilling i den faste skabelon, så sekretariatet kan modtage punktet.',
  },
  planMeeting: {
    label: 'Book som forummøde',
    tipTitle: 'Book aftalen som forummøde',
    tipDescription:
      'Vælg forum og mødetype: emne, deltagere, invitation, sted, varighed og Teams-link udfyldes, og mødet kommer i forummets mødeår.',
  },
};

export const EN: ManifestStrings = {
  nameShort: 'Sekretariat',
  nameFull: 'Sekretariat – meetings, agendas and minutes',
  descriptionShort: "A steering group's meetings in Teams and Outlook: agendas, minutes, approvals.",
  descriptionFull:
    "Sekretariat runs a steering group's year of meetings in Microsoft 365: schedule ordinary, extraordinary " +
    'and planning meetings, take agenda items by e-mail, send the agenda and the minutes, have the co-chairs ' +
    'approve the minutes in Teams, follow up on decisions and run written consultations. All data stays in ' +
    'your own Microsoft 365 organisation; members outside it need nothing but e-mail.',
  homeTab: 'My overview',
  approvalRequested: {
    description: 'Minutes are awaiting your approval',
    templateText: '{actor} asks you to approve the minutes of {meeting}',
  },
  approvalReminder: {
    description: 'Reminder about minutes awaiting approval',
    templateText: 'The minutes of {meeting} are still awaiting your approval',
  },
  ribbonGroup: 'Sekretariat',
  addToAgenda: {
    label: 'Add to agenda',
    tipTitle: 'Add this e-mail to the agenda',
    tipDescription: 'Create an item for an upcoming meeting from this e-mail and its attachments.',
  },
  submitItem: {
    label: 'Submit agenda item',
    tipTitle: 'Submit an item for the agenda',
    tipDescription: 'Write the case and the recommendation in the standard template so the secretariat can take the item.',
  },
  planMeeting: {
    label: 'Book as forum meeting',
    tipTitle: 'Book the appointment as a forum meeting',
    tipDescription:
      "Choose the forum and kind of meeting: subject, attendees, invitation, location, duration and Teams link are filled in, and the meeting goes into the forum's year.",
  },
};
