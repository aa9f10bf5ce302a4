/**
 * The attendance list of a meeting, from the invitation's answers (as in the reference minutes: the invited
 * grouped by organisation, co-chairs marked, "Afbud" for those who declined, a substitute "stedfortræder for …").
 * A declined invitation is an apology; a substitute named for this meeting appears for the member with their
 * own answer. Pure: the store hands in the event's attendees, the forum's members and the meeting's substitutes.
 */

import type { ForumMember, OrganisationKind, Role } from './types';

/** An attendee's answer as the calendar records it. */
export type AttendeeResponse = 'none' | 'accepted' | 'tentativelyAccepted' | 'declined' | 'organizer' | 'notResponded';

export interface EventAttendee {
  readonly name: string;
  readonly email: string;
  readonly response: AttendeeResponse;
  /** Rooms and equipment are attendees of type resource; they are not people on the list. */
  readonly type?: 'required' | 'optional' | 'resource';
}

export type AttendanceStatus = 'attending' | 'tentative' | 'no-answer' | 'apology';

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['attending', 'tentative', 'no-answer', 'apology'];

/** A member's role, or a substitute from outside the forum, or a guest (invited, not a member). */
export type AttendanceRole = Role | 'substitute' | 'guest';

export interface PersonRef {
  readonly name: string;
  readonly email: string;
}

export interface AttendanceRow {
  readonly name: string;
  /** Lower-case e-mail address. */
  readonly email: string;
  readonly organisation: string;
  readonly jobTitle?: string;
  readonly role: AttendanceRole;
  readonly status: AttendanceStatus;
  readonly isChair: boolean;
  /** For a substitute: the member they stand in for at this meeting. */
  readonly substituteFor?: PersonRef;
  /** For a member: the substitute named for this meeting. */
  readonly substitute?: PersonRef;
  /** For a member: their standing substitute (the Members list), to suggest when they send apologies. */
  readonly standingSubstitute?: string;
  /** False for a substitute named for the meeting but not (yet) on the invitation. */
  readonly invited: boolean;
}

export interface AttendanceGroup {
  readonly organisation: string;
  readonly kind: OrganisationKind;
  readonly rows: readonly AttendanceRow[];
}

export interface Attendance {
  /** The forum's members and their substitutes, by organisation. */
  readonly groups: readonly AttendanceGroup[];
  /** The secretariat, listed on its own ("Sekretariat"). */
  readonly secretariat: readonly AttendanceRow[];
  /** Invited people who are neither members nor substitutes. */
  readonly guests: readonly AttendanceRow[];
  /** Everyone who sent apologies, in list order (the minutes' "Afbud"). */
  readonly apologies: readonly AttendanceRow[];
  readonly counts: Readonly<Record<AttendanceStatus, number>>;
}

export interface AttendanceInput {
  readonly members: readonly ForumMember[];
  readonly attendees: readonly EventAttendee[];
  /** The meeting's organiser, listed as attending when they are a member and not among the attendees. */
  readonly organizer?: PersonRef;
  /** Member e-mail → substitute e-mail, named for this meeting. */
  readonly substitutes?: Readonly<Record<string, string>>;
}

/** The order organisations appear in, as in the reference minutes: hospital/region first, patients last. */
const KIND_RANK: Readonly<Record<OrganisationKind, number>> = {
  region: 0,
  hospital: 1,
  psychiatry: 2,
  municipality: 3,
  'general-practice': 4,
  patient: 5,
  other: 6,
};

const ROLE_RANK: Readonly<Record<Role, number>> = { observer: 0, member: 1, chair: 2, secretariat: 3 };

const key = (email: string): string => email.trim().toLowerCase();

export function statusOf(response: AttendeeResponse): AttendanceStatus {
  switch (response) {
    case 'accepted':
    case 'organizer':
      return 'attending';
    case 'tentativelyAccepted':
      return 'tentative';
    case 'declined':
      return 'apology';
    default:
      return 'no-answer';
  }
}

/** One entry per e-mail address, keeping the highest role (someone listed as member and chair is a chair). */
function membersByEmail(members: readonly ForumMember[]): Map<string, ForumMember> {
  const byEmail = new Map<string, ForumMember>();
  for (const m of members) {
    const k = key(m.email);
    if (k === '') continue;
    const seen = byEmail.get(k);
    if (!seen || ROLE_RANK[m.role] > ROLE_RANK[seen.role]) byEmail.set(k, m);
  }
  return byEmail;
}

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'da');

function compareGroups(a: AttendanceGroup, b: AttendanceGroup): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.organisation.localeCompare(b.organisation, 'da');
}

