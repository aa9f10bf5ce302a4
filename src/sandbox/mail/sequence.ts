import { createHash } from 'node:crypto';
import type { Mailbox, MailState, StoredMessage } from './state';

/**
 * The change sequence: every write to a message takes the next number, so a delta token is
 * just "the highest number I have seen" and answers stay exact under concurrent writes.
 */
export function nextSeq(mail: MailState): number {
  mail.changeSeq += 1;
  return mail.changeSeq;
}

/** A changeKey as Exchange shapes it (opaque base64), derived from the item and its version. */
export function changeKeyFor(id: string, seq: number): string {
  return createHash('sha256').update(`${id}:${seq}`).digest('base64').slice(0, 24);
}

/** Records a change to a message: new sequence number, changeKey and modification time. */
export function touch(mail: MailState, message: StoredMessage, nowIso: string): void {
  message.seq = nextSeq(mail);
  message.changeKey = changeKeyFor(message.id, message.seq);
  message.lastModifiedDateTime = nowIso;
}

/** Adds a message to a folder (a new message or one moved in). Drops any older tombstone for it there. */
export function placeMessage(mail: MailState, box: Mailbox, message: StoredMessage, folderId: string, nowIso: string): void {
  message.folderId = folderId;
  box.tombstones = box.tombstones.filter((t) => !(t.id === message.id && t.folderId === folderId));
  touch(mail, message, nowIso);
  if (!box.messages.includes(message)) box.messages.push(message);
}

/** Moves a message between folders, leaving a tombstone in the folder it left. */
export function moveMessage(mail: MailState, box: Mailbox, message: StoredMessage, toFolderId: string, nowIso: string): void {
  if (message.folderId === toFolderId) return;
  box.tombstones.push({ id: message.id, folderId: message.folderId, seq: nextSeq(mail) });
  placeMessage(mail, box, message, toFolderId, nowIso);
}

/** Removes a message for good, leaving a tombstone in its folder. */
export function removeMessage(mail: MailState, box: Mailbox, message: StoredMessage): void {
  box.tombstones.push({ id: message.id, folderId: message.folderId, seq: nextSeq(mail) });
  box.messages = box.messages.filter((m) => m !== message);
}
