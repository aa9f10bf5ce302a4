import { createHash } from 'node:crypto';
import type { MailAddress, StoredAttachment, StoredMessage } from './state';

/**
 * A stored message as RFC 5322 / MIME text, as Graph's `GET /messages/{id}/$value` returns it: headers with
 * non-ASCII words as RFC 2047 encoded-words (UTF-8, base64), a multipart/mixed body with the HTML part and each
 * attachment in base64, attachment names in RFC 2231 form (`filename*=utf-8''…`) and as an encoded-word for older
 * readers. The sender's copy carries Bcc, a recipient's does not — as in Exchange.
 */

const CRLF = '\r\n';
const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** Encoded-words of at most 75 characters, never splitting a UTF-8 character, joined by folding whitespace. */
export function encodeWord(text: string): string {
  if (isAscii(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    // 45 bytes of UTF-8 are 60 base64 characters: "=?utf-8?B?" + 60 + "?=" = 72.
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  words.push(chunk);
  return words.map((w) => `=?utf-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

function mailbox(a: MailAddress): string {
  if (!a.name) return `<${a.address}>`;
  return isAscii(a.name) ? `"${a.name.replace(/["\\]/g, '\\$&')}" <${a.address}>` : `${encodeWord(a.name)} <${a.address}>`;
}

const addressList = (list: readonly MailAddress[]): string => list.map(mailbox).join(`,${CRLF} `);

/** RFC 5322 date in UTC: "Sun, 06 Dec 2026 10:00:00 +0000". */
function rfc5322Date(iso: string): string {
  return new Date(iso).toUTCString().replace(/GMT$/, '+0000');
}

/** RFC 2231 extended value: UTF-8 with every byte outside attr-char percent-encoded. */
function extendedValue(value: string): string {
  const encoded = [...Buffer.from(value, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9!#$&+\-.^_`|~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
  return `utf-8''${encoded}`;
}

/** Base64 in lines of 76 characters. */
function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

function attachmentPart(a: StoredAttachment): string[] {
  const quotedName = `"${encodeWord(a.name).replace(/"/g, '')}"`;
  return [
    `Content-Type: ${a.contentType}; name=${quotedName}`,
    `Content-Disposition: ${a.isInline ? 'inline' : 'attachment'}; filename*=${extendedValue(a.name)}`,
    ...(a.contentId ? [`Content-ID: <${a.contentId}>`] : []),
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(a.contentBytes, 'base64')),
  ];
}

export function toMime(m: StoredMessage): string {
  const boundary = `_sekretariat_${createHash('sha256').update(m.id).digest('hex').slice(0, 24)}_`;
  const from = m.from ?? m.sender;
  const headers = [
    ...(from ? [`From: ${mailbox(from)}`] : []),
    ...(m.toRecipients.length > 0 ? [`To: ${addressList(m.toRecipients)}`] : []),
    ...(m.ccRecipients.length > 0 ? [`Cc: ${addressList(m.ccRecipients)}`] : []),
    ...(m.bccRecipients.length > 0 ? [`Bcc: ${addressList(m.bccRecipients)}`] : []),
    ...(m.replyTo.length > 0 ? [`Reply-To: ${addressList(m.replyTo)}`] : []),
    `Subject: ${encodeWord(m.subject)}`,
    `Date: ${rfc5322Date(m.sentDateTime || m.createdDateTime)}`,
    `Message-ID: ${m.internetMessageId}`,
    ...m.internetMessageHeaders.filter((h) => /^x-/i.test(h.name)).map((h) => `${h.name}: ${encodeWord(h.value)}`),
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const bodyPart = [
    `Content-Type: text/${m.body.contentType === 'html' ? 'html' : 'plain'}; charset="utf-8"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(Buffer.from(m.body.content, 'utf8')),
  ];
  const parts = [bodyPart, ...m.attachments.map(attachmentPart)];
  return [...headers, '', ...parts.flatMap((p) => [`--${boundary}`, ...p]), `--${boundary}--`, ''].join(CRLF);
}
