/**
 * The Graph URLs of a mailbox, in one place: every store that reads, files or sends mail builds its URLs here, so a
 * mailbox address is trimmed and encoded the same way everywhere. A mailbox is named by its address (a forum's shared
 * mailbox); none (empty or absent) is the signed-in person's own, `/me`.
 */

/** `/users/{address}`, or `/me` for the signed-in person's own mailbox. */
export function mailboxPath(mailbox: string | undefined): string {
  const address = mailbox?.trim() ?? '';
  return address ? `/users/${encodeURIComponent(address)}` : '/me';
}

/** The mailbox's messages (every folder), or one message by its Graph id. */
export function messagesUrl(mailbox: string | undefined, id?: string): string {
  return `${mailboxPath(mailbox)}/messages${id === undefined ? '' : `/${encodeURIComponent(id)}`}`;
}

/** The mailbox's top-level folders, or one folder by its id or well-known name ("inbox", "outbox"). */
export function mailFoldersUrl(mailbox: string | undefined, folder?: string): string {
  return `${mailboxPath(mailbox)}/mailFolders${folder === undefined ? '' : `/${encodeURIComponent(folder)}`}`;
}

/**
 * `POST …/sendMail`: a mail sent in one request without a draft. Not safe to repeat, and without a draft there is
 * nothing to send once: mail that must go once goes through `sendOnce` (send-once.ts), which uses `sendDraftUrl`.
 */
export function sendMailUrl(mailbox: string | undefined): string {
  return `${mailboxPath(mailbox)}/sendMail`;
}

/** `POST …/messages/{id}/send`: sends a draft (at most once — a sent draft is no longer a draft). */
export function sendDraftUrl(mailbox: string | undefined, draftId: string): string {
  return `${messagesUrl(mailbox, draftId)}/send`;
}
