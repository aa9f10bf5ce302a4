import type { AgendaDocument } from '../agenda-document';
import { attendanceRows, buildAttendance, type AttendanceRow, type EventAttendee, type PersonRef } from '../attendance';
import { standingKeyOf } from '../standing-items';
import type { QuorumSetting } from '../commissorium';
import { votersOf } from '../quorum';
import type { ForumKind, ForumMember, Meeting, OrganisationKind } from '../types';
import type { MinutesAttendee, MinutesContent, MinutesItem, MinutesPresence } from './minutes-content';

/**
 * The draft minutes of one meeting, as the editor opens them: the agenda's items in number order with what has been
 * saved on them (Referat, Beslutning), and the attendance — the edited list saved on the meeting when there is one,
 * otherwise prefilled from the invitation's answers (accepted → in the room, or online for a video meeting;
 * declined → apology; a substitute named for the meeting → substitute for that member; invited non-members →
 * guests; no answer → absent). Pure: the store hands in what it read.
 */

/** An agenda item as the minutes need it (the store maps the AgendaItems list item). */
export interface DraftAgendaItem {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly presenter?: string;
  readonly recommendations: readonly string[];
  readonly standing: boolean;
  readonly standingKey?: string;
  readonly consultationRef?: string;
  readonly referat: string;
  readonly beslutning: string;
}

export interface DraftMinutesInput {
  readonly forum: {
    readonly name: string;
    readonly shortName: string;
    readonly members: readonly ForumMember[];
    /** Names the body in the quorum sentence ("Rådet" / "Styregruppen"); a steering group when absent. */
    readonly kind?: ForumKind;
    /** The forum's quorum rule: the minutes then record whether it could decide. */
    readonly quorum?: QuorumSetting;
  };
  readonly meeting: Pick<Meeting, 'id' | 'title' | 'start' | 'end' | 'form' | 'location' | 'substitutes'>;
  readonly items: readonly DraftAgendaItem[];
  /** The invitation's attendees with their answers (empty when the meeting has no calendar event). */
  readonly attendees: readonly EventAttendee[];
  readonly organizer?: PersonRef;
  /** Meetings.MinutesAttendance as saved by the editor; wins over the invitation when present. */
  readonly savedAttendance?: readonly MinutesAttendee[];
  /**
   * The meeting's agenda as the agenda document makes it (the same model, so the same slots, texts and "Bilag N –"
   * names), with its items' ids in the document's order: the minutes carry each item's Beskrivelse, slot and Bilag,
   * and the meeting leaders and referents.
   */
  readonly agenda?: { readonly doc: AgendaDocument; readonly itemIds: readonly string[] };
}

function presenceOf(row: AttendanceRow, online: boolean): MinutesPresence {
  if (row.status === 'apology') return 'apology';
  if (row.role === 'guest') return 'guest';
  // A tentative answer is counted as taking part: the secretariat corrects it from the meeting itself.
  if (row.status === 'no-answer') return 'absent';
  if (row.substituteFor) return 'substitute';
  return online ? 'online' : 'room';
}

/** The attendance prefilled from the invitation, in the attendance list's order (by organisation, chairs first). */
export function prefilledAttendance(input: Omit<DraftMinutesInput, 'items' | 'savedAttendance'>): MinutesAttendee[] {
  const attendance = buildAttendance({
    members: input.forum.members,
    attendees: input.attendees,
    ...(input.organizer ? { organizer: input.organizer } : {}),
    ...(input.meeting.substitutes ? { substitutes: input.meeting.substitutes } : {}),
  });
  const online = input.meeting.form === 'video';
  return attendanceRows(attendance).map((row) => ({
    email: row.email,
    name: row.name,
    organisation: row.organisation,
    ...(row.jobTitle ? { jobTitle: row.jobTitle } : {}),
    presence: presenceOf(row, online),
    ...(row.substituteFor ? { substituteFor: row.substituteFor.email } : {}),
    ...(row.isChair ? { chair: true } : {}),
  }));
}

type AgendaFields = Pick<MinutesItem, 'description' | 'slot' | 'bilag'>;

