import type { MeetingTimeSuggestionsResult, ScheduleInformation } from '@microsoft/microsoft-graph-types';
import { meetingOutsider } from '../domain/agenda-trust';
import { isCalledKind } from '../domain/call-for-items';
import type { Commissorium } from '../domain/commissorium';
import type { Forum, ForumRef, Meeting } from '../domain/types';
import type { Graph } from '../graph/graph-types';
import { bookMeetings, type BookingInput, type BookingResult } from './booking';
import { callForItemsHeld, callForItemsRequest, type CallForum } from './call-for-items-store';
import { utcDateTime } from './calendar-event';
import { MeetingChangedError } from './agenda/agenda-api';
import { cancelMeeting, moveMeeting, type ChangeResult } from './meeting-changes';

/** A time `findMeetingTimes` proposes, with how each attendee looks then ("unknown" for people outside the tenant). */
export interface TimeSuggestion {
  readonly start: string;
  readonly end: string;
  readonly confidence: number;
  readonly availability: readonly { readonly email: string; readonly status: 'free' | 'busy' | 'tentative' | 'unknown' }[];
}

/** Busy time per person over a period; `unknown` when their calendar cannot be read (outside the tenant). */
export interface PersonSchedule {
  readonly email: string;
  readonly readable: boolean;
  readonly busy: readonly { readonly start: string; readonly end: string; readonly status: string }[];
}

function statusOf(availability: string | null | undefined): TimeSuggestion['availability'][number]['status'] {
  return availability === 'free' || availability === 'busy' || availability === 'tentative'
    ? availability
    : availability === 'oof'
      ? 'busy'
      : 'unknown';
}

const asUtcIso = (dt: { dateTime?: string | null } | null | undefined): string =>
  new Date(`${(dt?.dateTime ?? '').replace(/Z$/, '').slice(0, 19)}Z`).toISOString();

/** The meeting year of one forum: book a drafted plan or an extraordinary meeting, move and cancel, find times. */
export class MeetingYearStore {
  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef,
  ) {}

  /** Books the meetings; each ordinary or video meeting's call for items is scheduled as a deferred mail with it. */
  book(input: Omit<BookingInput, 'forum'> & { forum: Forum }): Promise<BookingResult> {
    const now = input.now ?? new Date();
    return bookMeetings(this.graph, {
      ...input,
      now,
      callForItems: (id, m, sendAt) =>
        isCalledKind(m.kind)
          ? callForItemsRequest(
              id,
              input.forum,
              { kind: m.kind, start: m.start, end: m.end, form: m.form, ...(m.location ? { location: m.location } : {}) },
              input.commissorium,
              sendAt,
              now,
            )
          : undefined,
      callForItemsHeld: (m) => callForItemsHeld(this.graph, input.forum, m),
    });
  }

  /**
   * Moves a meeting with its invitation written again for the new date; its held call for items is replaced by one for
   * it. A meeting (or its planning meeting) someone other than the secretariat changed is not moved: the invitation
   * would carry their place and link to every member, and the move's write would make their change look like the
   * secretariat's (MeetingChangedError; the meeting's dialog confirms it first). The move writes with If-Match on the
   * eTags read with these stamps, so a change since is refused as a conflict.
   */
  async move(
    meeting: Meeting,
    planning: Meeting | undefined,
    commissorium: Commissorium,
    newStart: string,
    forum: CallForum & Pick<Forum, 'owners' | 'trustedAppIds'>,
  ): Promise<ChangeResult> {
    for (const m of planning ? [meeting, planning] : [meeting]) {
      const by = meetingOutsider(m, forum);
      if (by !== undefined) throw new MeetingChangedError(m.title, by);
    }
    const about = { ...this.ref, name: forum.name, shortName: forum.shortName, mailbox: forum.mailbox, members: forum.members };
    return moveMeeting(this.graph, { forum: about, commissorium, meeting, ...(planning ? { planning } : {}), calls: { forum } }, newStart);
  }

  /** Cancels a meeting; given the forum, its held call for items is withdrawn. */
  cancel(meeting: Meeting, planning: Meeting | undefined, comment: string, forum?: CallForum): Promise<ChangeResult> {
    return cancelMeeting(
      this.graph,
      { forum: this.ref, meeting, ...(planning ? { planning } : {}), ...(forum ? { calls: { forum } } : {}) },
      comment,
    );
  }

  /**
   * `findMeetingTimes` for the organiser: working hours between `from` and `to`, required attendees as given. Times
   * when anyone readable is busy are left out; people outside the tenant stay "unknown" — shown, never counted free.
   */
  async suggestTimes(attendees: readonly string[], durationMinutes: number, from: string, to: string): Promise<TimeSuggestion[]> {
    // A read: repeatable.
    const result = await this.graph.post<MeetingTimeSuggestionsResult>(
      '/me/findMeetingTimes',
      {
        attendees: attendees.map((address) => ({ type: 'required', emailAddress: { address } })),
        timeConstraint: { activityDomain: 'work', timeSlots: [{ start: utcDateTime(from), end: utcDateTime(to) }] },
        meetingDuration: `PT${durationMinutes}M`,
        maxCandidates: 10,
        isOrganizerOptional: false,
        returnSuggestionReasons: true,
        minimumAttendeePercentage: 0,
      },
      { repeatable: true },
    );
    const suggestions = (result.meetingTimeSuggestions ?? []).map((s) => ({
      start: asUtcIso(s.meetingTimeSlot?.start),
      end: asUtcIso(s.meetingTimeSlot?.end),
      confidence: s.confidence ?? 0,
      availability: (s.attendeeAvailability ?? []).map((a) => ({
        email: (a.attendee?.emailAddress?.address ?? '').toLowerCase(),
        status: statusOf(a.availability),
      })),
    }));
    return suggestions.filter((s) => s.availability.every((a) => a.status === 'free' || a.status === 'unknown'));
  }

  /** `getSchedule` for people over a period (at most 100 at a time, as Graph allows). */
  async schedules(emails: readonly string[], from: string, to: string): Promise<PersonSchedule[]> {
    if (emails.length === 0) return [];
    // A read: repeatable.
    const page = await this.graph.post<{ value: ScheduleInformation[] }>(
      '/me/calendar/getSchedule',
      {
        schedules: emails.slice(0, 100),
        startTime: utcDateTime(from),
        endTime: utcDateTime(to),
        availabilityViewInterval: 60,
      },
      { repeatable: true },
    );
    return (page.value ?? []).map((s) => ({
      email: (s.scheduleId ?? '').toLowerCase(),
      readable: !s.error,
      busy: (s.scheduleItems ?? []).map((i) => ({ start: asUtcIso(i.start), end: asUtcIso(i.end), status: i.status ?? 'busy' })),
    }));
  }
}