/** Chairs first, then by name; each substitute right after the member they stand in for. */
function orderRows(rows: readonly AttendanceRow[]): AttendanceRow[] {
  const standIns = rows.filter((r) => r.substituteFor);
  const own = rows.filter((r) => !r.substituteFor).sort((a, b) => Number(b.isChair) - Number(a.isChair) || byName(a, b));
  const ordered = own.flatMap((r) => [r, ...standIns.filter((s) => s.substituteFor?.email === r.email)]);
  const orphans = standIns.filter((s) => !ordered.includes(s)).sort(byName);
  return [...ordered, ...orphans];
}

/** Builds the attendance list of one meeting. */
export function buildAttendance(input: AttendanceInput): Attendance {
  const members = membersByEmail(input.members);
  const answers = new Map<string, EventAttendee>();
  for (const a of input.attendees) {
    if (a.type === 'resource' || key(a.email) === '') continue;
    if (!answers.has(key(a.email))) answers.set(key(a.email), a);
  }
  const organizer = input.organizer ? key(input.organizer.email) : '';
  if (organizer && members.has(organizer) && !answers.has(organizer)) {
    answers.set(organizer, { name: input.organizer?.name ?? organizer, email: organizer, response: 'organizer' });
  }

  // Substitutes of invited members only: member → substitute, and substitute → member.
  const substituteOf = new Map<string, string>();
  const standsInFor = new Map<string, string>();
  for (const [member, substitute] of Object.entries(input.substitutes ?? {})) {
    const m = key(member);
    const s = key(substitute);
    if (!answers.has(m) || s === '' || s === m || standsInFor.has(s)) continue;
    substituteOf.set(m, s);
    standsInFor.set(s, m);
  }

  const nameOf = (email: string): string => members.get(email)?.name ?? answers.get(email)?.name ?? email;
  const ref = (email: string): PersonRef => ({ name: nameOf(email), email });

  const rowFor = (email: string): AttendanceRow => {
    const member = members.get(email);
    const answer = answers.get(email);
    const forMember = standsInFor.get(email);
    const named = substituteOf.get(email);
    const base = {
      name: nameOf(email),
      email,
      status: answer ? statusOf(answer.response) : 'no-answer',
      invited: answer !== undefined,
      ...(forMember ? { substituteFor: ref(forMember) } : {}),
      ...(named ? { substitute: ref(named) } : {}),
    } as const;
    if (member) {
      return {
        ...base,
        organisation: member.organisation,
        ...(member.jobTitle ? { jobTitle: member.jobTitle } : {}),
        role: member.role,
        isChair: member.role === 'chair',
        ...(member.substituteEmail && member.role !== 'secretariat' ? { standingSubstitute: key(member.substituteEmail) } : {}),
      };
    }
    const stoodFor = forMember ? members.get(forMember) : undefined;
    return { ...base, organisation: stoodFor?.organisation ?? '', role: forMember ? 'substitute' : 'guest', isChair: false };
  };

  const people = [...new Set([...answers.keys(), ...standsInFor.keys()])];
  const rows = people.map(rowFor);
  const kindOf = (row: AttendanceRow): OrganisationKind => {
    const owner = members.get(row.email) ?? (row.substituteFor ? members.get(row.substituteFor.email) : undefined);
    return owner?.organisationKind ?? 'other';
  };

  const secretariat = rows.filter((r) => r.role === 'secretariat').sort(byName);
  const guests = rows.filter((r) => r.role === 'guest').sort(byName);
  const listed = rows.filter((r) => r.role !== 'secretariat' && r.role !== 'guest');
  const groupsByName = new Map<string, { kind: OrganisationKind; rows: AttendanceRow[] }>();
  for (const row of listed) {
    // A substitute is listed with the organisation of the member they stand in for.
    const stoodFor = row.substituteFor ? members.get(row.substituteFor.email) : undefined;
    const organisation = stoodFor?.organisation ?? row.organisation;
    const group = groupsByName.get(organisation) ?? { kind: stoodFor?.organisationKind ?? kindOf(row), rows: [] };
    group.rows.push(row);
    groupsByName.set(organisation, group);
  }
  const groups = [...groupsByName.entries()]
    .map(([organisation, g]) => ({ organisation, kind: g.kind, rows: orderRows(g.rows) }))
    .sort(compareGroups);

  const all = [...groups.flatMap((g) => g.rows), ...secretariat, ...guests];
  const counts = Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, all.filter((r) => r.status === s).length])) as Record<
    AttendanceStatus,
    number
  >;
  return { groups, secretariat, guests, apologies: all.filter((r) => r.status === 'apology'), counts };
}

/** Every row of the list, in display order. */
export function attendanceRows(attendance: Attendance): AttendanceRow[] {
  return [...attendance.groups.flatMap((g) => g.rows), ...attendance.secretariat, ...attendance.guests];
}

/** A plain check of an e-mail address as typed (one @, no spaces, a dot in the domain). */
export function isEmailAddress(value: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.trim());
}
