import type { SandboxState } from '../state';
import { requireFolder, wellKnownFolder } from './mailbox';
import { resolveRecipients } from './recipients';
import { changeKeyFor, placeMessage } from './sequence';
import { conversationIndexFor, placeInThread } from './threading';
import type { MailAddress, Mailbox, MeetingInfo, StoredAttachment, StoredHeader, StoredMessage } from './state';

/** A message on its way: from sendMail, a raw .eml, or a meeting invitation. */
export interface OutgoingMail {
  readonly from: MailAddress;
  /** Who actually sent it, when sending on behalf of `from`. */
  readonly sender?: MailAddress;
  readonly to: readonly MailAddress[];
  readonly cc?: readonly MailAddress[];
  readonly bcc?: readonly MailAddress[];
  readonly replyTo?: readonly MailAddress[];
  readonly subject: string;
  readonly body: { contentType: 'text' | 'html'; content: string };
  readonly importance?: 'low' | 'normal' | 'high';
  readonly attachments?: readonly Omit<StoredAttachment, 'id' | 'lastModifiedDateTime'>[];
  /** Headers beyond the ones derived from the fields (custom x- headers, or all of an .eml's). */
  readonly headers?: readonly StoredHeader[];
  /** Kept when given (an .eml's Message-ID); otherwise a new one. */
  readonly internetMessageId?: string;
  readonly inReplyTo?: string;
  readonly references?: string;
  readonly sentDateTime?: string;
  /** singleValueExtendedProperties the sender set: kept on the Sent Items copy (not on the recipients' copies), as Exchange keeps MAPI properties. */
  readonly extendedProperties?: readonly { id: string; value: string }[];
  /** The meeting part of an eventMessage, per receiving mailbox (the event id differs per calendar). */
  readonly meeting?: (box: Mailbox | undefined) => MeetingInfo | undefined;
}

export interface DeliveryOptions {
  readonly nowIso: string;
  readonly newId: () => string;
  readonly domain: string;
  /** The sender's mailbox, for the Sent Items copy (sendMail with saveToSentItems). */
  readonly saveCopyIn?: Mailbox;
  /** Deliver only into these mailboxes (a raw .eml with ?mailbox=); nothing leaves the tenant. */
  readonly onlyInto?: readonly Mailbox[];
  /** The conversation a sent draft already belongs to (used unless the headers place it in another thread). */
  readonly conversationId?: string;
  /**
   * The folder the received copies land in, by well-known name or id (a raw .eml with ?folder=): Junk Email, as
   * Exchange's junk filter puts it, or any folder a rule files it to. Inbox when absent.
   */
  readonly folder?: string;
  /** When the mailbox received it (ISO), for mail older than now (a raw .eml with ?receivedAt=). Now when absent. */
  readonly receivedAt?: string;
}

export interface DeliveryResult {
  readonly internetMessageId: string;
  readonly conversationId: string;
  readonly delivered: { readonly mailbox: Mailbox; readonly message: StoredMessage }[];
  readonly external: string[];
  readonly sentCopy?: StoredMessage;
}

