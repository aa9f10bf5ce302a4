import type { MeetingForm, MeetingKind, MeetingStatus } from './meeting';

/**
 * The Danish labels of the meetings' closed sets, once for every output (docs/ARCHITECTURE.md, "Closed sets"): the
 * UI's Danish resources refer to them (the English ones are keyed the same), and so do the invitation, the call for
 * items, the agenda and the CLI — a meeting's form reads the same in each. Keyed by the set's type: a value without a
 * label fails to compile. The wording is the users' own, as in the steering groups' minutes ("Form: Fysisk møde med
 * mulighed for virtuel deltagelse"). Labels are never stored, so a changed one changes only what people read; titles
 * are not labels (meeting-names.ts), nor is the kind inside the call for items' sentences (call-for-items.ts): both
 * have one user, and the table loads with everyone's first page.
 */
export const MEETING_DA: {
  readonly kind: Readonly<Record<MeetingKind, string>>;
  readonly form: Readonly<Record<MeetingForm, string>>;
  readonly status: Readonly<Record<MeetingStatus, string>>;
} = {
  kind: { ordinary: 'Ordinært møde', extraordinary: 'Ekstraordinært møde', planning: 'Planlægningsmøde', video: 'Videomøde' },
  form: { physical: 'Fysisk møde', video: 'Videomøde (Microsoft Teams)', hybrid: 'Fysisk møde med mulighed for virtuel deltagelse' },
  status: {
    planned: 'Planlagt',
    booked: 'Booket',
    'agenda-sent': 'Dagsorden udsendt',
    held: 'Afholdt',
    'minutes-approved': 'Referat godkendt',
    cancelled: 'Aflyst',
  },
};
