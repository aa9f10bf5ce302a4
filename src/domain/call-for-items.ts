import { addDays, type LocalDate } from './calendar-date';
import { claimState, mayTakeOver, type Claim } from './claims';
import type { Commissorium } from './commissorium';
import { copenhagenDate, copenhagenToUtcIso } from './copenhagen-time';
import { dateText } from './date-format';
import { danishLongDate, danishTimeSpan } from './meeting-invitation';
import { html, joinHtml, type Html } from './html';
import { meetingDayDa, submissionTemplate } from './mail/submission-mail';
import type { Forum, ForumKind, ForumMember, Meeting, MeetingKind, Role } from './types';
import { deadlinesFor } from './year-plan';
import { MEETING_DA } from './vocabulary/meeting-labels';

/**
 * The call for items (indkaldelse af punkter): a mail to the forum's members before each submission deadline
 * saying which meeting, by when, where to send an item — and a template in the headings the mail intake reads.
 * Pure: the store turns it into a Graph message and decides when to send it.
 */

/** The calls go out at this Copenhagen time on the call-for-items day. */
export const CALL_FOR_ITEMS_SEND_TIME = '08:00';

/**
 * Who the call goes to: the people who can put an item on the agenda. Observers attend without bringing items,
 * and the secretariat gets the call through the forum mailbox it runs (the call's To).
 */
export const CALL_FOR_ITEMS_ROLES: readonly Role[] = ['member', 'chair'];

/** Meetings members bring items to: ordinary and video meetings. Planning meetings are the chairs'; an extraordinary one has its own purpose. */
const CALLED_KINDS: readonly MeetingKind[] = ['ordinary', 'video'];

/** Whether members are called to bring items to a meeting of this kind. */
export function isCalledKind(kind: MeetingKind): boolean {
  return CALLED_KINDS.includes(kind);
}

/** The meeting facts a call needs; at booking time the meeting has no list item id yet. */
export type CallMeeting = Pick<Meeting, 'kind' | 'start' | 'end' | 'form'> & { readonly location?: string };

export interface CallForItemsDates {
  /** The call-for-items day (Copenhagen). */
  readonly callDay: LocalDate;
  /** When the call goes out: CALL_FOR_ITEMS_SEND_TIME on the call day, ISO UTC. */
  readonly sendAt: string;
  /** The last day to submit (Copenhagen). */
  readonly submissionsClose: LocalDate;
  /** The first instant after the last day to submit, ISO UTC. */
  readonly closesAt: string;
}

/** When a meeting's call goes out and when its submissions close, from the commissorium's deadlines. */
export function callForItemsDates(meetingStart: string, c: Commissorium): CallForItemsDates {
  const deadlines = deadlinesFor('meeting', copenhagenDate(new Date(meetingStart)), c);
  const day = (kind: string): LocalDate => deadlines.find((d) => d.kind === kind)?.date ?? copenhagenDate(new Date(meetingStart));
  const callDay = day('call-for-items');
  const submissionsClose = day('submissions-close');
  return {
    callDay,
    sendAt: copenhagenToUtcIso(`${callDay}T${CALL_FOR_ITEMS_SEND_TIME}`),
    submissionsClose,
    closesAt: copenhagenToUtcIso(`${addDays(submissionsClose, 1)}T00:00`),
  };
}

export type CallStatus =
  /** Not a meeting members bring items to, not booked, or already scheduled/sent. */
  | 'not-applicable'
  | 'not-yet'
  | 'due'
  /** Claimed by a sender moments ago: it is sending now. */
  | 'in-progress'
  /** Claimed by a sender that never finished: the mail may or may not have gone out. */
  | 'needs-checking'
  /** Submissions closed before the call went out. */
  | 'closed';

/**
 * Where a meeting's call for items stands at `now`. A call is due when the meeting is booked, its call day has
 * come, submissions are still open, and nothing has been scheduled or sent for it.
 */
export function callStatus(
  meeting: Pick<Meeting, 'kind' | 'status' | 'start' | 'callForItems' | 'callForItemsAt' | 'callForItemsClaim'>,
  c: Commissorium,
  now: Date,
): CallStatus {
  if (!isCalledKind(meeting.kind) || meeting.status !== 'booked') return 'not-applicable';
  const claim = callClaim(meeting);
  if (claim && claimState(claim, undefined, now) === 'held') return 'in-progress';
  // A sender that died: its call carries the correlation id the next sender looks up first, so it is due again (and
  // taken over, sent only if it did not go). An older version's 'sending' left nothing to look up: a person checks.
  if (claim && !mayTakeOver('call-for-items', claim)) return 'needs-checking';
  if (meeting.callForItems === 'scheduled' || meeting.callForItems === 'sent') return 'not-applicable';
  const dates = callForItemsDates(meeting.start, c);
  const t = now.getTime();
  if (t >= Date.parse(dates.closesAt)) return 'closed';
  if (t < Date.parse(dates.sendAt)) return 'not-yet';
  return 'due';
}

