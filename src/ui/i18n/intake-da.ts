/**
 * The mail intake's strings (namespace `intake`). They load with the secretariat's view, not with every person's first
 * paint: the lazy boundary of the views that use them loads them (lazyView).
 */
export const intakeDa = {
  title: 'Indbakke',
  hint: 'Nye mails i {{mailbox}} bliver til punkter – også dem, der er flyttet til andre mapper eller til uønsket post; svar i samme tråd føjes til punktet. Det registrerede flyttes til mappen Behandlet.',
  fetch: 'Hent nye punkter',
  fetchFrom: 'Hent nye punkter fra {{mailbox}}',
  fetching: 'Henter nye punkter …',
  created_one: '{{count}} nyt punkt',
  created_other: '{{count}} nye punkter',
  foundInJunk_one: '{{count}} af dem fundet i uønsket post',
  foundInJunk_other: '{{count}} af dem fundet i uønsket post',
  followUps_one: '{{count}} opfølgning',
  followUps_other: '{{count}} opfølgninger',
  consultationReplies_one: '{{count}} høringssvar',
  consultationReplies_other: '{{count}} høringssvar',
  autoReplies_one: '{{count}} automatisk svar sprunget over',
  autoReplies_other: '{{count}} automatiske svar sprunget over',
  failed_one: '{{count}} mail kunne ikke registreres',
  failed_other: '{{count}} mails kunne ikke registreres',
  nothing: 'Ingen nye punkter.',
  error: 'Indbakken kunne ikke læses. Prøv igen – intet registreres to gange.',
};

/** Every key of the Danish strings, for the English file's shape check. */
export type IntakeStrings = Readonly<Record<keyof typeof intakeDa, string>>;
