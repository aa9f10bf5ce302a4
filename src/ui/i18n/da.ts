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
  home: {
    // The role views' title-row buttons: in the shell's strings, so a home's first load needs neither the planning
    // view's nor the settings drawer's (they load with them).
    planning: 'Planlægning',
    planningHint: 'Indkomne punkter, udsatte punkter og dagsordenen til næste møde',
    forumSettings: 'Forumindstillinger',
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
};

export type Resources = typeof da;
