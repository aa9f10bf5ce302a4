import PostalMime from 'postal-mime';
import type { MailAddress, MailAttachmentInfo, MailMessage } from '../../domain/mail/mail-types';
import { c1AsWindows1252 as fix } from './c1-as-windows-1252';

/** Raw RFC 822 bytes or text, as the CLI reads a file or the app gets a MIME download. */
export type RawEml = string | ArrayBuffer | Uint8Array;

function mailbox(address: PostalMime.Address | undefined): MailAddress | undefined {
  if (!address) return undefined;
  if (address.group) {
    const first = address.group[0];
    return first ? { name: fix(first.name), address: first.address } : undefined;
  }
  return { name: fix(address.name), address: address.address };
}

function mailboxes(list: readonly PostalMime.Address[] | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const a of list ?? []) {
    if (a.group) out.push(...a.group.map((m) => ({ name: fix(m.name), address: m.address })));
    else out.push({ name: fix(a.name), address: a.address });
  }
  return out;
}

const byteLength = (content: PostalMime.Attachment['content']): number =>
  typeof content === 'string' ? content.length : content instanceof ArrayBuffer ? content.byteLength : content.byteLength;

/**
 * Attachments as the intake lists them: name, type and decoded size. Inline images the HTML shows by Content-ID
 * (signature logos, "image001.png") are not attachments of the item.
 */
function attachmentsOf(email: PostalMime.Email): MailAttachmentInfo[] {
  return email.attachments
    .filter((a) => !(a.related || (a.disposition === 'inline' && a.contentId !== undefined && a.mimeType.startsWith('image/'))))
    .map((a, i) => ({ name: a.filename ? fix(a.filename) : `bilag-${i + 1}`, contentType: a.mimeType, size: byteLength(a.content) }));
}

/** Decodes a raw .eml (any charset and transfer encoding postal-mime knows) into the parser's input. Works in the browser and Node. */
export async function emlToMailMessage(raw: RawEml): Promise<MailMessage> {
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  const from = mailbox(email.from);
  return {
    subject: fix(email.subject ?? ''),
    ...(from ? { from } : {}),
    to: mailboxes(email.to),
    headers: email.headers.map((h) => ({ name: h.originalKey || h.key, value: fix(h.value) })),
    ...(email.text !== undefined ? { text: fix(email.text) } : {}),
    ...(email.html !== undefined ? { html: fix(email.html) } : {}),
    attachments: attachmentsOf(email),
    ...(email.messageId ? { internetMessageId: email.messageId } : {}),
  };
}
