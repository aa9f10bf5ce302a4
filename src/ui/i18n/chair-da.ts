/** The co-chairs' home (namespace `chair`): the approval queue and the next meetings, Danish; loaded with the role's home (lazyView). */
export const chairDa = {
  title: 'Formandskab – {{forum}}',
  queue: 'Til godkendelse',
  queueEmpty: 'Ingen referater venter på din godkendelse',
  queueItem: 'Referat fra {{meeting}}, version {{version}}',
  queueProgress: '{{approved}} af {{chairs}} medformænd har godkendt',
  nextMeeting: 'Næste møde',
  planningMeeting: 'Planlægningsmøde',
  noPlanning: 'Der er ikke planlagt et planlægningsmøde før næste møde.',
};
