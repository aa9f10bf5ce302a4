import { appointmentBookingFor, type AppointmentBooking } from '../../domain/appointment-booking';
import { titleInSubject } from '../../domain/meeting-names';
import type { Meeting, MeetingKind } from '../../domain/types';
import type { HostCapabilities } from '../../host/capabilities';
import type { ForumHome } from '../../store/home-data';
import type { RegisteredMeeting } from '../../store/register-meeting';
import type { AppointmentStores } from '../../store/stores';

/**
 * The appointment command's two steps, apart from React: fill the open appointment as a forum meeting, then save
 * it in Outlook and register it in the forum's Meetings list. Only host capabilities and stores are used.
 */

export type AppointmentHost = Required<Pick<HostCapabilities, 'currentAppointment' | 'fillAppointment' | 'saveAppointment'>> &
  Pick<HostCapabilities, 'user'>;

/** The host, if it has an appointment the person organises (Outlook's organizer view), else undefined. */
export function appointmentHost(host: HostCapabilities): AppointmentHost | undefined {
  const { currentAppointment, fillAppointment, saveAppointment } = host;
  if (!currentAppointment || !fillAppointment || !saveAppointment) return undefined;
  return { currentAppointment, fillAppointment, saveAppointment, user: host.user };
}

export interface BookingChoice {
  readonly kind: MeetingKind;
  /** Extraordinary: what the meeting is about. */
  readonly purpose: string;
  /** Planning: the id of the meeting it prepares. */
  readonly preparesId: string;
  /** Make a Teams meeting and put its link in the invitation. */
  readonly teams: boolean;
  /** Use the forum's length for this kind of meeting instead of the appointment's own. */
  readonly forumLength: boolean;
}

export interface FilledAppointment {
  readonly forum: ForumHome;
  readonly choice: BookingChoice;
  readonly booking: AppointmentBooking;
  readonly joinUrl?: string;
}

/** What a planning meeting can prepare: the forum's meetings ahead (not planning ones, not cancelled). */
export function preparableMeetings(home: ForumHome, now: Date): Meeting[] {
  const iso = now.toISOString();
  return home.meetings.filter((m) => m.kind !== 'planning' && m.status !== 'cancelled' && m.start > iso);
}

/** The first Teams join link in an invitation's text (Outlook gives the body as text, links with their address). */
export function teamsJoinUrlIn(body: string | undefined): string | undefined {
  return body?.match(/https:\/\/teams\.microsoft\.com\/l\/meetup-join\/[^\s"'<>]+/)?.[0];
}

/**
 * Fills the appointment: subject, its length (or the forum's, when chosen) from the start the person chose, room, invitees (not the
 * organiser, who owns the appointment) and the invitation with one Teams link. A link made before for this
 * appointment is reused, so filling again never leaves two links or two Teams meetings behind.
 */
export async function fillAsForumMeeting(
  host: AppointmentHost,
  stores: AppointmentStores,
  forum: ForumHome,
  choice: BookingChoice,
  previousJoinUrl?: string,
): Promise<FilledAppointment> {
  const current = await host.currentAppointment();
  const start = current.start ?? new Date().toISOString();
  const prepares = choice.kind === 'planning' ? forum.meetings.find((m) => m.id === choice.preparesId) : undefined;
  // Filled before (and perhaps registered, so among the forum's meetings now): it keeps its name.
  const named = choice.kind === 'planning' ? undefined : titleInSubject(current.subject, forum.forum, choice.kind, start);
  const input = {
    forum: forum.forum,
    kind: choice.kind,
    start,
    ...(current.end ? { currentEnd: current.end } : {}),
    forumLength: choice.forumLength,
    meetings: forum.meetings,
    ...(named ? { title: named } : {}),
    ...(choice.kind === 'extraordinary' ? { purpose: choice.purpose } : {}),
    ...(prepares ? { preparesStart: prepares.start, preparesTitle: prepares.title } : {}),
  };
  let booking = appointmentBookingFor(input);
  let joinUrl: string | undefined;
  if (choice.teams) {
    // The link this pane made before (in memory), else the one the appointment's invitation already carries (filled
    // before the pane was closed or the home reloaded): never a second Teams meeting for one appointment.
    joinUrl =
      previousJoinUrl ??
      teamsJoinUrlIn(current.body) ??
      (await stores.createOnlineMeeting({ subject: booking.subject, start: booking.start, end: booking.end })).joinUrl;
    booking = appointmentBookingFor({ ...input, joinUrl });
  }
  const organiser = host.user.email.toLowerCase();
  const others = (list: AppointmentBooking['required']): string[] => list.map((i) => i.email).filter((e) => e.toLowerCase() !== organiser);
  await host.fillAppointment({
    subject: booking.subject,
    start: booking.start,
    end: booking.end,
    ...(booking.location !== undefined ? { location: booking.location } : {}),
    requiredAttendees: others(booking.required),
    optionalAttendees: others(booking.optional),
    body: String(booking.bodyHtml),
  });
  return { forum, choice, booking, ...(joinUrl ? { joinUrl } : {}) };
}

/**
 * Saves the appointment in Outlook and registers it in the forum under its REST id. The times, subject and
 * place are read back from the appointment, so a change the person made after filling is what is registered.
 */
export async function saveAndRegister(
  host: AppointmentHost,
  stores: AppointmentStores,
  filled: FilledAppointment,
): Promise<RegisteredMeeting> {
  const current = await host.currentAppointment();
  const eventId = await host.saveAppointment();
  const { booking, choice } = filled;
  // A video meeting's place is its link, which the JoinUrl column already holds.
  const place = current.location ?? booking.location;
  const location = place && place !== filled.joinUrl ? place : undefined;
  return stores.register(filled.forum.forum, {
    kind: choice.kind,
    // The meeting's name by the app's scheme ("Møde 3/2027"), not the calendar subject with the forum before it.
    title: booking.title,
    start: current.start ?? booking.start,
    end: current.end ?? booking.end,
    form: booking.form,
    ...(location ? { location } : {}),
    ...(choice.kind === 'extraordinary' && choice.purpose.trim() ? { purpose: choice.purpose.trim() } : {}),
    eventId,
    eventOwner: host.user.email,
    ...(filled.joinUrl ? { joinUrl: filled.joinUrl } : {}),
    ...(choice.kind === 'planning' && choice.preparesId ? { prepares: choice.preparesId } : {}),
  });
}