/** The claim on a meeting's call: an owned claim, or the 'sending' state an older version claimed with (timed by CallForItemsAt). */
export function callClaim(meeting: Pick<Meeting, 'callForItems' | 'callForItemsAt' | 'callForItemsClaim'>): Claim | undefined {
  if (meeting.callForItemsClaim) return meeting.callForItemsClaim;
  return meeting.callForItems === 'sending' ? { token: '', at: meeting.callForItemsAt ?? '', step: 'call-for-items' } : undefined;
}

/** The people who get the call, by unique address, without the forum mailbox itself. */
export function callRecipients(forum: Pick<Forum, 'mailbox' | 'members'>): ForumMember[] {
  const mailbox = forum.mailbox.toLowerCase();
  const byAddress = new Map<string, ForumMember>();
  for (const m of forum.members) {
    const email = m.email.trim().toLowerCase();
    if (email === '' || email === mailbox || !CALL_FOR_ITEMS_ROLES.includes(m.role) || byAddress.has(email)) continue;
    byAddress.set(email, m);
  }
  return [...byAddress.values()];
}

/** The kind inside the call's sentences ("Punkter til mødet …"); the labels are vocabulary/meeting-labels.ts. */
const KIND_DA: Readonly<Record<MeetingKind, string>> = {
  ordinary: 'mødet',
  video: 'videomødet',
  extraordinary: 'det ekstraordinære møde',
  planning: 'planlægningsmødet',
};
const FORM_DA = MEETING_DA.form;

/** The case presentation's headings and plain-text template live with the compose mail that shares them. */
export { submissionTemplate, TEMPLATE_HEADINGS } from './mail/submission-mail';

const shortDanishDate = meetingDayDa;

export interface CallForItemsInput {
  readonly forum: Pick<Forum, 'name' | 'shortName' | 'mailbox'> & { readonly kind?: ForumKind };
  readonly meeting: CallMeeting;
  readonly commissorium: Commissorium;
}

export interface CallForItemsMail {
  readonly subject: string;
  /** Every value from data is escaped. */
  readonly bodyHtml: Html;
  readonly bodyText: string;
  /** The copy-paste template (also inside both bodies). */
  readonly template: string;
  readonly dates: CallForItemsDates;
}

/** The call's subject and bodies, in Danish with a short English line. */
export function callForItemsMail({ forum, meeting, commissorium }: CallForItemsInput): CallForItemsMail {
  const dates = callForItemsDates(meeting.start, commissorium);
  const template = submissionTemplate(meeting.start, forum.kind);
  const meetingDay = shortDanishDate(meeting.start);
  const when = `${danishLongDate(meeting.start)} ${danishTimeSpan(meeting.start, meeting.end)}`;
  const deadline = danishLongDate(dates.submissionsClose);
  const kind = KIND_DA[meeting.kind];
  const capitalised = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
  const form = `${FORM_DA[meeting.form]}${meeting.location ? `, ${meeting.location}` : ''}`;
  const subject = `${forum.shortName || forum.name}: Punkter til ${kind} ${meetingDay} – frist ${shortDanishDate(dates.submissionsClose)}`;
  const mailto = `mailto:${forum.mailbox}?subject=${encodeURIComponent('[Punktets titel]')}&body=${encodeURIComponent(template)}`;
  const english =
    `English: items for the ${meeting.kind === 'video' ? 'video ' : ''}meeting on ${dateText(meeting.start, 'en')} go to ${forum.mailbox} ` +
    `by ${dateText(dates.submissionsClose, 'en')}; the subject is the item's title, please use the Danish headings of the template.`;

  const body = joinHtml(
    [
      html`<p>Kære medlemmer af ${forum.name}</p>`,
      html`<p>${capitalised} holdes ${when}. ${form}.</p>`,
      html`<p>Har du et punkt til dagsordenen, så send en sagsfremstilling til <a href="mailto:${forum.mailbox}">${forum.mailbox}</a> senest <strong>${deadline}</strong>. Formandskabet gennemgår de indkomne punkter på planlægningsmødet og lægger dagsordenen.</p>`,
      html`<p>Skriv punktets titel som mailens emne, og brug overskrifterne herunder, så kan sekretariatet læse punktet direkte ind. Vedhæft eventuelle bilag. <a href="${mailto}">Start en mail med skabelonen</a>.</p>`,
      html`<pre>${template}</pre>`,
      html`<p lang="en">${english}</p>`,
      html`<p>Venlig hilsen<br>Sekretariatet for ${forum.name}</p>`,
    ],
    '\n',
  );

  const text = [
    `Kære medlemmer af ${forum.name}`,
    '',
    `${capitalised} holdes ${when}. ${form}.`,
    '',
    `Har du et punkt til dagsordenen, så send en sagsfremstilling til ${forum.mailbox} senest ${deadline}. ` +
      'Formandskabet gennemgår de indkomne punkter på planlægningsmødet og lægger dagsordenen.',
    '',
    'Skriv punktets titel som mailens emne, og brug overskrifterne herunder, så kan sekretariatet læse punktet direkte ind. Vedhæft eventuelle bilag.',
    '',
    template,
    '',
    english,
    '',
    'Venlig hilsen',
    `Sekretariatet for ${forum.name}`,
  ].join('\n');

  return { subject, bodyHtml: body, bodyText: text, template, dates };
}
