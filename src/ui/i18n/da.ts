import { MEETING_DA } from '../../domain/vocabulary/meeting-labels';
import { SUBMISSION_DA } from '../../domain/vocabulary/submission-labels';

/** Danish — the app's default language. Keys are English; the words follow DOMAIN.md, the closed sets' labels are domain/vocabulary/*-da.ts. */
export const da = {
  app: {
    name: 'Sekretariat',
    loading: 'Indlæser dine møder …',
    loaded: 'Forsiden er indlæst',
    skipLink: 'Gå til indhold',
    signedInAs: 'Logget ind som {{name}}',
  },
  nav: { roles: 'Dine roller', forum: 'Forum' },
  language: { label: 'Sprog', da: 'Dansk', en: 'English', switchTo: 'Skift sprog til {{language}}' },
  role: { secretariat: 'Sekretariat', chair: 'Formandskab', member: 'Medlem', observer: 'Observatør' },
  command: {
    refresh: 'Opdater',
    openMeeting: 'Åbn mødet {{title}}',
    joinMeeting: 'Deltag i Teams-møde',
    signOut: 'Skift bruger',
    close: 'Luk',
  },
  meeting: {
    kind: MEETING_DA.kind,
    status: MEETING_DA.status,
    form: MEETING_DA.form,
    teams: 'Teams-møde',
    noLocation: 'Sted ikke fastlagt',
    prepares: 'Forbereder {{title}}',
    agenda: 'Dagsorden',
    agendaEmpty: 'Der er endnu ingen punkter på dagsordenen.',
    agendaLoading: 'Indlæser dagsorden …',
    presenter: 'v. {{name}}',
    minutes: '{{count}} min.',
  },
  secretariat: {
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
  },
  chair: {
    title: 'Formandskab – {{forum}}',
    queue: 'Til godkendelse',
    queueEmpty: 'Ingen referater venter på din godkendelse',
    queueItem: 'Referat fra {{meeting}}, version {{version}}',
    queueProgress: '{{approved}} af {{chairs}} medformænd har godkendt',
    nextMeeting: 'Næste møde',
    planningMeeting: 'Planlægningsmøde',
    noPlanning: 'Der er ikke planlagt et planlægningsmøde før næste møde.',
  },
  member: {
    title: 'Mine møder – {{forum}}',
    myItems: 'Mine indsendte punkter',
    myItemsEmpty:
      'Du har ikke indsendt punkter det seneste år. Send en sagsfremstilling til {{mailbox}} for at få et punkt på dagsordenen.',
    submitted: 'Indsendt {{date}}',
    submissionStatus: SUBMISSION_DA.status,
    nextMeeting: 'Næste møde',
    noNextMeeting: 'Der er ikke planlagt flere møder.',
  },
  home: {
    noForums: 'Du er ikke medlem af et forum, som dette sekretariat betjener. Kontakt sekretariatet, hvis du mener, det er en fejl.',
  },
  error: {
    title: 'Forsiden kunne ikke indlæses',
    offline: 'Der er ingen forbindelse til Microsoft 365. Tjek din netværksforbindelse, og prøv igen.',
    auth: 'Din adgang er udløbet. Log ind igen, og prøv igen.',
    forbidden: 'Du har ikke adgang til forummets data. Bed sekretariatet om at give dig adgang.',
    throttled: 'Microsoft 365 beder os vente lidt. Prøv igen om et øjeblik.',
    server: 'Microsoft 365 svarer ikke lige nu. Prøv igen om lidt – dine data er ikke berørt.',
    conflict: 'En anden har ændret det samme imens. Dine ændringer er bevaret – opdater og gem igen.',
    uncertain:
      'Svaret fra Microsoft 365 gik tabt, så det er uvist, om det nåede frem. Prøv igen: appen ser først efter, om det allerede er sket, og sender intet to gange.',
    unknown: 'Noget gik galt. Prøv igen – hvis det bliver ved, så kontakt sekretariatet.',
    retry: 'Prøv igen',
  },
  host: {
    message: 'Åben mail: "{{subject}}" fra {{from}}',
    appointment: 'Åben aftale: "{{subject}}"',
    appointmentUntitled: 'Åben aftale uden emne',
    compose: 'Du skriver en mail',
  },
  signIn: {
    title: 'Log ind som',
    intro: 'Sandkassen kører uden en rigtig Microsoft 365-tenant. Vælg en person for at se appen, som den person ser den.',
    forumRoles: 'Roller',
    noForum: 'Ikke medlem af et forum',
    guest: 'Gæst fra anden organisation',
    signIn: 'Log ind som {{name}}',
    loading: 'Henter personer fra sandkassen …',
    error: 'Sandkassen svarer ikke på {{origin}}. Start den med "npm start", og genindlæs siden.',
    fallback: 'Appen kører uden for {{host}}, så du logger ind i sandkassen i stedet.',
  },
  outside: {
    title: 'Åbn Sekretariat i {{host}}',
    body: 'Denne side er lavet til at køre i {{host}}. Åbn Sekretariat derfra – eller brug webudgaven.',
    web: 'Gå til webudgaven',
  },
  teamsConfig: {
    title: 'Tilføj Sekretariat til kanalen',
    body: 'Fanen viser forummets møder, hvad der skal gøres, og hvad der venter på godkendelse – for hver person ud fra deres rolle.',
    forum: 'Fanen viser først forummet for dette team.',
  },
  notice: { refreshed: 'Forsiden er opdateret' },
  // Issue 6: the meeting dialog's way into the minutes editor (the editor's own strings load with it).
  writeMinutes: {
    open: 'Skriv referat',
    openHint: 'Referat og beslutning for hvert punkt, og hvem der deltog',
  },
};

export type Resources = typeof da;
