/**
 * Outlook's "Tilføj til dagsorden" and "Indsend dagsordenspunkt" (namespace `outlookIntake`). They load with the forms, not
 * with the task pane's first paint (bench/budgets.json): the lazy boundary of the views that use them loads them (lazyView).
 */
export const outlookIntakeDa = {
  fields: {
    title: 'Titel',
    recommendations: 'Indstilling',
    recommendationsHint: 'Én indstilling pr. linje, fx "at klyngestyregruppen godkender …".',
    description: 'Sagsfremstilling',
    presenter: 'Oplægsholder',
    presenterHint: 'Navn og organisation.',
    duration: 'Tidsforbrug (minutter)',
    meeting: 'Møde',
    forum: 'Forum',
  },
  problems: {
    required: 'Skal udfyldes.',
    tooLong: 'Højst {{max}} tegn.',
    duration: 'Skriv et helt antal minutter fra 1 til {{max}}.',
    recommendationsRequired: 'Skriv mindst én indstilling.',
  },
  meetingOption: '{{title}} – {{when}}',
  meetingClosed: '{{title}} – {{when}} (fristen er overskredet)',
  noMeetings: 'Forummet har ingen kommende møder. Punktet kommer på listen over punkter til kommende møder.',
  deadline: 'Frist for punkter: {{date}}',
  read: {
    title: 'Tilføj til dagsorden',
    intro: 'Felterne er læst ud af mailen. Ret dem til, vælg mødet, og tilføj punktet. Bilag kopieres til mødets mappe.',
    loading: 'Læser mailen …',
    notFound:
      'Mailen kunne ikke findes via Microsoft Graph. Er den i din egen indbakke eller i forummets fælles postkasse, og har du adgang til postkassen?',
    noItemId: 'Outlook har ikke givet mailens id endnu. Vælg mailen igen om lidt, eller åbn den i sit eget vindue.',
    noMessageId: 'Mailen har intet Message-ID, så den kan ikke tilføjes som punkt.',
    sender: 'Afsender',
    unknownSender: 'Ukendt afsender: {{address}} er ikke medlem af {{forum}}.',
    knownSender: 'Medlem af {{forum}}',
    attachments: 'Bilag',
    noAttachments: 'Ingen bilag.',
    attachment: '{{name}} ({{size}})',
    notCopiedWithoutMeeting: 'Bilagene bliver i mailen, indtil punktet får et møde.',
    autoReply: 'Mailen ligner et automatisk svar. Tilføj den kun, hvis den virkelig er et punkt.',
    saveCorrections: 'Gem rettelser på punktet',
    create: 'Tilføj til dagsorden',
    summary: {
      label: 'Mailen på dagsordenen',
      status: 'Status',
      meeting: 'Møde',
      checking: 'Ser efter …',
      notYet: 'Ikke tilføjet endnu',
      noMeeting: 'Intet møde endnu',
      // The home holds this year's meetings and later ones.
      earlierMeeting: 'Et tidligere møde',
      new: 'modtaget, afventer formandskabet',
      accepted: 'sat på dagsordenen',
      deferred: 'udsat',
      declined: 'afvist',
    },
    creating: 'Opretter punktet og kopierer bilag …',
    created: 'Punktet {{reference}} "{{title}}" er oprettet.',
    createdWithFiles: 'Punktet {{reference}} "{{title}}" er oprettet, og {{count}} bilag er kopieret til mødets mappe.',
    alreadyEditable:
      'Mailen er allerede tilføjet som {{reference}} "{{title}}". Tryk på knappen for at gemme dine rettelser på det punkt – der oprettes ikke et nyt.',
    alreadyCorrected: 'Mailen var allerede tilføjet som {{reference}}. Dine rettelser er gemt på punktet "{{title}}".',
    alreadyDecided:
      'Mailen var allerede tilføjet som {{reference}} "{{title}}", og formandskabet har taget stilling til det. Dine rettelser er ikke gemt – ret punktet i Planlægning.',
    already: 'Mailen er allerede tilføjet som {{reference}} "{{title}}". Der er ikke oprettet et nyt punkt.',
  },
  compose: {
    title: 'Indsend dagsordenspunkt',
    intro:
      'Udfyld punktet. Sekretariat skriver det ind i mailen til {{mailbox}} i den faste skabelon; du kan vedhæfte bilag og sende som sædvanligt.',
    write: 'Skriv i mailen',
    writing: 'Skriver i mailen …',
    written: 'Mailen er udfyldt til {{mailbox}}. Vedhæft eventuelle bilag, og send den.',
    notMember: 'Du er ikke medlem af et forum, der tager imod punkter.',
  },
};
