import { toDateTimeTimeZone, UTC_ZONE } from '../calendar/timezones';
import { bodyPreview, htmlToPlainText } from './html-text';
import type { Json } from '../http/odata/json';
import type { MailAddress, Mailbox, StoredAttachment, StoredFolder, StoredMessage } from './state';

const recipient = (a: MailAddress): Json => ({ emailAddress: { name: a.name, address: a.address } });

/** Graph's dateTimeTimeZone in UTC, for eventMessage start/end. */
const utcDateTime = (iso: string): Json => ({ ...toDateTimeTimeZone(Date.parse(iso), UTC_ZONE) });

export interface MessageRenderOptions {
  /** `Prefer: outlook.body-content-type="text"`. */
  readonly bodyAsText?: boolean;
  /** internetMessageHeaders are only returned when $select'ed, as Graph does. */
  readonly withHeaders?: boolean;
  readonly withAttachments?: boolean;
}

/** A stored message as Graph's message (or eventMessage) resource. */
export function renderMessage(m: StoredMessage, opts: MessageRenderOptions = {}): Json {
  const body =
    opts.bodyAsText && m.body.contentType === 'html' ? { contentType: 'text', content: htmlToPlainText(m.body.content) } : m.body;
  const out: Json = {
    '@odata.type': m.meeting ? '#microsoft.graph.eventMessage' : '#microsoft.graph.message',
    '@odata.etag': `W/"${m.changeKey}"`,
    id: m.id,
    createdDateTime: m.createdDateTime,
    lastModifiedDateTime: m.lastModifiedDateTime,
    changeKey: m.changeKey,
    categories: [...m.categories],
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.sentDateTime,
    hasAttachments: m.attachments.some((a) => !a.isInline),
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    bodyPreview: bodyPreview(m.body),
    importance: m.importance,
    parentFolderId: m.folderId,
    conversationId: m.conversationId,
    conversationIndex: m.conversationIndex,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: m.isRead,
    isDraft: m.isDraft,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(m.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: m.inferenceClassification,
    body: { ...body },
    ...(m.from ? { sender: recipient(m.sender ?? m.from), from: recipient(m.from) } : {}),
    toRecipients: m.toRecipients.map(recipient),
    ccRecipients: m.ccRecipients.map(recipient),
    bccRecipients: m.bccRecipients.map(recipient),
    replyTo: m.replyTo.map(recipient),
    flag: { ...m.flag },
  };
  if (opts.withHeaders) out.internetMessageHeaders = m.internetMessageHeaders.map((h) => ({ name: h.name, value: h.value }));
  if (opts.withAttachments) out.attachments = m.attachments.map((a) => renderAttachment(a, true));
  if (m.meeting) {
    out.meetingMessageType = m.meeting.meetingMessageType;
    out.startDateTime = utcDateTime(m.meeting.start);
    out.endDateTime = utcDateTime(m.meeting.end);
    out.location = { displayName: m.meeting.location ?? '' };
    out.isAllDay = m.meeting.isAllDay;
    out.type = 'singleInstance';
    out.isOutOfDate = false;
    out.isDelegated = false;
  }
  return out;
}

export function renderAttachment(a: StoredAttachment, withContent: boolean): Json {
  return {
    '@odata.type': '#microsoft.graph.fileAttachment',
    '@odata.mediaContentType': a.contentType,
    id: a.id,
    lastModifiedDateTime: a.lastModifiedDateTime,
    name: a.name,
    contentType: a.contentType,
    size: a.size,
    isInline: a.isInline,
    contentId: a.contentId ?? null,
    contentLocation: null,
    ...(withContent ? { contentBytes: a.contentBytes } : {}),
  };
}

/** A folder with its counts, as Graph's mailFolder resource. */
export function renderFolder(box: Mailbox, f: StoredFolder): Json {
  const inFolder = box.messages.filter((m) => m.folderId === f.id);
  return {
    id: f.id,
    displayName: f.displayName,
    parentFolderId: f.parentFolderId,
    childFolderCount: box.folders.filter((c) => c.parentFolderId === f.id).length,
    unreadItemCount: inFolder.filter((m) => !m.isRead).length,
    totalItemCount: inFolder.length,
    isHidden: false,
  };
}
