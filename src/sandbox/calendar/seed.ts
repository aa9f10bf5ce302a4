import type { DirectoryState } from '../directory/state';
import { hasMailbox } from '../mail/mailbox';
import type { MailState } from '../mail/state';
import { seedId, seedJoinUrl } from '../seed/ids';
import { copenhagenToUtcMs } from '../../domain/copenhagen-time';
import { calendarSubject } from '../../domain/meeting-names';
import type { Seed, SeedForum, SeedMeeting } from '../seed/types';
import type { SitesState } from '../sites/state';
import type { SandboxState } from '../state';
import type { WriteContext } from './attendee-copies';
import { syncCopies } from './attendee-copies';
import { recordResponse, type AttendeeResponse } from './event-lifecycle';
import { createEvent } from './events-write';
import { busyCalendarEvents } from './seed-busy';
import type { CalendarState } from './state';

const DAY = 24 * 60 * 60 * 1000;

/** Who is invited: everyone in the forum, but only chairs and secretariat to a planning meeting. */
function invitees(seed: Seed, forum: SeedForum, meeting: SeedMeeting): { name: string; address: string }[] {
  const roles = meeting.kind === 'planning' ? ['chair', 'secretariat'] : ['chair', 'secretariat', 'member', 'observer'];
  return forum.members
    .filter((m) => roles.includes(m.role))
    .map((m) => ({ name: seed.people.find((p) => p.mail === m.person)?.displayName ?? m.person, address: m.person }))
    .filter((a, i, all) => all.findIndex((b) => b.address === a.address) === i);
}

/**
 * Seeded responses: chairs and secretariat have accepted; for an ordinary meeting one member
 * has sent apologies (declined) and, for meetings already held, everyone else accepted too.
 */
function seededResponses(forum: SeedForum, meeting: SeedMeeting, attendees: readonly { address: string }[]): Map<string, AttendeeResponse> {
  const responses = new Map<string, AttendeeResponse>();
  const roleOf = (address: string): string | undefined => forum.members.find((m) => m.person === address)?.role;
  const plainMembers = attendees.filter((a) => roleOf(a.address) === 'member');
  const held = meeting.status === 'held' || meeting.status === 'minutes-approved';
  attendees.forEach((a) => {
    const role = roleOf(a.address);
    if (role === 'chair' || role === 'secretariat' || held) responses.set(a.address, 'accepted');
  });
  if (meeting.kind !== 'planning' && plainMembers.length > 1) {
    const at = (meeting.key.length + forum.meetings.indexOf(meeting)) % plainMembers.length;
    const afbud = plainMembers[at];
    if (afbud) responses.set(afbud.address, 'declined');
    const tentative = plainMembers[(at + 1) % plainMembers.length];
    if (tentative && !held) responses.set(tentative.address, 'tentativelyAccepted');
  }
  return responses;
}

/** The forum meetings as group events (with attendees' copies and responses) and everyone's own busy time. */
export function seedCalendar(seed: Seed, directory: DirectoryState, now: Date): CalendarState {
  const emptyMail: MailState = { changeSeq: 0, mailboxes: [], outbox: [], activity: [], teamsAppInstalled: {} };
  const state: SandboxState = { version: 1, directory, sites: {} as SitesState, calendar: { events: [] }, mail: emptyMail };
  let counter = 0;
  const created = new Date(now.getTime() - 60 * DAY).toISOString();
  const ctx: WriteContext = { nowIso: created, newId: () => seedId('calendar-seed', String(counter++)), domain: seed.tenant.domain };

  for (const forum of seed.forums) {
    const group = directory.groups.find((g) => g.id === forum.groupId);
    if (!group) continue;
    for (const meeting of forum.meetings.filter((m) => m.booked)) {
      const start = copenhagenToUtcMs(meeting.start);
      const online = meeting.form !== 'physical';
      const attendees = invitees(seed, forum, meeting);
      const { event } = createEvent(
        state,
        {
          id: seedId('event', forum.groupId, meeting.key),
          owner: { kind: 'group', id: group.id },
          organizer: { name: group.displayName, address: group.mail },
          tenantId: directory.tenantId,
          notify: false,
          ...(online ? { joinUrl: seedJoinUrl(forum.groupId, meeting.key) } : {}),
          input: {
            // The subject the app's booking gives (src/domain/meeting-names.ts): the forum and the meeting.
            subject: seedSubject(forum, meeting),
            body: {
              contentType: 'html',
              content: `<p>${meeting.title} i ${forum.displayName}.</p>${meeting.location ? `<p>Sted: ${meeting.location}</p>` : ''}`,
            },
            start: { ms: start, timeZone: 'Romance Standard Time' },
            end: { ms: start + meeting.durationMinutes * 60000, timeZone: 'Romance Standard Time' },
            ...(meeting.location ? { location: { displayName: meeting.location } } : {}),
            attendees: attendees.map((a) => ({ type: 'required' as const, emailAddress: a })),
            isOnlineMeeting: online,
            ...(online ? { onlineMeetingProvider: 'teamsForBusiness' as const } : {}),
            transactionId: seedId('meeting', forum.groupId, meeting.key),
          },
        },
        ctx,
      );
      if (meeting.status === 'cancelled') event.isCancelled = true;
      for (const [address, response] of seededResponses(forum, meeting, attendees)) {
        recordResponse(state, event, address, response, new Date(Date.parse(created) + 2 * DAY).toISOString());
      }
      syncCopies(state, event, ctx);
      state.calendar.events = state.calendar.events.filter(
        (e) => !(e.organizerEventId === event.id && e.responseStatus.response === 'declined'),
      );
    }
  }
  const people = directory.users.filter((u) => hasMailbox(u) && u.accountEnabled);
  state.calendar.events.push(...busyCalendarEvents(people, now, ctx));
  return state.calendar;
}

/** "Klyngestyregruppen for Fjordklyngen: Møde 2/2026"; a planning meeting's with the day of the meeting it prepares. */
function seedSubject(forum: SeedForum, meeting: SeedMeeting): string {
  const prepared = meeting.prepares ? forum.meetings.find((m) => m.key === meeting.prepares) : undefined;
  return calendarSubject({
    forum: { name: forum.displayName, shortName: forum.shortName },
    title: meeting.title,
    ...(prepared ? { preparesStart: new Date(copenhagenToUtcMs(prepared.start)).toISOString() } : {}),
  });
}
