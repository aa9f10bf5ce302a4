import { seedId } from '../seed/ids';
import { GraphHttpError } from '../http/types';
import { findUser } from '../directory/lookup';
import { requireAppMailbox } from '../auth/app-access';
import type { Caller } from '../auth/caller';
import type { DirectoryState, DirectoryUser } from '../directory/state';
import type { SandboxState } from '../state';
import type { Mailbox, MailState, StoredFolder, StoredMessage, WellKnownFolder } from './state';

const WELL_KNOWN: readonly { name: WellKnownFolder; displayName: string }[] = [
  { name: 'inbox', displayName: 'Inbox' },
  { name: 'sentitems', displayName: 'Sent Items' },
  { name: 'drafts', displayName: 'Drafts' },
  { name: 'deleteditems', displayName: 'Deleted Items' },
  { name: 'outbox', displayName: 'Outbox' },
  { name: 'junkemail', displayName: 'Junk Email' },
  { name: 'archive', displayName: 'Archive' },
];

/** Whether a directory user has an Exchange mailbox in the tenant (members and shared mailboxes; not guests). */
export function hasMailbox(user: DirectoryUser): boolean {
  return user.userType === 'Member';
}

/** A new, empty mailbox with the well-known folders; ids are deterministic per owner. */
export function newMailbox(user: DirectoryUser, delegateIds: string[] = []): Mailbox {
  const rootFolderId = seedId('folder', user.id, 'msgfolderroot');
  const folders: StoredFolder[] = WELL_KNOWN.map((f) => ({
    id: seedId('folder', user.id, f.name),
    displayName: f.displayName,
    parentFolderId: rootFolderId,
    wellKnownName: f.name,
  }));
  return {
    ownerId: user.id,
    address: user.mail,
    displayName: user.displayName,
    delegateIds,
    rootFolderId,
    folders,
    messages: [],
    tombstones: [],
  };
}

export function findMailbox(mail: MailState, ownerId: string): Mailbox | undefined {
  return mail.mailboxes.find((m) => m.ownerId === ownerId);
}

/** The mailbox that receives mail for an address, if any sandbox mailbox does. */
export function mailboxForAddress(state: SandboxState, address: string): Mailbox | undefined {
  const user = findUser(state.directory, address);
  if (!user || !hasMailbox(user)) return undefined;
  return findMailbox(state.mail, user.id) ?? undefined;
}

/** The mailbox, creating it on first use for a member added to the directory after seeding. Call inside mutate. */
export function ensureMailbox(state: SandboxState, user: DirectoryUser): Mailbox {
  const existing = findMailbox(state.mail, user.id);
  if (existing) return existing;
  const created = newMailbox(user);
  state.mail.mailboxes.push(created);
  return created;
}

/**
 * The user whose mailbox a request addresses (`/me` or `/users/{id}`), checked: the caller
 * reaches only their own mailbox or one they are a delegate of (Mail.ReadWrite.Shared).
 */
export function targetMailboxUser(
  dir: DirectoryState,
  mail: MailState,
  caller: DirectoryUser,
  userParam: string | undefined,
): DirectoryUser {
  const target = mailboxOwner(dir, userParam === undefined ? caller.id : userParam, userParam);
  if (target.id !== caller.id) {
    const box = findMailbox(mail, target.id);
    if (!box?.delegateIds.includes(caller.id)) {
      throw new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    }
  }
  return target;
}

/** What an application needs for an operation on a mailbox (any of them): reading, changing, sending. */
export type MailAccess = 'read' | 'write' | 'send';
const APP_MAIL_ROLES: Readonly<Record<MailAccess, readonly string[]>> = {
  read: ['Mail.Read', 'Mail.ReadWrite', 'Mail.ReadBasic', 'Mail.ReadBasic.All'],
  write: ['Mail.ReadWrite'],
  send: ['Mail.Send'],
};

/**
 * The same for any caller: a person as above; an application (app-only, always `/users/{id}`) by its consented mail
 * roles and the Exchange application access policy that scopes it to the forum mailboxes (auth/app-access.ts).
 */
export function targetMailboxFor(
  dir: DirectoryState,
  mail: MailState,
  who: Caller,
  userParam: string | undefined,
  access: MailAccess,
): DirectoryUser {
  if (who.kind === 'user') return targetMailboxUser(dir, mail, who.user, userParam);
  const target = mailboxOwner(dir, userParam ?? '', userParam);
  requireAppMailbox(who.app, target, APP_MAIL_ROLES[access]);
  return target;
}

function mailboxOwner(dir: DirectoryState, idOrAddress: string, userParam: string | undefined): DirectoryUser {
  const target = findUser(dir, idOrAddress);
  if (!target) {
    throw new GraphHttpError(404, 'ErrorInvalidUser', `The requested user '${userParam ?? ''}' is invalid.`);
  }
  if (!hasMailbox(target)) {
    throw new GraphHttpError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
  }
  return target;
}

/** A folder by id or well-known name ("inbox", "sentitems", …); 404 as Graph says it. */
export function requireFolder(box: Mailbox, idOrName: string): StoredFolder {
  const key = idOrName.toLowerCase();
  const folder = box.folders.find((f) => f.id === idOrName || f.wellKnownName === key);
  if (!folder) throw new GraphHttpError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  return folder;
}

export function wellKnownFolder(box: Mailbox, name: WellKnownFolder): StoredFolder {
  return requireFolder(box, name);
}

export function requireMessage(box: Mailbox, id: string): StoredMessage {
  const message = box.messages.find((m) => m.id === id);
  if (!message) throw new GraphHttpError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  return message;
}

/** Folder and every descendant, for deep counts and moves. */
export function childFolders(box: Mailbox, parentId: string): StoredFolder[] {
  return box.folders.filter((f) => f.parentFolderId === parentId);
}
