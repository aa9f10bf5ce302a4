/**
 * The publication section's strings (namespace `publication`), loaded with the section in the meeting dialog, not with anyone's
 * first paint: the lazy boundary of the views that use them loads them (lazyView).
 */
export const publicationDa = {
  heading: 'Offentliggørelse',
  group: 'Offentliggør dagsorden og beslutninger',
  intro:
    'Den offentlige dagsorden og beslutningsprotokol skrives som webside og PDF i mappen Offentliggørelse, klar til regionens hjemmeside. Lukkede punkter vises som "Lukket punkt" uden indhold.',
  checking: 'Ser efter, hvad der er offentliggjort …',
  checkFailed: 'Det kunne ikke ses, hvad der er offentliggjort. Du kan stadig offentliggøre.',
  agenda: 'Offentliggør dagsorden',
  decisions: 'Offentliggør beslutninger',
  decisionsWaiting: 'Beslutningerne kan offentliggøres, når medformændene har godkendt referatet.',
  agendaPublished: 'Offentlig dagsorden',
  decisionsPublished: 'Offentlig beslutningsprotokol',
  publishing: 'Offentliggør …',
  published: 'Offentliggjort i mappen Offentliggørelse.',
  publishedClosed_one: 'Offentliggjort. {{count}} lukket punkt er vist uden indhold.',
  publishedClosed_other: 'Offentliggjort. {{count}} lukkede punkter er vist uden indhold.',
  unchanged: 'Intet nyt at offentliggøre: den offentliggjorte udgave er den samme.',
  notApproved: 'Beslutningerne er ikke offentliggjort: medformændene har ikke godkendt referatet.',
  alreadyPublished: 'Beslutningerne er allerede offentliggjort og overskrives ikke.',
  failed: 'Det kunne ikke offentliggøres. Prøv igen; intet offentliggøres to gange.',
  meetingChanged:
    'Mødets oplysninger er ændret af {{by}}, ikke af sekretariatet, så intet er offentliggjort. Tjek tid, sted og link under Dagsorden her i mødet, og bekræft dem.',
  itemsChanged_one:
    'Punktet {{items}} er tilføjet eller ændret af andre end sekretariatet og formandskabet, så intet er offentliggjort. Se det igennem i planlægningen.',
  itemsChanged_other:
    'Punkterne {{items}} er tilføjet eller ændret af andre end sekretariatet og formandskabet, så intet er offentliggjort. Se dem igennem i planlægningen.',
  conflict: 'En anden har netop offentliggjort en anden udgave. Åbn mødet igen og se den.',
  page: '{{name}} (webside)',
};
