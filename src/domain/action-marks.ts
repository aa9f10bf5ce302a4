import { sortActions } from './actions';
import { createdByOwners, shownAsSecretariats, untouchedSinceWritten, writerName, writtenByOwners } from './forum-trust';
import type { ActionItem, Forum, WriteStamp } from './types';
import type { ActionStatus } from './vocabulary/minutes';

/**
 * Who may say an action is done (docs/SECURITY.md). Actions are the secretariat's record: members read them, and the
 * tenant refuses a member's write. An action's owner marks theirs done on their own ActionMarks record (add and edit
 * own, no delete), which counts only for the action whose owner wrote it — never another member's, and never a
 * record someone else has touched. Pure: the store maps the items.
 */

/** One person's record that an action is done (or open again). Who wrote it (and their address), and when, are server-stamped. */
export interface ActionMark {
  readonly id: string;
  readonly actionId: string;
  readonly status: ActionStatus;
  /** When the record was last written (the server's time). */
  readonly at: string;
  readonly stamp: WriteStamp;
  readonly etag?: string;
}

/** The owner's own mark, as the action carries it for the owner's next write (undo). */
export type OwnerMark = NonNullable<ActionItem['ownerMark']>;

const lower = (s: string): string => s.trim().toLowerCase();

/** Written by the person with this address (not an application), and touched by nobody else since. */
function writtenOnlyBy(stamp: WriteStamp, address: string): boolean {
  return untouchedSinceWritten(stamp) && stamp.createdByApp !== true && lower(stamp.createdByEmail ?? '') === address;
}

/** The action owner's own mark: the newest record of this action its owner wrote and nobody else touched. */
export function ownersMark(action: Pick<ActionItem, 'id' | 'ownerEmail'>, marks: readonly ActionMark[]): ActionMark | undefined {
  const owner = lower(action.ownerEmail);
  if (owner === '') return undefined;
  return marks
    .filter((m) => m.actionId === action.id && writtenOnlyBy(m.stamp, owner))
    .reduce<ActionMark | undefined>((newest, m) => (!newest || m.at > newest.at ? m : newest), undefined);
}

/** A mark as it is now: its id and eTag (which every write changes). */
export const markKey = (mark: Pick<ActionMark, 'id' | 'etag'>): string => `${mark.id}:${mark.etag ?? ''}`;

/**
 * The action as its owner's mark leaves it: done when the secretariat marked it done, or when its owner did — unless
 * the secretariat opened it again over that very mark (the same id and eTag: written since, it counts again). The
 * owner's mark rides along for their undo.
 */
export function withOwnersMark(action: ActionItem, marks: readonly ActionMark[]): ActionItem {
  const mark = ownersMark(action, marks);
  if (!mark) return action;
  const ownerMark: OwnerMark = { id: mark.id, status: mark.status, ...(mark.etag ? { etag: mark.etag } : {}) };
  const counts = mark.status === 'done' && action.status === 'open' && action.reopenedMark !== markKey(mark);
  return counts ? { ...action, status: 'done', doneAt: mark.at, doneBy: 'owner', ownerMark } : { ...action, ownerMark };
}

/**
 * How much the caller relies on the list: `decide` (the agenda, reminders, carrying actions to a successor) counts
 * only actions the secretariat created and changed last; `show` (a person's own screen) lists what is there while the
 * owners could not be read, as the other views do (forum-trust.ts `shownAsSecretariats`).
 */
export type ActionTrust = 'decide' | 'show';

/**
 * The forum's actions: those the secretariat (or the forum's own application) wrote — an action a member added or
 * changed on a site without the tenant's permissions is nobody's — each with its owner's mark applied.
 */
export function forumActions(
  actions: readonly ActionItem[],
  marks: readonly ActionMark[],
  forum: Pick<Forum, 'owners' | 'trustedAppIds'>,
  trust: ActionTrust,
): ActionItem[] {
  const believed = (a: ActionItem): boolean =>
    trust === 'decide' ? writtenByOwners(a.stamp, forum.owners, forum.trustedAppIds) : shownAsSecretariats(a.stamp, forum);
  return actions.filter(believed).map((a) => withOwnersMark(a, marks));
}

/**
 * An action the secretariat did not write last: on a site without the tenant's permissions, one a member added or
 * changed — or one its owner marked done the way an earlier plan had them do, on the action itself. It counts nowhere
 * (`forumActions`) until the secretariat, having read it, confirms it as its own or deletes it.
 */
export interface SetAsideAction {
  readonly action: ActionItem;
  /** Who changed it last (or made it). */
  readonly by: string;
  /** The secretariat made it and someone changed it since: confirming saves it again; otherwise it is copied. */
  readonly createdBySecretariat: boolean;
}

/**
 * The actions set aside, in the follow-up's order (`sortActions`); none while the owners are unread: then nothing is
 * decided, and nothing can be confirmed.
 */
export function actionsSetAside(actions: readonly ActionItem[], forum: Pick<Forum, 'owners' | 'trustedAppIds'>): SetAsideAction[] {
  const owners = forum.owners;
  if (!owners) return [];
  return sortActions(actions.filter((a) => !writtenByOwners(a.stamp, owners, forum.trustedAppIds))).map((action) => ({
    action,
    by: writerName(action.stamp),
    createdBySecretariat: createdByOwners(action.stamp, owners, forum.trustedAppIds),
  }));
}
