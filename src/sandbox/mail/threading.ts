import { randomBytes } from 'node:crypto';
import type { Mailbox, StoredMessage } from './state';

/** Reply and forward prefixes in the languages our members write (en, da, de, sv, no). */
const PREFIX = /^\s*((re|fw|fwd|sv|vs|aw|wg|antw|vb|ref)\s*(\[\d+\])?\s*:\s*)+/i;

/** "SV: Re: Punkt til mødet" -> "punkt til mødet": the topic a thread shares. */
export function normalizeSubject(subject: string): string {
  return subject.replace(PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Message ids in an In-Reply-To or References header value, in order. */
export function messageIdsIn(headerValue: string | undefined): string[] {
  if (!headerValue) return [];
  return headerValue.match(/<[^<>\s]+>/g) ?? [];
}

export interface ThreadHints {
  readonly subject: string;
  readonly inReplyTo?: string;
  readonly references?: string;
}

export interface ThreadPlacement {
  readonly conversationId: string;
  /** The message it replies to, when one was found (for the conversation index). */
  readonly parent?: StoredMessage;
}

/**
 * The conversation a new message joins: first by In-Reply-To/References (any mailbox knows the
 * parent's conversation, as Exchange does by Thread-Index), then, for replies only, by topic in
 * the receiving mailbox; otherwise a new conversation.
 */
export function placeInThread(
  mailboxes: readonly Mailbox[],
  receiving: Mailbox | undefined,
  hints: ThreadHints,
  newConversationId: () => string,
): ThreadPlacement {
  const ids = [...messageIdsIn(hints.inReplyTo), ...messageIdsIn(hints.references).reverse()];
  for (const id of ids) {
    for (const box of receiving ? [receiving, ...mailboxes] : mailboxes) {
      const parent = box.messages.find((m) => m.internetMessageId === id);
      if (parent) return { conversationId: parent.conversationId, parent };
    }
  }
  const isReply = PREFIX.test(hints.subject);
  if (isReply && receiving) {
    const topic = normalizeSubject(hints.subject);
    const parent = [...receiving.messages]
      .sort((a, b) => b.receivedDateTime.localeCompare(a.receivedDateTime))
      .find((m) => normalizeSubject(m.subject) === topic);
    if (parent) return { conversationId: parent.conversationId, parent };
  }
  return { conversationId: newConversationId() };
}

/** Exchange's conversation index: 22 bytes for a thread's first message, plus 5 per reply level. */
export function conversationIndexFor(parent: StoredMessage | undefined): string {
  if (!parent) return Buffer.concat([Buffer.from([1]), randomBytes(21)]).toString('base64');
  return Buffer.concat([Buffer.from(parent.conversationIndex, 'base64'), randomBytes(5)]).toString('base64');
}