/** The agenda's fields per item id: Beskrivelse, the slot (only one with time of its own), Bilag as named there. */
function agendaFields(agenda: DraftMinutesInput['agenda']): Map<string, AgendaFields> {
  const out = new Map<string, AgendaFields>();
  agenda?.doc.items.forEach((item, index) => {
    const id = agenda.itemIds[index];
    if (id === undefined) return;
    out.set(id, {
      ...(item.description ? { description: item.description } : {}),
      ...(item.slot.start < item.slot.end ? { slot: { start: item.slot.start, end: item.slot.end } } : {}),
      ...(item.attachments.length > 0
        ? { bilag: item.attachments.map((a) => ({ label: a.label, ...(a.url ? { url: a.url } : {}) })) }
        : {}),
    });
  });
  return out;
}

/**
 * Each person's organisation kind, for the order the minutes list organisations in: their own member row's, else
 * that of a member of the same organisation, else (a substitute) that of the member they stood in for.
 */
function withOrganisationKinds(attendance: readonly MinutesAttendee[], members: readonly ForumMember[]): MinutesAttendee[] {
  const byEmail = new Map(members.map((m) => [m.email.trim().toLowerCase(), m.organisationKind]));
  const byOrganisation = new Map(members.map((m) => [m.organisation.trim().toLowerCase(), m.organisationKind]));
  return attendance.map((a) => {
    const kind: OrganisationKind | undefined =
      byEmail.get(a.email) ??
      byOrganisation.get(a.organisation.trim().toLowerCase()) ??
      (a.substituteFor ? byEmail.get(a.substituteFor.toLowerCase()) : undefined);
    return kind && !a.organisationKind ? { ...a, organisationKind: kind } : a;
  });
}

function toMinutesItem(item: DraftAgendaItem, fields: AgendaFields | undefined): MinutesItem {
  const standingKey = standingKeyOf(item);
  return {
    agendaItemId: item.id,
    number: item.number,
    title: item.title,
    ...(item.presenter ? { presenter: item.presenter } : {}),
    recommendations: [...item.recommendations],
    referat: item.referat,
    beslutning: item.beslutning,
    ...(standingKey ? { standingKey } : {}),
    ...(item.consultationRef ? { consultationRef: item.consultationRef } : {}),
    ...fields,
  };
}

/** The MinutesContent of the meeting's draft. */
export function draftMinutes(input: DraftMinutesInput): MinutesContent {
  const fields = agendaFields(input.agenda);
  const items = [...input.items].sort((a, b) => a.number - b.number).map((item) => toMinutesItem(item, fields.get(item.id)));
  const attendance = withOrganisationKinds(
    input.savedAttendance && input.savedAttendance.length > 0 ? input.savedAttendance : prefilledAttendance(input),
    input.forum.members,
  );
  const leaders = input.agenda?.doc.meetingLeaders ?? [];
  const referents = input.agenda?.doc.referents ?? [];
  return {
    meetingId: input.meeting.id,
    forumName: input.forum.name,
    forumShortName: input.forum.shortName,
    meetingTitle: input.meeting.title,
    start: input.meeting.start,
    end: input.meeting.end,
    form: input.meeting.form,
    ...(input.meeting.location ? { location: input.meeting.location } : {}),
    attendance,
    items,
    ...(leaders.length > 0 ? { meetingLeaders: [...leaders] } : {}),
    ...(referents.length > 0 ? { referents: [...referents] } : {}),
    ...(input.forum.quorum
      ? {
          quorum: {
            ...input.forum.quorum,
            voters: votersOf(input.forum.members),
            forumKind: input.forum.kind ?? 'steering-group',
          },
        }
      : {}),
  };
}

/**
 * Whether the secretariat can write the minutes of a meeting: an ordinary (or extraordinary, video) meeting that has
 * begun, or whose agenda has been sent or which is marked held — not a cancelled one nor the chairs' planning meeting.
 */
export function canWriteMinutes(meeting: Pick<Meeting, 'kind' | 'status' | 'start'>, now: Date): boolean {
  if (meeting.kind === 'planning' || meeting.status === 'cancelled') return false;
  return (
    meeting.status === 'held' ||
    meeting.status === 'agenda-sent' ||
    meeting.status === 'minutes-approved' ||
    Date.parse(meeting.start) <= now.getTime()
  );
}
