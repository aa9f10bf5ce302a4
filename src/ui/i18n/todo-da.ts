/**
 * "Det skal gøres" (namespace `todo`): the secretariat's and the co-chairs' waiting work, each entry a link to where it is
 * done; Danish. A link's visible text comes first in its name, then where it goes (namespace `to`, read by screen readers).
 */
export const todoDa = {
  to: {
    minutes: 'åbner mødets Referat',
    meeting: 'åbner mødet',
    planning: 'åbner Planlægning',
    planningItem: 'åbner punktet i Planlægning',
    consultation: 'åbner høringen',
    status: 'går til Driftsstatus',
    approval: 'åbner godkendelsen',
    approvalOf: 'åbner godkendelsen af referatet fra {{meeting}}, version {{version}}',
    signOff: 'går til Høringer til godkendelse',
  },
  changes: {
    title: 'Ændringer ønsket til referatet fra {{meeting}}',
    by: '{{name}} bad om ændringer {{date}}',
    item: 'Ved et punkt: “{{comment}}”',
    open: 'Ret referatet fra {{meeting}}',
  },
  circulate: {
    title: 'Referatet fra {{meeting}} er godkendt og klar til udsendelse',
    hint: '{{approvals}} af {{required}} medformænd har godkendt version {{version}}.',
    open: 'Udsend referatet fra {{meeting}}',
  },
  awaiting: {
    line: '{{approved}} af {{required}} medformænd har godkendt version {{version}} af referatet fra {{meeting}}',
    missing: 'Mangler svar fra {{names}}',
  },
  consultations: {
    title_one: '{{count}} høring kan lukkes',
    title_other: '{{count}} høringer kan lukkes',
    open: 'Luk høring {{reference}}: {{title}}',
    deadlinePassed: 'Svarfristen er udløbet – {{answered}} af {{total}} har svaret',
    allAnswered: 'Alle {{total}} har svaret',
  },
  stuck: {
    title_one: 'En udsendelse er gået i stå',
    title_other: '{{count}} udsendelser er gået i stå',
    line: '{{step}}: {{title}}',
  },
  newItems: {
    line: '{{title}} – fra {{name}}, {{date}}',
    planning: 'Præsenteres på planlægningsmødet {{date}}.',
  },
  editor: {
    title: 'Medformændene har bedt om ændringer til version {{version}}',
    by: '{{name}}, {{date}}:',
    onlyItems: '{{name}}, {{date}}: se kommentarerne ved punkterne.',
    itemTitle: 'Ændringer ønsket til dette punkt',
    item: '{{name}}: “{{comment}}”',
  },
  chair: {
    approve: 'Godkend referatet fra {{meeting}} (version {{version}})',
    approveHint: '{{approved}} af {{required}} medformænd har godkendt.',
    signOff: 'Godkend udsendelse af {{reference}}: {{title}}',
    newItems_one: '{{count}} nyt punkt før planlægningsmødet',
    newItems_other: '{{count}} nye punkter før planlægningsmødet',
    newItemsNoPlanning_one: '{{count}} nyt punkt til vurdering',
    newItemsNoPlanning_other: '{{count}} nye punkter til vurdering',
  },
};
