/**
 * The secretariat's home (namespace `secretariat`): its title, the year and the waiting work's headings, Danish;
 * loaded with the role's home (lazyView).
 */
export const secretariatDa = {
  title: 'Sekretariat – {{forum}}',
  year: 'Årets møder {{year}}',
  yearEmpty: 'Der er ingen møder i {{year}} endnu. Læg årsplanen for at booke møderne.',
  todo: 'Det skal gøres',
  todoEmpty: 'Der er intet, der venter på dig lige nu.',
  newSubmissions_one: '{{count}} nyt punkt til vurdering',
  newSubmissions_other: '{{count}} nye punkter til vurdering',
  newSubmissionsHint: 'Indsendt til sekretariatets postkasse. Præsenteres på planlægningsmødet.',
  minutesAwaiting_one: '{{count}} referat venter på formandskabets godkendelse',
  minutesAwaiting_other: '{{count}} referater venter på formandskabets godkendelse',
  approvalsProgress: '{{approved}} af {{chairs}} medformænd har godkendt version {{version}} af referatet fra {{meeting}}',
  submissionDeadline: 'Frist for punkter til {{meeting}}: {{date}}',
  agendaDeadline: 'Dagsordenen udsendes senest {{date}}',
  from: 'fra {{name}}',
};
