import type { Attachment, Message, Recipient } from '@microsoft/microsoft-graph-types';
import type { MailAddress, MailAttachmentInfo, MailMessage } from '../../domain/mail/mail-types';

/** Caps on what a hostile mail can make us hold: bodies, header count, attachment count. */
const BODY_CAP = 2_000_000;
const HEADER_CAP = 200;
const ATTACHMENT_CAP = 100;

/** A file attached to a Graph message, with the id its content is fetched by. */
export interface MessageAttachment extends MailAttachmentInfo {
  readonly id: string;
  /** Inline images of an HTML body: not bilag. */
  readonly isInline: boolean;
}

function address(recipient: Recipient | null | undefined): MailAddress | undefined {
  const a = recipient?.emailAddress;
  const addr = (a?.address ?? '').trim().toLowerCase();
  if (!addr) return undefined;
  return { name: (a?.name ?? '').trim() || addr, address: addr };
}

/**
 * Graph's attachments → their names, types and sizes. Only file attachments (not item or reference attachments)
 * have content to copy; `@odata.type` tells them apart.
 */
export function messageAttachments(attachments: readonly Attachment[] | null | undefined): MessageAttachment[] {
  return (attachments ?? []).slice(0, ATTACHMENT_CAP).flatMap((a) => {
    const type = (a as { '@odata.type'?: string })['@odata.type'];
    if (type !== undefined && type !== '#microsoft.graph.fileAttachment') return [];
    if (!a.id || !a.name) return [];
    return [
      {
        id: a.id,
        name: a.name,
        contentType: a.contentType || 'application/octet-stream',
        size: a.size ?? 0,
        isInline: a.isInline === true,
      },
    ];
  });
}

/**
 * A Graph message (with `internetMessageHeaders` selected and `attachments` expanded) → the parser's MailMessage.
 * The body goes as HTML or text, whichever Graph gave; inline images are not listed as attachments.
 */
export function toMailMessage(message: Message): MailMessage {
  const body = message.body?.content?.slice(0, BODY_CAP) ?? '';
  const isHtml = message.body?.contentType === 'html';
  const from = address(message.from) ?? address(message.sender);
  const to = (message.toRecipients ?? []).flatMap((r) => address(r) ?? []);
  const headers = (message.internetMessageHeaders ?? [])
    .slice(0, HEADER_CAP)
    .flatMap((h) => (h.name ? [{ name: h.name, value: h.value ?? '' }] : []));
  const attachments = messageAttachments(message.attachments)
    .filter((a) => !a.isInline)
    .map(({ name, contentType, size }) => ({ name, contentType, size }));
  return {
    subject: message.subject ?? '',
    ...(from ? { from } : {}),
    to,
    headers,
    ...(body ? (isHtml ? { html: body } : { text: body }) : {}),
    attachments,
    ...(message.internetMessageId ? { internetMessageId: message.internetMessageId } : {}),
    ...(message.conversationId ? { conversationId: message.conversationId } : {}),
  };
}
