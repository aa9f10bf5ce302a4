/**
 * The agenda actions' strings (namespace `agenda`). They load with the secretariat's agenda actions, not with every
 * person's first paint (bench/budgets.json): the lazy boundary of the views that use them loads them (lazyView).
 */
export const agendaDa = {
  group: 'Dagsorden: dan og send',
  generate: 'Dan dagsorden',
  generating: 'Danner dagsordenen (Word og PDF) …',
  generated: 'Dagsordenen er dannet i mødets mappe.',
  overrun: 'Punkterne varer {{count}} minutter længere end mødet.',
  docx: 'Dagsorden (Word)',
  pdf: 'Dagsorden (PDF)',
  send: 'Send dagsorden',
  sendRevised: 'Send revideret dagsorden',
  confirmSend: 'Dagsordenen sendes med PDF til alle medlemmer og inviterede, og mødet i kalenderen får dagsordenen. Send nu?',
  confirmRevised:
    'Den reviderede dagsorden sendes med PDF og listen over ændringer til alle medlemmer og inviterede og erstatter den tidligere. Send nu?',
  confirm: 'Send',
  cancel: 'Fortryd',
  sending: 'Sender dagsordenen …',
  sent_one: 'Dagsordenen er sendt til {{count}} modtager.',
  sent_other: 'Dagsordenen er sendt til {{count}} modtagere.',
  sentRevised_one: 'Den reviderede dagsorden er sendt til {{count}} modtager.',
  sentRevised_other: 'Den reviderede dagsorden er sendt til {{count}} modtagere.',
  eventNotUpdated: 'Mødet i kalenderen kunne ikke opdateres med dagsordenen.',
  unchanged: 'Dagsordenen er ikke ændret siden den blev sendt. Intet er sendt igen.',
  claimed: 'Dagsordenen er ved at blive sendt af en anden. Prøv igen om lidt.',
  sentAt: 'Dagsordenen blev sendt {{date}} kl. {{time}}.',
  notSent: 'Dagsordenen er ikke sendt endnu.',
  checking: 'Ser efter ændringer siden udsendelse …',
  checkFailed: 'Det kunne ikke ses, om dagsordenen er ændret siden udsendelse.',
  notChanged: 'Dagsordenen er ikke ændret siden udsendelse. Ændres den, kan den sendes igen som revideret dagsorden.',
  changedTitle: 'Dagsordenen er ændret siden udsendelse',
  change: {
    added: 'Nyt punkt {{number}}: „{{title}}“ ({{slot}})',
    removed: 'Punkt {{number}} „{{title}}“ er fjernet',
    moved: 'Punkt {{from}} „{{title}}“ er flyttet til punkt {{to}} ({{slot}})',
    retitled: 'Punkt {{number}} har fået ny titel: „{{to}}“ (før „{{from}}“)',
    presenter: 'Punkt {{number}} „{{title}}“: ny oplægsholder {{to}} (før {{from}})',
    presenterNew: 'Punkt {{number}} „{{title}}“: ny oplægsholder {{to}}',
    presenterRemoved: 'Punkt {{number}} „{{title}}“: ingen oplægsholder (før {{from}})',
    duration: 'Punkt {{number}} „{{title}}“: nu {{to}} min. (før {{from}} min.), {{slot}}',
    item: 'Punkt {{number}}',
    items: 'Punkt {{first}}–{{last}}',
    later: '{{items}} starter {{minutes}} min. senere',
    earlier: '{{items}} starter {{minutes}} min. tidligere',
    content: 'Punkt {{number}} „{{title}}“: indstilling, beskrivelse eller bilag er ændret',
    meeting: 'Mødets oplysninger eller de inviterede er ændret',
    unknown: 'Indholdet er ændret',
  },
  failed: 'Det lykkedes ikke. Prøv igen — dagsordenen sendes aldrig to gange.',
  itemsChanged_one:
    'Punktet {{items}} er tilføjet eller ændret af andre end sekretariatet og formandskabet, så intet er dannet eller sendt. Se det igennem i planlægningen: fjern det, eller ret og gem det, så det er jeres.',
  itemsChanged_other:
    'Punkterne {{items}} er tilføjet eller ændret af andre end sekretariatet og formandskabet, så intet er dannet eller sendt. Se dem igennem i planlægningen: fjern dem, eller ret og gem dem, så de er jeres.',
  meetingChanged:
    'Mødets oplysninger er ændret af {{by}}, ikke af sekretariatet, så intet er dannet eller sendt. Tjek tid, sted og link her i mødet – ret dem i Outlook, hvis de er forkerte – og bekræft dem.',
  confirmMeeting: 'Bekræft mødets oplysninger',
  meetingConfirmed: 'Mødets oplysninger er bekræftet som sekretariatets.',
  meetingConfirmConflict: 'Mødet er ændret igen, siden det blev vist. Opdater og tjek det igen.',
  unconfirmedRows_one:
    '{{names}} står i medlemslisten i en række, som sekretariatet ikke har skrevet, og får ikke dagsordenen. Kontrollér og bekræft rækken under Forumindstillinger → Medlemmer.',
  unconfirmedRows_other:
    '{{names}} står i medlemslisten i rækker, som sekretariatet ikke har skrevet, og får ikke dagsordenen. Kontrollér og bekræft rækkerne under Forumindstillinger → Medlemmer.',
};
