import type { Attachment, Message } from '@microsoft/microsoft-graph-types';
import type { MailAddress, MailAttachmentInfo, MailHeader, MailMessage } from '../../domain/mail/mail-types';

/**
 * The Graph boundary of the mail intake: a message as `messages/delta` returns it with `INTAKE_SELECT`, and its
 * mapping to the parser's `MailMessage`. Nothing beyond this file sees a Graph message.
 */

/**
 * What the intake asks `messages/delta` for: everything it decides by, without the body. Delta takes `$select` like
 * any GET (Graph keeps it in the next and delta links); `internetMessageHeaders` only comes when selected. The
 * forum's own mail, drafts and auto-replies are told by these alone; the body (and the attachments' names and
 * sizes, which a delta round cannot expand) is fetched afterwards for the mails the intake will read and record.
 * A link saved before the body was left out still brings it: then it is not fetched again.
 */
export const INTAKE_SELECT = [
  'internetMessageId',
  'conversationId',
  'from',
  'sender',
  'toRecipients',
  'subject',
  'receivedDateTime',
  'hasAttachments',
  'internetMessageHeaders',
  'isDraft',
].join(',');

export type IntakeGraphMessage = Pick<
  Message,
  | 'id'
  | 'internetMessageId'
  | 'conversationId'
  | 'from'
  | 'sender'
  | 'toRecipients'
  | 'subject'
  | 'body'
  | 'receivedDateTime'
  | 'hasAttachments'
  | 'internetMessageHeaders'
  | 'isDraft'
> & { readonly '@removed'?: unknown };

export type IntakeGraphAttachment = Pick<Attachment, 'name' | 'contentType' | 'size' | 'isInline'>;

/** Bodies are hostile: the parser gets at most this much of one. */
export const BODY_CAP = 400_000;
const HEADER_CAP = 200;

function address(recipient: Message['from']): MailAddress | undefined {
  const a = recipient?.emailAddress?.address?.trim();
  if (!a) return undefined;
  return { name: recipient?.emailAddress?.name?.trim() || a, address: a.toLowerCase() };
}

function headers(message: IntakeGraphMessage): MailHeader[] {
  return (message.internetMessageHeaders ?? [])
    .slice(0, HEADER_CAP)
    .flatMap((h) => (h.name ? [{ name: h.name, value: h.value ?? '' }] : []));
}

/** A Graph message (and its attachments' metadata) → the parser's input. Inline images are not attachments. */
export function toMailMessage(message: IntakeGraphMessage, attachments: readonly IntakeGraphAttachment[] = []): MailMessage {
  const from = address(message.from) ?? address(message.sender);
  const content = (message.body?.content ?? '').slice(0, BODY_CAP);
  const isHtml = message.body?.contentType === 'html';
  const files: MailAttachmentInfo[] = attachments
    .filter((a) => a.isInline !== true)
    .map((a) => ({ name: a.name ?? 'bilag', contentType: a.contentType ?? 'application/octet-stream', size: a.size ?? 0 }));
  return {
    subject: message.subject ?? '',
    ...(from ? { from } : {}),
    to: (message.toRecipients ?? []).flatMap((r) => {
      const a = address(r);
      return a ? [a] : [];
    }),
    headers: headers(message),
    ...(isHtml ? { html: content } : { text: content }),
    attachments: files,
    ...(message.internetMessageId ? { internetMessageId: message.internetMessageId } : {}),
    ...(message.conversationId ? { conversationId: message.conversationId } : {}),
  };
}

/** A header's value, by name in any case. */
export function headerValue(mail: Pick<MailMessage, 'headers'>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return mail.headers?.find((h) => h.name.toLowerCase() === lower)?.value;
}

/** Whether the mail answers an earlier one (In-Reply-To or References): only such a mail can continue a submission's thread. */
export function isReply(mail: Pick<MailMessage, 'headers'>): boolean {
  return Boolean(headerValue(mail, 'In-Reply-To')?.trim() || headerValue(mail, 'References')?.trim());
}
