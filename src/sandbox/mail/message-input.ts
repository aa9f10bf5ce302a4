import { GraphHttpError } from '../http/types';
import type { MailAddress, StoredAttachment, StoredHeader } from './state';

/** A message in a request body (sendMail, create draft, PATCH), validated as Graph validates it. */
export interface MessageInput {
  subject?: string;
  body?: { contentType: 'text' | 'html'; content: string };
  from?: MailAddress;
  toRecipients?: MailAddress[];
  ccRecipients?: MailAddress[];
  bccRecipients?: MailAddress[];
  replyTo?: MailAddress[];
  importance?: 'low' | 'normal' | 'high';
  attachments?: Omit<StoredAttachment, 'id' | 'lastModifiedDateTime'>[];
  internetMessageHeaders?: StoredHeader[];
  extendedProperties?: { id: string; value: string }[];
  categories?: string[];
  isRead?: boolean;
  flag?: { flagStatus: 'notFlagged' | 'complete' | 'flagged' };
  inferenceClassification?: 'focused' | 'other';
}

const bad = (message: string, code = 'ErrorInvalidRequest'): GraphHttpError => new GraphHttpError(400, code, message);
const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

function recipients(value: unknown, name: string): MailAddress[] {
  if (!Array.isArray(value)) throw bad(`Invalid value for property '${name}': a collection is expected.`);
  return value.map((r: unknown) => {
    const email = record(record(r)?.emailAddress);
    const address = typeof email?.address === 'string' ? email.address.trim() : '';
    if (!/^[^@\s]+@[^@\s]+$/.test(address)) {
      throw bad(
        `At least one recipient is not valid., Recipient '${address}' is not resolved. All recipients must be resolved before a message can be submitted.`,
        'ErrorInvalidRecipients',
      );
    }
    return { name: typeof email?.name === 'string' && email.name ? email.name : address, address };
  });
}

function attachments(value: unknown): NonNullable<MessageInput['attachments']> {
  if (!Array.isArray(value)) throw bad("Invalid value for property 'attachments'.");
  return value.map((a: unknown) => {
    const v = record(a) ?? {};
    const type = typeof v['@odata.type'] === 'string' ? v['@odata.type'] : '#microsoft.graph.fileAttachment';
    if (type.replace(/^#/, '') !== 'microsoft.graph.fileAttachment')
      throw bad(`Attachment type '${type}' is not supported by the sandbox.`);
    if (typeof v.name !== 'string' || typeof v.contentBytes !== 'string') throw bad('A file attachment needs name and contentBytes.');
    if (!/^[A-Za-z0-9+/=\s]*$/.test(v.contentBytes)) throw bad(`Invalid base64 in attachment '${v.name}'.`);
    const bytes = Buffer.from(v.contentBytes, 'base64');
    return {
      name: v.name,
      contentType: typeof v.contentType === 'string' ? v.contentType : 'application/octet-stream',
      size: bytes.length,
      isInline: v.isInline === true,
      ...(typeof v.contentId === 'string' ? { contentId: v.contentId } : {}),
      contentBytes: bytes.toString('base64'),
    };
  });
}

function headers(value: unknown): StoredHeader[] {
  if (!Array.isArray(value)) throw bad("Invalid value for property 'internetMessageHeaders'.");
  return value.map((h: unknown) => {
    const v = record(h) ?? {};
    const name = typeof v.name === 'string' ? v.name : '';
    if (!/^x-/i.test(name)) {
      throw bad(`The internet message header name '${name}' should start with 'x-' or 'X-'.`, 'InvalidInternetMessageHeader');
    }
    return { name, value: typeof v.value === 'string' ? v.value : '' };
  });
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw bad(`Requested value '${String(value)}' was not found for property '${name}'.`);
}

export function parseMessageInput(raw: unknown): MessageInput {
  const v = record(raw);
  if (!v) throw bad('Empty Payload. JSON content expected.');
  const input: MessageInput = {};
  if (v.subject !== undefined) input.subject = typeof v.subject === 'string' ? v.subject : String(v.subject);
  if (v.body !== undefined) {
    const b = record(v.body) ?? {};
    input.body = {
      contentType:
        b.contentType === undefined ? 'text' : oneOf(String(b.contentType).toLowerCase(), ['text', 'html'] as const, 'contentType'),
      content: typeof b.content === 'string' ? b.content : '',
    };
  }
  if (v.from !== undefined) input.from = recipients([v.from], 'from')[0];
  for (const key of ['toRecipients', 'ccRecipients', 'bccRecipients', 'replyTo'] as const) {
    if (v[key] !== undefined) input[key] = recipients(v[key], key);
  }
  if (v.importance !== undefined) input.importance = oneOf(v.importance, ['low', 'normal', 'high'] as const, 'importance');
  if (v.attachments !== undefined) input.attachments = attachments(v.attachments);
  if (v.internetMessageHeaders !== undefined) input.internetMessageHeaders = headers(v.internetMessageHeaders);
  if (v.singleValueExtendedProperties !== undefined) {
    if (!Array.isArray(v.singleValueExtendedProperties)) throw bad("Invalid value for property 'singleValueExtendedProperties'.");
    input.extendedProperties = v.singleValueExtendedProperties.map((p: unknown) => {
      const r = record(p) ?? {};
      if (typeof r.id !== 'string' || typeof r.value !== 'string') throw bad('An extended property needs id and value.');
      return { id: r.id, value: r.value };
    });
  }
  if (v.categories !== undefined) {
    if (!Array.isArray(v.categories) || !v.categories.every((c) => typeof c === 'string'))
      throw bad("Invalid value for property 'categories'.");
    input.categories = v.categories as string[];
  }
  if (v.isRead !== undefined) {
    if (typeof v.isRead !== 'boolean') throw bad("Invalid value for property 'isRead'.");
    input.isRead = v.isRead;
  }
  if (v.flag !== undefined)
    input.flag = { flagStatus: oneOf(record(v.flag)?.flagStatus, ['notFlagged', 'complete', 'flagged'] as const, 'flagStatus') };
  if (v.inferenceClassification !== undefined)
    input.inferenceClassification = oneOf(v.inferenceClassification, ['focused', 'other'] as const, 'inferenceClassification');
  return input;
}

/** PidTagDeferredSendTime: when set in the future, Exchange holds the message in the Outbox. */
export function deferredSendTime(input: MessageInput): string | undefined {
  const prop = input.extendedProperties?.find((p) => /^SystemTime\s+0x3FEF$/i.test(p.id.trim()));
  if (!prop) return undefined;
  const ms = Date.parse(prop.value);
  if (Number.isNaN(ms)) throw bad(`Invalid SystemTime value '${prop.value}'.`);
  return new Date(ms).toISOString();
}
