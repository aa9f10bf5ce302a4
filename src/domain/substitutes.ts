import { untouchedSinceWritten, writtenByOwners } from './forum-trust';
import type { ForumOwner, WriteStamp } from './types';

/**
 * Who stands in for whom at a meeting, as a pure rule (docs/ARCHITECTURE.md §9). A substitute is named by a record on
 * the Substitutes list, and the record's namer is its server-stamped author, never a field: a member names their own
 * substitute (the author's address is the member's), the secretariat (an owner of the group) names one for anyone.
 * A record counts only while nobody but its author has changed it; per member the latest counting record wins. The
 * secretariat's older map on the Meetings item (written only by owners) still counts, below any counting record.
 */

/** A Substitutes list item as the rule needs it (the store maps Graph's listItem into this). */
export interface SubstituteRecord {
  readonly id: string;
  readonly meetingId: string;
  /** Lower-case: whom the substitute stands in for. */
  readonly memberEmail: string;
  /** Lower-case: who stands in. */
  readonly substituteEmail: string;
  readonly substituteName: string;
  /** Server-stamped author and last editor. */
  readonly stamp: WriteStamp;
  /** The author's address as SharePoint stamped it (lower-case; '' when unknown). */
  readonly authorEmail: string;
  /** When it was last changed (ISO UTC): the latest counting record is the member's substitute. */
  readonly changedAt: string;
  readonly etag: string;
}

const lower = (s: string): string => s.trim().toLowerCase();

/** Names somebody else than the member. */
function namesSomeone(r: Pick<SubstituteRecord, 'memberEmail' | 'substituteEmail'>): boolean {
  const member = lower(r.memberEmail);
  const substitute = lower(r.substituteEmail);
  return member !== '' && substitute !== '' && substitute !== member;
}

/**
 * Whether the record counts: unmodified, and written by the member it names a substitute for, or by an owner (the
 * unattended run never writes substitutes, so no application is trusted here).
 */
export function substituteCounts(record: SubstituteRecord, owners: readonly ForumOwner[] | undefined): boolean {
  if (!untouchedSinceWritten(record.stamp) || !namesSomeone(record)) return false;
  const own = record.authorEmail !== '' && lower(record.authorEmail) === lower(record.memberEmail);
  return own || writtenByOwners(record.stamp, owners, undefined);
}

/** Whether `a` was changed after `b`; within the same second the later item wins (SharePoint's item ids grow). */
function later(a: SubstituteRecord, b: SubstituteRecord): boolean {
  if (a.changedAt !== b.changedAt) return a.changedAt > b.changedAt;
  const [x, y] = [Number(a.id), Number(b.id)];
  return Number.isFinite(x) && Number.isFinite(y) ? x > y : a.id > b.id;
}

export interface SubstitutesInput {
  readonly meetingId: string;
  readonly records: readonly SubstituteRecord[];
  /** The group's owners (the secretariat); undefined when they could not be read: then only members' own records count. */
  readonly owners: readonly ForumOwner[] | undefined;
  /** The secretariat's map on the Meetings item (member → substitute). */
  readonly named?: Readonly<Record<string, string>>;
}

/** The meeting's substitutes, member e-mail → substitute e-mail (lower-case). */
export function meetingSubstitutes(input: SubstitutesInput): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [member, substitute] of Object.entries(input.named ?? {})) {
    if (namesSomeone({ memberEmail: member, substituteEmail: substitute })) out[lower(member)] = lower(substitute);
  }
  const latest = new Map<string, SubstituteRecord>();
  for (const r of input.records) {
    if (r.meetingId !== input.meetingId || !substituteCounts(r, input.owners)) continue;
    const member = lower(r.memberEmail);
    const seen = latest.get(member);
    if (!seen || later(r, seen)) latest.set(member, r);
  }
  for (const [member, r] of latest) out[member] = lower(r.substituteEmail);
  return out;
}

/**
 * The person's own latest record for this meeting and member, to update rather than add a second. The person is
 * matched by their object id, or by address when the id is unknown.
 */
export function ownRecord(
  records: readonly SubstituteRecord[],
  meetingId: string,
  memberEmail: string,
  author: { readonly id: string; readonly email: string },
): SubstituteRecord | undefined {
  const member = lower(memberEmail);
  const email = lower(author.email);
  const byAuthor = (r: SubstituteRecord): boolean =>
    author.id !== '' ? r.stamp.createdById === author.id : email !== '' && lower(r.authorEmail) === email;
  return records
    .filter((r) => r.meetingId === meetingId && lower(r.memberEmail) === member && byAuthor(r))
    .reduce<SubstituteRecord | undefined>((best, r) => (!best || later(r, best) ? r : best), undefined);
}
