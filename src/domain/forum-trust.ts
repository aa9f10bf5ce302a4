import { approvalsRequired } from './commissorium';
import type { Forum, ForumMember, ForumOwner, Role, WriteStamp } from './types';

/**
 * What the app believes about a forum's own lists (docs/ARCHITECTURE.md §9, docs/SECURITY.md). Every member of the
 * forum's group can edit every list item of an unprovisioned site, so a role, the approval rule or a minutes version
 * counts only when its item was created and last changed (server-stamped) by the secretariat: an owner of the group,
 * whom members cannot change — or the forum's own application (`trustedApps`: the client id of the unattended
 * `sekretariat run`, which the deployment configures; members cannot get a token for it). Any other application
 * counts as nobody's. Pure: the store maps Graph's createdBy/lastModifiedBy into `WriteStamp`s.
 */

const lower = (s: string): string => s.trim().toLowerCase();

/** One writer of a stamp is the secretariat: an owner (a person) or a trusted application — never one for the other. */
export function secretariatWriter(
  id: string,
  app: boolean | undefined,
  owners: readonly ForumOwner[],
  trustedApps: readonly string[] | undefined,
): boolean {
  if (id === '') return false;
  if (app === true) return (trustedApps ?? []).some((a) => lower(a) === lower(id));
  return owners.some((o) => o.id === id);
}

/** Written and last changed by the same writer: nobody else has touched the item since its author made it. */
export function untouchedSinceWritten(stamp: WriteStamp): boolean {
  return stamp.createdById !== '' && stamp.modifiedById === stamp.createdById;
}

/**
 * Whether the secretariat created the item and changed it last: an owner of the group or a trusted application
 * (the forum's own, by client id) each time. Unknown owners or a missing stamp: no — not even for the application,
 * since with the owners unknown nothing is decided on the forum's behalf.
 */
export function writtenByOwners(
  stamp: WriteStamp | undefined,
  owners: readonly ForumOwner[] | undefined,
  trustedApps: readonly string[] | undefined,
): boolean {
  if (!stamp || !owners) return false;
  return (
    secretariatWriter(stamp.createdById, stamp.createdByApp, owners, trustedApps) &&
    secretariatWriter(stamp.modifiedById, stamp.modifiedByApp, owners, trustedApps)
  );
}

/**
 * For showing a person their own views (a chair's queue, the approval page): the secretariat's items — or, with the
 * owners unknown, what is listed. Decisions never use this; they use `writtenByOwners` and `integrityProblem`.
 */
export function shownAsSecretariats(stamp: WriteStamp | undefined, forum: Pick<Forum, 'owners' | 'trustedAppIds'>): boolean {
  return forum.owners === undefined || writtenByOwners(stamp, forum.owners, forum.trustedAppIds);
}

/**
 * Whether the secretariat (an owner, or a trusted application) created the item, whoever changed it since: a minutes
 * version the secretariat made stays the meeting's current version after a member tampers with it — and is then
 * refused for what it is — while an item a member made is no version at all.
 */
export function createdByOwners(
  stamp: WriteStamp | undefined,
  owners: readonly ForumOwner[] | undefined,
  trustedApps: readonly string[] | undefined,
): boolean {
  return stamp !== undefined && owners !== undefined && secretariatWriter(stamp.createdById, stamp.createdByApp, owners, trustedApps);
}

/** Whether a person (by object id, or by address) is an owner of the forum's group. */
export function isOwner(forum: Pick<Forum, 'owners'>, person: { readonly id?: string; readonly email: string }): boolean {
  const email = lower(person.email);
  return (forum.owners ?? []).some(
    (o) => (person.id !== undefined && person.id !== '' && o.id === person.id) || (email !== '' && lower(o.email) === email),
  );
}

/**
 * The Members rows as the app acts on them: a row the secretariat did not write (or that someone else changed since)
 * keeps its data but counts as an observer, and says what it claimed and who wrote it. Used by the store's mapper.
 * Owners that could not be read (a guest in a tenant that hides group owners) leave the rows as listed, for showing
 * a person their own views only: `integrityProblem` then stops every decision taken on the forum's behalf.
 */
