import { MEETING_DA } from '../../domain/vocabulary/meeting-labels';

/** Outlook's "Book som forummøde" strings (namespace `outlookBooking`); added by the appointment command when it opens. */
export const outlookBookingDa = {
  title: 'Book som forummøde',
  intro:
    'Vælg forum og mødetype. Sekretariat udfylder emne, deltagere, invitationstekst, sted, varighed og Teams-link i aftalen, og når du gemmer, kommer mødet i forummets mødeår.',
  forum: 'Forum',
  oneForum: 'Forum: {{forum}}',
  kind: 'Mødetype',
  kinds: MEETING_DA.kind,
  purpose: 'Mødets formål',
  purposeHint: 'Står i emnet og i invitationen.',
  purposeRequired: 'Skriv, hvad det ekstraordinære møde handler om.',
  prepares: 'Forbereder mødet',
  noUpcoming: 'Vælg det møde, planlægningsmødet forbereder. Forummet har ingen kommende møder endnu.',
  forumLength: 'Brug forummets mødelængde ({{length}}) i stedet for aftalens',
  hours_one: '{{count}} time',
  hours_other: '{{count}} timer',
  minutes_one: '{{count}} minut',
  minutes_other: '{{count}} minutter',
  and: 'og',
  teams: 'Opret Teams-møde og sæt linket i invitationen',
  fill: 'Udfyld aftalen',
  register: 'Gem og registrér',
  filling: 'Udfylder aftalen …',
  filled: 'Aftalen er udfyldt: "{{subject}}", {{when}}. Tjek den, og vælg Gem og registrér.',
  registering: 'Gemmer aftalen og registrerer mødet …',
  registered: 'Mødet "{{title}}" er gemt og registreret i {{forum}}. Det står nu i årets møder. Husk at sende invitationen.',
  updated: 'Mødet "{{title}}" var allerede registreret i {{forum}} og er opdateret. Det står i årets møder.',
};
