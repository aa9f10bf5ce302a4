import { chairsOf, secretariatWriter, writerName, writtenByOwners } from './forum-trust';
import type { Forum, Meeting, WriteStamp } from './types';

const lower = (s: string): string => s.trim().toLowerCase();

/**
 * Who may write the agenda: the secretariat (an owner, or the forum's application) and the co-chairs it listed (they
 * order and triage it at the planning meeting; a chair is known by the address the server stamped, and an application
 * never passes for one). Answers the name of the item's writer who is neither — its last editor before its creator —
 * or undefined when both are allowed. Owners unknown or no stamp: nobody can be told apart, '' (not allowed).
 */
export function agendaOutsider(
  stamp: WriteStamp | undefined,
  forum: Pick<Forum, 'owners' | 'trustedAppIds' | 'members'>,
): string | undefined {
  const owners = forum.owners;
  if (!stamp || !owners) return '';
  const chairs = new Set(chairsOf(forum).map((c) => lower(c.email)));
  const may = (id: string, app: boolean | undefined, email: string | undefined): boolean =>
    secretariatWriter(id, app, owners, forum.trustedAppIds) || (app !== true && email !== undefined && chairs.has(lower(email)));
  if (!may(stamp.modifiedById, stamp.modifiedByApp, stamp.modifiedByEmail)) return stamp.modifiedByName;
  if (!may(stamp.createdById, stamp.createdByApp, stamp.createdByEmail)) return stamp.createdByName;
  return undefined;
}

/**
 * Who changed the meeting, when it was not the secretariat (or the forum's application): the Meetings item is the
 * secretariat's record — its time, place and link go out in the agenda and the call for items from the forum's
 * mailbox — so a meeting someone else wrote or changed (a site without the tenant's permissions) is mailed about by
 * nobody until the secretariat has looked at it and saved it again. Undefined when it is the secretariat's, or when
 * the owners are unread (nothing can be told apart then; decisions check that first).
 */
export function meetingOutsider(meeting: Pick<Meeting, 'stamp'>, forum: Pick<Forum, 'owners' | 'trustedAppIds'>): string | undefined {
  if (!forum.owners) return undefined;
  return writtenByOwners(meeting.stamp, forum.owners, forum.trustedAppIds) ? undefined : writerName(meeting.stamp);
}