export function verifyMembers(
  members: readonly ForumMember[],
  owners: readonly ForumOwner[] | undefined,
  trustedApps: readonly string[] | undefined,
): ForumMember[] {
  if (!owners) return [...members];
  return members.map((m) =>
    writtenByOwners(m.stamp, owners, trustedApps)
      ? m
      : { ...m, role: 'observer', unverified: { listedRole: m.role, by: writerName(m.stamp) } },
  );
}

/** Who to name for an item the secretariat did not write: who changed it last, or who made it. */
export function writerName(stamp: WriteStamp | undefined): string {
  if (!stamp) return '';
  return stamp.modifiedById === stamp.createdById || stamp.modifiedByName === '' ? stamp.createdByName : stamp.modifiedByName;
}

/**
 * The Members rows split for the forum (`Forum.members` and `Forum.unverifiedMembers`): a row the secretariat did not
 * write gets no mail from the forum — no invitation, agenda or call for items at an address a member typed in — and
 * is listed nowhere the forum speaks (the agenda's participants, attendance, quorum) until the secretariat confirms it.
 */
export function forumMembers(
  members: readonly ForumMember[],
  owners: readonly ForumOwner[] | undefined,
  trustedApps: readonly string[] | undefined,
): Pick<Forum, 'members' | 'unverifiedMembers'> {
  const rows = verifyMembers(members, owners, trustedApps);
  const unverified = rows.filter((m) => m.unverified !== undefined);
  return unverified.length === 0
    ? { members: rows }
    : { members: rows.filter((m) => m.unverified === undefined), unverifiedMembers: unverified };
}

const RANK: Readonly<Record<Role, number>> = { observer: 0, member: 1, chair: 2, secretariat: 3 };

/**
 * A person's role in the forum: "secretariat" when they own the group; otherwise the highest role the secretariat
 * listed for their address (a row listing "secretariat" for a non-owner gives a member's rights). Undefined when
 * they are neither an owner nor on the list. A row the secretariat did not write makes its person an observer, and
 * with the owners unknown the listed role is shown as it is — both for the person's own views only: the forum acts on
 * `members` alone, and decisions check `integrityProblem` first.
 */
export function roleOf(
  forum: Pick<Forum, 'owners' | 'members' | 'unverifiedMembers'>,
  me: { readonly id?: string; readonly email: string },
): Role | undefined {
  if (isOwner(forum, me)) return 'secretariat';
  const email = lower(me.email);
  if (email === '') return undefined;
  return [...forum.members, ...(forum.unverifiedMembers ?? [])]
    .filter((m) => m.email !== '' && m.email === email)
    .map((m): Role => (m.role === 'secretariat' && forum.owners ? 'member' : m.role))
    .reduce<Role | undefined>((best, r) => (best === undefined || RANK[r] > RANK[best] ? r : best), undefined);
}

/** The co-chairs the secretariat listed, with an address (the only ones whose answers count). */
export const chairsOf = (forum: Pick<Forum, 'members'>): ForumMember[] =>
  forum.members.filter((m) => m.role === 'chair' && !m.unverified && m.email.trim() !== '');

/** How many approvals the forum's rule asks for; undefined (every co-chair) when the settings are not the secretariat's. */
export function approvalRule(forum: Pick<Forum, 'settings' | 'settingsUnverified'>): number | undefined {
  return forum.settingsUnverified ? undefined : approvalsRequired(forum.settings);
}

/** Why the app will not decide on the forum's behalf right now (circulate minutes, send a consultation). */
export type IntegrityProblem =
  /** The group's owners could not be read: nothing can be checked against the secretariat. */
  | { readonly kind: 'owners-unknown' }
  /** Members rows written or changed by someone other than the secretariat: a chair may have been added or removed. */
  | { readonly kind: 'members-changed'; readonly rows: readonly ForumMember[] };

export function integrityProblem(forum: Pick<Forum, 'owners' | 'members' | 'unverifiedMembers'>): IntegrityProblem | undefined {
  if (!forum.owners) return { kind: 'owners-unknown' };
  const rows = [...(forum.unverifiedMembers ?? []), ...forum.members.filter((m) => m.unverified !== undefined)];
  return rows.length > 0 ? { kind: 'members-changed', rows } : undefined;
}