/** Routes a message to inboxes and the outbox. Call inside `db.mutate`. */
export function deliverMail(state: SandboxState, mail: OutgoingMail, opts: DeliveryOptions): DeliveryResult {
  const all = [...mail.to, ...(mail.cc ?? []), ...(mail.bcc ?? [])].map((r) => r.address);
  const routed = opts.onlyInto ? { mailboxes: [...opts.onlyInto], external: [] } : resolveRecipients(state, all);
  const internetMessageId = mail.internetMessageId ?? `<${opts.newId().replace(/-/g, '')}@${opts.domain}>`;
  const hints = {
    subject: mail.subject,
    ...(mail.inReplyTo !== undefined ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references !== undefined ? { references: mail.references } : {}),
  };
  const thread = placeInThread(
    state.mail.mailboxes,
    opts.saveCopyIn ?? routed.mailboxes[0],
    hints,
    () => opts.conversationId ?? opts.newId(),
  );
  const conversationIndex = conversationIndexFor(thread.parent);
  const sentDateTime = mail.sentDateTime ?? opts.nowIso;
  const headers = mail.headers ?? [];

  const build = (box: Mailbox, copy: 'received' | 'sent'): StoredMessage => {
    const id = opts.newId();
    const meeting = mail.meeting?.(box);
    return {
      id,
      folderId: '',
      seq: 0,
      changeKey: changeKeyFor(id, 0),
      createdDateTime: opts.nowIso,
      lastModifiedDateTime: opts.nowIso,
      receivedDateTime: copy === 'received' ? (opts.receivedAt ?? opts.nowIso) : opts.nowIso,
      sentDateTime,
      subject: mail.subject,
      body: { ...mail.body },
      from: mail.from,
      sender: mail.sender ?? mail.from,
      toRecipients: [...mail.to],
      ccRecipients: [...(mail.cc ?? [])],
      bccRecipients: copy === 'sent' ? [...(mail.bcc ?? [])] : [],
      replyTo: [...(mail.replyTo ?? [])],
      conversationId: thread.conversationId,
      conversationIndex,
      internetMessageId,
      internetMessageHeaders: copy === 'received' ? standardHeaders(mail, internetMessageId, sentDateTime, headers) : [],
      isRead: copy === 'sent',
      isDraft: false,
      importance: mail.importance ?? 'normal',
      categories: [],
      flag: { flagStatus: 'notFlagged' },
      inferenceClassification: 'focused',
      attachments: (mail.attachments ?? []).map((a) => ({ ...a, id: opts.newId(), lastModifiedDateTime: opts.nowIso })),
      ...(meeting ? { meeting } : {}),
      ...(copy === 'sent' && mail.extendedProperties ? { extendedProperties: mail.extendedProperties.map((p) => ({ ...p })) } : {}),
    };
  };

  const delivered = routed.mailboxes.map((box) => {
    const message = build(box, 'received');
    const folder = opts.folder === undefined ? wellKnownFolder(box, 'inbox') : requireFolder(box, opts.folder);
    placeMessage(state.mail, box, message, folder.id, opts.nowIso);
    return { mailbox: box, message };
  });
  if (routed.external.length > 0) {
    state.mail.outbox.push({
      id: opts.newId(),
      to: routed.external,
      from: mail.from,
      subject: mail.subject,
      body: { ...mail.body },
      internetMessageId,
      conversationId: thread.conversationId,
      sentDateTime,
      headers: standardHeaders(mail, internetMessageId, sentDateTime, headers),
      attachments: (mail.attachments ?? []).map((a) => ({ name: a.name, contentType: a.contentType, size: a.size })),
      ...(mail.meeting?.(undefined) ? { meeting: mail.meeting(undefined) } : {}),
    });
  }
  let sentCopy: StoredMessage | undefined;
  if (opts.saveCopyIn) {
    sentCopy = build(opts.saveCopyIn, 'sent');
    placeMessage(state.mail, opts.saveCopyIn, sentCopy, wellKnownFolder(opts.saveCopyIn, 'sentitems').id, opts.nowIso);
  }
  return {
    internetMessageId,
    conversationId: thread.conversationId,
    delivered,
    external: routed.external,
    ...(sentCopy ? { sentCopy } : {}),
  };
}

const list = (rs: readonly MailAddress[]): string => rs.map((r) => (r.name ? `"${r.name}" <${r.address}>` : r.address)).join(', ');

/** The headers a received message shows: the ones given, else those its fields imply. */
function standardHeaders(mail: OutgoingMail, messageId: string, sent: string, given: readonly StoredHeader[]): StoredHeader[] {
  const has = (name: string): boolean => given.some((h) => h.name.toLowerCase() === name.toLowerCase());
  const derived: StoredHeader[] = [];
  const add = (name: string, value: string | undefined): void => {
    if (value && !has(name)) derived.push({ name, value });
  };
  add('From', list([mail.from]));
  add('To', list(mail.to));
  add('Cc', list(mail.cc ?? []));
  add('Subject', mail.subject);
  add('Date', new Date(sent).toUTCString().replace('GMT', '+0000'));
  add('Message-ID', messageId);
  add('In-Reply-To', mail.inReplyTo);
  add('References', mail.references);
  add('MIME-Version', '1.0');
  add('Content-Type', mail.body.contentType === 'html' ? 'text/html; charset="utf-8"' : 'text/plain; charset="utf-8"');
  return [...derived, ...given];
}
