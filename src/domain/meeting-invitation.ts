import type { LocalDate } from './calendar-date';
import type { Commissorium } from './commissorium';
import { copenhagenDate } from './copenhagen-time';
import { clockText, weekdayDateText } from './date-format';
import { html, joinHtml, type Html } from './html';
import { calendarSubject } from './meeting-names';
import type { Forum, ForumMember, MeetingForm, MeetingKind } from './types';
import { deadlinesFor, type DeadlineKind } from './year-plan';
import { MEETING_DA } from './vocabulary/meeting-labels';

/**
 * What a meeting's calendar invitation says and who gets it — the same for a plan booked from the app, an
 * extraordinary meeting, and an appointment the secretariat fills from Outlook. Invitations are in Danish: they go
 * to every member, in every organisation, whatever language the secretary's app is in.
 */

export interface InvitationInput {
  readonly forum: Pick<Forum, 'name' | 'shortName' | 'mailbox' | 'members'>;
  readonly kind: MeetingKind;
  /** The meeting's title ("Møde 2/2027", "Planlægningsmøde før møde 2/2027": src/domain/meeting-names.ts). */
  readonly title: string;
  readonly form: MeetingForm;
  /** ISO 8601 (UTC or with offset). */
  readonly start: string;
  readonly end: string;
  readonly location?: string;
  /** For an extraordinary meeting: what it is about. */
  readonly purpose?: string;
  /** For a planning meeting: the start of the meeting it prepares. */
  readonly preparesStart?: string;
  /** The meeting's deadlines, when known. */
  readonly submissionsClose?: LocalDate;
  readonly agendaSent?: LocalDate;
  /** For an extraordinary meeting: who must attend (e-mails); everyone else is optional. Default: all members. */
  readonly mustAttend?: readonly string[];
}

export interface Invitee {
  readonly name: string;
  readonly email: string;
}

export interface Invitation {
  readonly subject: string;
  /** Every value from data is escaped. */
  readonly bodyHtml: Html;
  readonly required: readonly Invitee[];
  readonly optional: readonly Invitee[];
}

const FORM_DA = MEETING_DA.form;

/** "torsdag den 11. marts 2027" for an instant, or for a calendar day ("2027-02-18"). */
export function danishLongDate(isoOrDay: string): string {
  return weekdayDateText(isoOrDay);
}

/** "kl. 09.00–11.00". */
export function danishTimeSpan(start: string, end: string): string {
  return `kl. ${clockText(start)}–${clockText(end)}`;
}

const invitee = (m: ForumMember): Invitee => ({ name: m.name, email: m.email });

/** Who is invited: everyone on the forum for a meeting, the chairs and the secretariat for a planning meeting. */
function invitees(input: InvitationInput): { required: Invitee[]; optional: Invitee[] } {
  const withMail = input.forum.members.filter((m) => m.email !== '');
  const unique = (list: readonly ForumMember[]): Invitee[] => [...new Map(list.map((m) => [m.email, invitee(m)])).values()];
  if (input.kind === 'planning')
    return { required: unique(withMail.filter((m) => m.role === 'chair' || m.role === 'secretariat')), optional: [] };
  const observers = withMail.filter((m) => m.role === 'observer');
  const others = withMail.filter((m) => m.role !== 'observer');
  if (input.mustAttend && input.mustAttend.length > 0) {
    const must = new Set(input.mustAttend.map((e) => e.toLowerCase()));
    return {
      required: unique(others.filter((m) => must.has(m.email))),
      optional: unique([...others.filter((m) => !must.has(m.email)), ...observers]),
    };
  }
  return { required: unique(others), optional: unique(observers) };
}

export function invitationFor(input: InvitationInput): Invitation {
  const when = `${danishLongDate(input.start)} ${danishTimeSpan(input.start, input.end)}`;
  const subject = calendarSubject({
    forum: input.forum,
    title: input.title,
    ...(input.kind === 'extraordinary' && input.purpose ? { purpose: input.purpose } : {}),
    ...(input.kind === 'planning' && input.preparesStart ? { preparesStart: input.preparesStart } : {}),
  });
  const lines: Html[] = [];
  lines.push(html`<p>${input.title} i ${input.forum.name}, ${when}.</p>`);
  if (input.kind === 'planning') {
    lines.push(html`<p>Formandskabet og sekretariatet gennemgår de indkomne punkter og lægger dagsordenen for mødet.</p>`);
  } else {
    lines.push(html`<p>Mødeform: ${FORM_DA[input.form]}${input.location && html`. Sted: ${input.location}`}.</p>`);
    if (input.purpose) lines.push(html`<p>Mødets formål: ${input.purpose}</p>`);
    const agenda = input.agendaSent ? `Dagsordenen udsendes senest ${danishLongDate(input.agendaSent)}` : 'Dagsordenen udsendes før mødet';
    lines.push(html`<p>${agenda} og ligger sammen med bilagene i forummets dokumentbibliotek under mødet.</p>`);
    if (input.submissionsClose && input.forum.mailbox) {
      lines.push(
        html`<p>Punkter til dagsordenen sendes til <a href="mailto:${input.forum.mailbox}">${input.forum.mailbox}</a> senest ${danishLongDate(input.submissionsClose)}.</p>`,
      );
    }
    lines.push(html`<p>Er du forhindret, så afvis invitationen og giv gerne din stedfortræder besked.</p>`);
  }
  return { subject, bodyHtml: joinHtml(lines, '\n'), ...invitees(input) };
}

/**
 * A booked meeting's invitation with its deadlines (submissions close, agenda sent) counted by the commissorium from
 * the day it is held — what a booking writes, and what a move writes again for the new date. Planning meetings have
 * no deadlines of their own.
 */
export function bookedInvitation(input: Omit<InvitationInput, 'submissionsClose' | 'agendaSent'>, c: Commissorium): Invitation {
  if (input.kind === 'planning') return invitationFor(input);
  const deadlines = deadlinesFor('m', copenhagenDate(new Date(input.start)), c);
  const on = (kind: DeadlineKind): LocalDate | undefined => deadlines.find((d) => d.kind === kind)?.date;
  const submissionsClose = on('submissions-close');
  const agendaSent = on('agenda-sent');
  return invitationFor({ ...input, ...(submissionsClose ? { submissionsClose } : {}), ...(agendaSent ? { agendaSent } : {}) });
}
