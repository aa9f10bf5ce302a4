import { chairsOf, secretariatWriter } from './forum-trust';
import type { Forum, WriteStamp } from './types';

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
