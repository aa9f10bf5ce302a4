import PostalMime from 'postal-mime';
import type { OutgoingMail } from './delivery';
import type { MailAddress } from './state';

/** Flattens address groups ("Undisclosed recipients: a, b;") into mailboxes. */
function addresses(list: readonly PostalMime.Address[] | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  for (const a of list ?? []) {
    if (a.group) out.push(...a.group.map((m) => ({ name: m.name || m.address, address: m.address })));
    else if (a.address) out.push({ name: a.name || a.address, address: a.address });
  }
  return out;
}

/**
 * A raw RFC 822 message (an .eml) as a message to deliver: its own Message-ID, all its headers
 * (Auto-Submitted, X-Auto-Response-Suppress, In-Reply-To, References …) and its attachments.
 */
export async function parseEml(raw: Buffer): Promise<OutgoingMail> {
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'base64' });
  const from = addresses(email.from ? [email.from] : [])[0] ?? { name: '', address: 'unknown@invalid' };
  const sent = email.date ? Date.parse(email.date) : Number.NaN;
  const body =
    email.html !== undefined
      ? { contentType: 'html' as const, content: email.html }
      : { contentType: 'text' as const, content: email.text ?? '' };
  return {
    from,
    ...(email.sender && email.sender.address && email.sender.address !== from.address
      ? { sender: { name: email.sender.name || email.sender.address, address: email.sender.address } }
      : {}),
    to: addresses(email.to),
    cc: addresses(email.cc),
    replyTo: addresses(email.replyTo),
    subject: email.subject ?? '',
    body,
    importance: importanceOf(email.headers),
    attachments: email.attachments.map((a, i) => {
      const base64 =
        typeof a.content === 'string'
          ? a.content
          : Buffer.from(a.content instanceof ArrayBuffer ? new Uint8Array(a.content) : a.content).toString('base64');
      return {
        name: a.filename ?? `attachment-${i + 1}`,
        contentType: a.mimeType,
        size: Buffer.from(base64, 'base64').length,
        isInline: a.disposition === 'inline' && a.contentId !== undefined,
        ...(a.contentId ? { contentId: a.contentId.replace(/^<|>$/g, '') } : {}),
        contentBytes: base64,
      };
    }),
    headers: email.headers.map((h) => ({ name: h.originalKey || h.key, value: h.value })),
    ...(email.messageId ? { internetMessageId: email.messageId.startsWith('<') ? email.messageId : `<${email.messageId}>` } : {}),
    ...(email.inReplyTo ? { inReplyTo: email.inReplyTo } : {}),
    ...(email.references ? { references: email.references } : {}),
    ...(Number.isNaN(sent) ? {} : { sentDateTime: new Date(sent).toISOString() }),
  };
}

function importanceOf(headers: readonly PostalMime.Header[]): 'low' | 'normal' | 'high' {
  const value = (headers.find((h) => h.key === 'importance' || h.key === 'x-priority')?.value ?? '').toLowerCase();
  if (value.startsWith('high') || value.startsWith('1') || value.startsWith('2')) return 'high';
  if (value.startsWith('low') || value.startsWith('4') || value.startsWith('5')) return 'low';
  return 'normal';
}
