import type { Attendee, Event } from '@microsoft/microsoft-graph-types';
import { buildAttendance, type Attendance, type AttendeeResponse, type EventAttendee, type PersonRef } from '../domain/attendance';
import { isOwner } from '../domain/forum-trust';
import { ownRecord, substituteCounts } from '../domain/substitutes';
import type { ForumMember, ForumRef, Meeting, SignedInUser } from '../domain/types';
import { isPreconditionFailed } from '../graph/errors';
import { isUncertain, type Graph } from '../graph/graph-types';
import { createOrFind } from './create-or-find';
import { ConflictError } from './failures';
import { forumOwners } from './forum-stores';
import { listItemsCollectionUrl, listItemsUrl, listItemUrl, odataString, type GraphListItem } from './list-item';
import { toForumMember } from './mappers/forum-mapper';
import { toMeeting } from './mappers/meeting-mapper';
import { toSubstituteRecord } from './mappers/substitute-mapper';
import { substituteRecordsUrl, withSubstitutes } from './substitute-records';
import { updateItemFields } from './update-item';

/** The organiser's event as Graph returns it with `$select=attendees,organizer,iCalUId`. */
export type GraphEvent = Pick<Event, 'id' | 'iCalUId' | 'isCancelled'> & {
  readonly '@odata.etag'?: string;
  readonly attendees?: Attendee[] | null;
  readonly organizer?: Event['organizer'];
};

/** The meeting's invitation as the attendance list needs it. */
export interface MeetingInvitation {
  readonly attendees: readonly EventAttendee[];
  readonly organizer?: PersonRef;
  /** Shared by the organiser's event and every attendee's copy: how a member finds their own copy. */
  readonly iCalUId?: string;
  readonly isCancelled: boolean;
}

export interface MeetingAttendance {
  /** The meeting as just read: fresh eTag, and the substitutes that count (its map and the Substitutes records). */
  readonly meeting: Meeting;
  readonly members: readonly ForumMember[];
  /** Undefined when the meeting has no calendar event yet. */
  readonly invitation?: MeetingInvitation;
  readonly attendance: Attendance;
}

export type DeclineOutcome = 'declined' | 'no-invitation';

/** What naming a substitute wrote: a new record, the person's own record changed, or nothing (it already said so). */
export type SubstituteOutcome = 'added' | 'updated' | 'unchanged';

/** A member names only their own substitute; the secretariat (an owner of the group) anyone's. */
export class SubstituteNotAllowedError extends Error {
  constructor(readonly memberEmail: string) {
    super(`Only the member or the secretariat can name a substitute for ${memberEmail}`);
    this.name = 'SubstituteNotAllowedError';
  }
}

const RESPONSES: readonly AttendeeResponse[] = ['none', 'accepted', 'tentativelyAccepted', 'declined', 'organizer', 'notResponded'];
const EVENT_SELECT = '$select=attendees,organizer,iCalUId,isCancelled';
/** Re-reads of the event when someone else changed it between our read and our write. */
const EVENT_ATTEMPTS = 3;

const lower = (s: string | null | undefined): string => (s ?? '').trim().toLowerCase();

function toEventAttendee(a: Attendee): EventAttendee | undefined {
  const email = lower(a.emailAddress?.address);
  if (!email) return undefined;
  const raw = a.status?.response ?? 'none';
  const response = (RESPONSES as readonly string[]).includes(raw) ? (raw as AttendeeResponse) : 'none';
  const type = a.type === 'optional' || a.type === 'resource' ? a.type : 'required';
  return { name: a.emailAddress?.name || email, email, response, type };
}

export function toInvitation(event: GraphEvent): MeetingInvitation {
  const organizerEmail = lower(event.organizer?.emailAddress?.address);
  return {
    attendees: (event.attendees ?? []).map(toEventAttendee).filter((a): a is EventAttendee => a !== undefined),
    ...(organizerEmail ? { organizer: { name: event.organizer?.emailAddress?.name || organizerEmail, email: organizerEmail } } : {}),
    ...(event.iCalUId ? { iCalUId: event.iCalUId } : {}),
    isCancelled: event.isCancelled === true,
  };
}

