import type { Commissorium } from './commissorium';
import { copenhagenDate } from './copenhagen-time';
import { html, type Html } from './html';
import { invitationFor, type Invitee } from './meeting-invitation';
import { newMeetingTitle, planningTitle, TEAMS_JOIN_TEXT } from './meeting-names';
import type { Forum, Meeting, MeetingForm, MeetingKind } from './types';
import { inOrder } from './vocabulary/in-order';
import { MEETING_KINDS } from './vocabulary/meeting';
import { deadlinesFor } from './year-plan';

/**
 * An appointment the secretariat organises in Outlook, turned into a forum meeting: the invitation's subject,
 * body and invitees, the appointment's length or — when the organiser chooses it — the forum's for the kind of meeting
 * (the start the person chose is kept), the
 * usual room, and the Teams link. Pure: the add-in writes the result into the appointment.
 */

/** The kinds of meeting the Outlook pane books, in its menu's order. */
export const BOOKING_KINDS = inOrder(MEETING_KINDS, { ordinary: 0, video: 1, extraordinary: 2, planning: 3 });

export interface AppointmentBookingInput {
  readonly forum: Pick<Forum, 'name' | 'shortName' | 'mailbox' | 'members' | 'settings'>;
  readonly kind: MeetingKind;
  /**
   * The forum's meetings that year (src/domain/meeting-names.ts gives the new one the next number free: "Møde 3/2027"), and
   * for a planning meeting the title of the meeting it prepares.
   */
  readonly meetings?: readonly Pick<Meeting, 'kind' | 'start' | 'title'>[];
  readonly preparesTitle?: string;
  /** The title the appointment already has from an earlier fill: kept (src/domain/meeting-names.ts `titleInSubject`). */
  readonly title?: string;
  /** The appointment's start, ISO 8601; kept as it is. */
  readonly start: string;
  /** The appointment's end now: its length is kept unless `forumLength` (or it has none). */
  readonly currentEnd?: string;
  /** The organiser chose the forum's length for this kind of meeting instead of the appointment's own. */
  readonly forumLength?: boolean;
  /** Extraordinary meeting: what it is about. */
  readonly purpose?: string;
  /** Planning meeting: the start of the meeting it prepares. */
  readonly preparesStart?: string;
  /** The Teams meeting's join link, when one was created. */
  readonly joinUrl?: string;
}

export interface AppointmentBooking {
  /** The meeting's title, as the forum's Meetings list records it: "Møde 3/2027". */
  readonly title: string;
  readonly subject: string;
  /** The invitation, then the Teams link — one link, however often the appointment is filled. */
  readonly bodyHtml: Html;
  readonly required: readonly Invitee[];
  readonly optional: readonly Invitee[];
  /** ISO UTC. */
  readonly start: string;
  readonly end: string;
  readonly form: MeetingForm;
  /** The room (physical, hybrid), the join link (video), or nothing known. */
  readonly location?: string;
}

/** Used when neither the forum nor the appointment says how long (one hour, Outlook's own default is shorter). */
const FALLBACK_MINUTES = 60;

function seriesOf(c: Commissorium | undefined, kind: 'ordinary' | 'video'): Commissorium['series'][number] | undefined {
  return c?.series.find((s) => s.kind === kind);
}

/** How a meeting of this kind is held: planning meetings are video meetings, extraordinary ones like ordinary ones. */
export function formFor(c: Commissorium | undefined, kind: MeetingKind): MeetingForm {
  if (kind === 'planning' || kind === 'video') return 'video';
  return seriesOf(c, 'ordinary')?.form ?? 'physical';
}

/** The forum's length for this kind of meeting, or undefined when the commissorium does not say. */
export function durationFor(c: Commissorium | undefined, kind: MeetingKind): number | undefined {
  if (kind === 'planning') return c?.planning?.durationMinutes;
  if (kind === 'video') return seriesOf(c, 'video')?.durationMinutes;
  return seriesOf(c, 'ordinary')?.durationMinutes;
}

function toUtc(iso: string): string {
  return new Date(iso).toISOString().replace(/\.000Z$/, 'Z');
}

/** Only an https link goes into an invitation. */
export function isJoinUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export function appointmentBookingFor(input: AppointmentBookingInput): AppointmentBooking {
  const c = input.forum.settings;
  const start = toUtc(input.start);
  const minutes = durationFor(c, input.kind);
  const keptMs = input.currentEnd ? Date.parse(input.currentEnd) - Date.parse(start) : NaN;
  // The organiser's length stands unless they chose the forum's: an appointment is never silently made longer.
  const forumMs = minutes !== undefined ? minutes * 60_000 : undefined;
  const durationMs = (input.forumLength === true && forumMs) || (keptMs > 0 ? keptMs : (forumMs ?? FALLBACK_MINUTES * 60_000));
  const end = toUtc(new Date(Date.parse(start) + durationMs).toISOString());
  const form = formFor(c, input.kind);
  const joinUrl = isJoinUrl(input.joinUrl) ? input.joinUrl : undefined;
  const room = form === 'video' ? undefined : c?.rooms?.[0];
  const location = room ?? (form === 'video' ? joinUrl : undefined);

  // Deadlines from the commissorium, counted from the day of this meeting. An extraordinary meeting is about
  // one matter: no call for items, but the agenda still goes out.
  const deadlines = c && input.kind !== 'planning' ? deadlinesFor('outlook', copenhagenDate(new Date(start)), c) : [];
  const submissionsClose = input.kind === 'extraordinary' ? undefined : deadlines.find((d) => d.kind === 'submissions-close')?.date;
  const agendaSent = deadlines.find((d) => d.kind === 'agenda-sent')?.date;

  const title =
    input.kind === 'planning'
      ? planningTitle(input.preparesTitle)
      : (input.title ?? newMeetingTitle(input.meetings ?? [], input.kind, start));
  const invitation = invitationFor({
    forum: input.forum,
    kind: input.kind,
    title,
    form,
    start,
    end,
    ...(room ? { location: room } : {}),
    ...(input.kind === 'extraordinary' && input.purpose?.trim() ? { purpose: input.purpose.trim() } : {}),
    ...(input.kind === 'planning' && input.preparesStart ? { preparesStart: input.preparesStart } : {}),
    ...(submissionsClose ? { submissionsClose } : {}),
    ...(agendaSent ? { agendaSent } : {}),
  });
  // The link by its name, as in the agenda and the .ics: a 100-character URL as link text is noise to read and to hear.
  const link = joinUrl && html`\n<p><a href="${joinUrl}">${TEAMS_JOIN_TEXT}</a></p>`;
  return {
    title,
    subject: invitation.subject,
    bodyHtml: html`${invitation.bodyHtml}${link}`,
    required: invitation.required,
    optional: invitation.optional,
    start,
    end,
    form,
    ...(location ? { location } : {}),
  };
}
