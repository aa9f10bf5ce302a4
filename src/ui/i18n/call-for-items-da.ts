/** The callForItems strings (namespace `callForItems`), Danish; added with the views that use them (namespaces.ts). */
export const callForItemsDa = {
  due: 'Send indkaldelse af punkter til mødet {{meeting}}',
  dueHint: 'Frist for punkter: {{date}}. Mailen går fra {{mailbox}} til {{count}} medlemmer med en skabelon til sagsfremstillingen.',
  needsChecking: 'Tjek indkaldelsen til mødet {{meeting}}',
  needsCheckingHint:
    'Afsendelsen blev påbegyndt, men ikke bekræftet. Se i Sendt post i {{mailbox}}, om mailen er gået, før den sendes igen.',
  send: 'Send indkaldelse nu',
  sendFor: 'Send indkaldelse nu til mødet {{meeting}}',
  sending: 'Sender indkaldelse af punkter …',
  sent_one: 'Indkaldelsen til mødet {{meetings}} er sendt til {{recipients}} medlemmer.',
  sent_other: 'Indkaldelserne til møderne {{meetings}} er sendt.',
  claimedElsewhere: 'Indkaldelsen til {{meetings}} sendes allerede af en anden.',
  notSent: 'Indkaldelsen til {{meetings}} kunne ikke sendes: fristen er overskredet, eller forummet mangler postkasse eller medlemmer.',
  stuck: 'Tjek indkaldelsen til {{meetings}} i forummets Sendt post.',
  failed: 'Microsoft 365 afviste indkaldelsen til {{meetings}}. Prøv igen senere.',
  nothing: 'Der var ingen indkaldelse at sende.',
  error: 'Indkaldelsen kunne ikke sendes. Prøv igen – der er ikke sendt noget to gange.',
};