/**
 * The attendance of a forum's meetings: the invitation's answers (the calendar event), the substitutes named per
 * meeting (Substitutes records, each its namer's own, over the secretariat's older map on the Meetings item), and the
 * two actions that change them — naming a substitute (the secretariat for anyone, a member for themselves) and
 * sending apologies (declining one's own invitation).
 */
export class AttendanceStore {
  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef,
  ) {}

  /** The event's URL: the forum's group calendar, or the organiser's own when booked from Outlook. */
  private eventUrl(meeting: Meeting, eventId: string): string {
    const owner = meeting.eventOwner ? `/users/${meeting.eventOwner}` : `/groups/${this.ref.groupId}`;
    return `${owner}/events/${encodeURIComponent(eventId)}`;
  }

  private readEvent(meeting: Meeting, eventId: string): Promise<GraphEvent> {
    return this.graph.get<GraphEvent>(`${this.eventUrl(meeting, eventId)}?${EVENT_SELECT}`);
  }

  private async readMeeting(meeting: Meeting): Promise<Meeting> {
    const item = await this.graph.get<GraphListItem>(`${listItemUrl(this.ref.siteId, 'Meetings', meeting.id)}?expand=fields`);
    return toMeeting(meeting.forumId, item) ?? meeting;
  }

  /**
   * The meeting's attendance: members, the meeting item, the event, the meeting's Substitutes records and the group's
   * owners (whose records count for any member), read side by side in one round trip.
   */
  async load(meeting: Meeting): Promise<MeetingAttendance> {
    const [memberItems, fresh, event, substituteItems, owners] = await Promise.all([
      this.graph.all<GraphListItem>(listItemsUrl(this.ref.siteId, 'Members')),
      this.readMeeting(meeting),
      meeting.eventId ? this.readEvent(meeting, meeting.eventId) : Promise.resolve(undefined),
      this.graph.all<GraphListItem>(substituteRecordsUrl(this.ref.siteId, meeting.id)),
      forumOwners(this.graph, this.ref),
    ]);
    const members = memberItems.map(toForumMember);
    const invitation = event ? toInvitation(event) : undefined;
    const named = withSubstitutes(fresh, substituteItems, owners);
    const attendance = buildAttendance({
      members,
      attendees: invitation?.attendees ?? [],
      ...(invitation?.organizer ? { organizer: invitation.organizer } : {}),
      ...(named.substitutes ? { substitutes: named.substitutes } : {}),
    });
    return { meeting: named, members, ...(invitation ? { invitation } : {}), attendance };
  }

  /**
   * `by` (the signed-in person) names `substitute` as `memberEmail`'s substitute for this meeting: in their own
   * Substitutes record — a member for themselves, the secretariat for anyone (SubstituteNotAllowedError otherwise) —
   * and on the invitation, keeping every other attendee and their answer. Idempotent: the records are read first;
   * the person's own record for this meeting and member is changed with If-Match (a 412 is a ConflictError), never
   * duplicated, and naming the same substitute again writes nothing.
   */
  async nameSubstitute(
    meeting: Meeting,
    memberEmail: string,
    substitute: PersonRef | string,
    by: SignedInUser,
  ): Promise<SubstituteOutcome> {
    const member = lower(memberEmail);
    const who =
      typeof substitute === 'string'
        ? { name: '', email: lower(substitute) }
        : { name: substitute.name.trim(), email: lower(substitute.email) };
    if (!member || !who.email || member === who.email) throw new RangeError('A substitute needs a member and another address');
    const [items, owners] = await Promise.all([
      this.graph.all<GraphListItem>(substituteRecordsUrl(this.ref.siteId, meeting.id)),
      forumOwners(this.graph, this.ref),
    ]);
    if (member !== lower(by.email) && !isOwner({ owners }, by)) throw new SubstituteNotAllowedError(member);

    const mine = ownRecord(items.map(toSubstituteRecord), meeting.id, member, by);
    const fields = {
      Title: `${who.name || who.email} – stedfortræder for ${member}`,
      MeetingId: meeting.id,
      MemberEmail: member,
      SubstituteEmail: who.email,
      SubstituteName: who.name,
    };
    let outcome: SubstituteOutcome = 'unchanged';
    if (!mine) {
      // No unique key: a create whose answer was lost is found among the person's records, never repeated.
      await createOrFind(
        () => this.graph.post<GraphListItem>(listItemsCollectionUrl(this.ref.siteId, 'Substitutes'), { fields }),
        async () => {
          const again = ownRecord(
            (await this.graph.all<GraphListItem>(substituteRecordsUrl(this.ref.siteId, meeting.id))).map(toSubstituteRecord),
            meeting.id,
            member,
            by,
          );
          return again?.substituteEmail === who.email ? again : undefined;
        },
      );
      outcome = 'added';
    } else if (mine.substituteEmail !== who.email || !substituteCounts(mine, owners)) {
      // Also when someone else changed the person's record: written again by its author, it counts again.
      await updateItemFields(this.graph, this.ref, 'Substitutes', mine.id, mine.etag, fields);
      outcome = 'updated';
    }
    if (meeting.eventId) await this.invite(meeting, meeting.eventId, who);
    return outcome;
  }

  /**
   * Adds one attendee to the event. Graph's PATCH replaces the attendees collection, so the whole list goes back
   * (each attendee's answer stays with Exchange); If-Match on the event's change key, and on 412 a fresh read,
   * so an attendee added or an answer given meanwhile is never lost.
   */
  private async invite(meeting: Meeting, eventId: string, who: PersonRef): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const event = await this.readEvent(meeting, eventId);
      const attendees = event.attendees ?? [];
      if (attendees.some((a) => lower(a.emailAddress?.address) === who.email)) return;
      const body = {
        attendees: [
          ...attendees.map((a) => ({
            type: a.type ?? 'required',
            emailAddress: { address: a.emailAddress?.address ?? '', name: a.emailAddress?.name ?? '' },
          })),
          { type: 'required', emailAddress: { address: who.email, ...(who.name ? { name: who.name } : {}) } },
        ],
      };
      try {
        await this.graph.patch(this.eventUrl(meeting, eventId), body, event['@odata.etag'] ? { ifMatch: event['@odata.etag'] } : {});
        return;
      } catch (error) {
        const conflict = isPreconditionFailed(error);
        if (!conflict) throw error;
        if (attempt >= EVENT_ATTEMPTS) throw new ConflictError('event', eventId, error);
      }
    }
  }

  /**
   * The signed-in member sends apologies: declines their own copy of the invitation (found by the meeting's
   * iCalUId in their calendar). 'no-invitation' when they have no copy in this tenant (a guest from another
   * organisation answers from their own calendar) or have already declined (Exchange removes a declined copy).
   */
  async decline(iCalUId: string, comment?: string): Promise<DeclineOutcome> {
    const filter = `iCalUId eq ${odataString(iCalUId)}`;
    const copies = await this.graph.get<{ value: Pick<Event, 'id' | 'isOrganizer' | 'responseStatus'>[] }>(
      `/me/events?$filter=${encodeURIComponent(filter)}&$select=id,isOrganizer,responseStatus`,
    );
    const copy = copies.value.find((c) => c.id && c.isOrganizer !== true);
    if (!copy?.id) return 'no-invitation';
    if (copy.responseStatus?.response === 'declined') return 'declined';
    try {
      // Not repeatable: a repeat would tell the organiser twice. A lost answer is settled by looking at the copy.
      await this.graph.post(`/me/events/${encodeURIComponent(copy.id)}/decline`, { sendResponse: true, ...(comment ? { comment } : {}) });
    } catch (error) {
      if (!isUncertain(error)) throw error;
      const after = await this.graph.get<{ value: Pick<Event, 'id' | 'responseStatus'>[] }>(
        `/me/events?$filter=${encodeURIComponent(filter)}&$select=id,responseStatus`,
      );
      const still = after.value.find((c) => c.id === copy.id);
      // Exchange removes a declined copy: gone or declined, the decline went.
      if (still && still.responseStatus?.response !== 'declined') throw error;
    }
    return 'declined';
  }
}
