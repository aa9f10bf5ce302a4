/** The secretariat's "Driftsstatus" (namespace `operations`): steps a crash or a lost answer left half-done, Danish. */
export const operationsDa = {
  title: 'Driftsstatus',
  intro_one: 'Et trin er gået i stå: det blev påbegyndt, men ikke afsluttet.',
  intro_other: '{{count}} trin er gået i stå: de blev påbegyndt, men ikke afsluttet.',
  line: '{{step}}: {{title}} – påbegyndt {{since}}',
  lineNoTime: '{{step}}: {{title}}',
  resumable: 'Tryk på knappen igen: næste forsøg overtager og afslutter det uden at sende noget to gange.',
  resumableByRun: 'Den automatiske kørsel overtager og afslutter det uden at sende noget to gange – du behøver ikke gøre noget.',
  check: 'Tjek forummets postkasse (Sendt post), før det sendes igen – intet sendes automatisk igen.',
  steps: {
    'agenda-send': 'Udsendelse af dagsorden',
    'minutes-circulation': 'Udsendelse af referat',
    'call-for-items': 'Indkaldelse af punkter',
    'consultation-send': 'Udsendelse af høring',
    'consultation-remind': 'Påmindelse om høring',
    'consultation-close': 'Afslutning af høring',
    'approval-request': 'Anmodning om godkendelse af referat',
    'approval-reminder': 'Påmindelse om godkendelse af referat',
    'action-reminder': 'Påmindelse om opfølgning',
    'decision-mail': 'Besked til indsender om beslutning',
  },
};
