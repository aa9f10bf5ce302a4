/**
 * Exchange as the sandbox models it: one mailbox per tenant member and per shared mailbox,
 * folders, messages, an outbox of mail that left the tenant, and recorded Teams activity.
 * Every change to a message draws a number from `changeSeq`, so delta queries can answer
 * "what changed since" exactly, whatever else is written meanwhile.
 */

export interface MailAddress {
  readonly name: string;
  readonly address: string;
}

export type WellKnownFolder = 'inbox' | 'sentitems' | 'drafts' | 'deleteditems' | 'outbox' | 'junkemail' | 'archive';

export interface StoredFolder {
  readonly id: string;
  displayName: string;
  /** The mailbox root ("msgfolderroot") id for top-level folders. */
  parentFolderId: string;
  /** Graph v1.0 has no wellKnownName property; kept to resolve `/mailFolders/inbox`. */
  readonly wellKnownName?: WellKnownFolder;
}

export interface StoredAttachment {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly isInline: boolean;
  readonly contentId?: string;
  readonly lastModifiedDateTime: string;
  /** Base64. */
  readonly contentBytes: string;
}

export interface StoredHeader {
  readonly name: string;
  readonly value: string;
}

export interface FollowupFlag {
  readonly flagStatus: 'notFlagged' | 'complete' | 'flagged';
}

/** What an eventMessage (meeting request, cancellation, response) carries besides a message's props. */
export interface MeetingInfo {
  readonly meetingMessageType: 'meetingRequest' | 'meetingCancelled' | 'meetingAccepted' | 'meetingTenativelyAccepted' | 'meetingDeclined';
  /** The event in the recipient's calendar, if they have one in the tenant. */
  readonly eventId?: string;
  /** UTC ISO instants. */
  readonly start: string;
  readonly end: string;
  readonly location?: string;
  readonly isAllDay: boolean;
}

export interface StoredMessage {
  readonly id: string;
  folderId: string;
  /** The change sequence number of its last change (see MailState.changeSeq). */
  seq: number;
  changeKey: string;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  receivedDateTime: string;
  sentDateTime: string;
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  from?: MailAddress;
  sender?: MailAddress;
  toRecipients: MailAddress[];
  ccRecipients: MailAddress[];
  bccRecipients: MailAddress[];
  replyTo: MailAddress[];
  readonly conversationId: string;
  /** Base64 Exchange conversation index. */
  readonly conversationIndex: string;
  readonly internetMessageId: string;
  readonly internetMessageHeaders: StoredHeader[];
  isRead: boolean;
  isDraft: boolean;
  importance: 'low' | 'normal' | 'high';
  categories: string[];
  flag: FollowupFlag;
  inferenceClassification: 'focused' | 'other';
  attachments: StoredAttachment[];
  meeting?: MeetingInfo;
  /** For a message held in the Outbox (PidTagDeferredSendTime): when it goes out (UTC ISO). */
  deferredUntil?: string;
  /** singleValueExtendedProperties as sent ({ id, value }). */
  extendedProperties?: { id: string; value: string }[];
}

/** A message removed from a folder (deleted or moved out), for delta's `@removed`. */
export interface Tombstone {
  readonly id: string;
  readonly folderId: string;
  readonly seq: number;
}

export interface Mailbox {
  /** The owning user's object id (a member or a shared mailbox). */
  readonly ownerId: string;
  readonly address: string;
  readonly displayName: string;
  /** Users with full access and send-as (shared mailboxes: the forum's secretariat and chairs). */
  delegateIds: string[];
  readonly rootFolderId: string;
  folders: StoredFolder[];
  messages: StoredMessage[];
  tombstones: Tombstone[];
}

/** Mail that left the tenant (to an address no sandbox mailbox receives). */
export interface OutboxMail {
  readonly id: string;
  readonly to: string[];
  readonly from: MailAddress;
  readonly subject: string;
  readonly body: { contentType: 'text' | 'html'; content: string };
  readonly internetMessageId: string;
  readonly conversationId: string;
  readonly sentDateTime: string;
  readonly headers: StoredHeader[];
  readonly attachments: { name: string; contentType: string; size: number }[];
  readonly meeting?: MeetingInfo;
}

export interface ActivityRecord {
  readonly id: string;
  readonly recipientId: string;
  readonly senderId: string;
  readonly createdDateTime: string;
  readonly activityType: string;
  readonly topic: { source: string; value: string; webUrl?: string };
  readonly previewText?: string;
  readonly templateParameters: { name: string; value: string }[];
  readonly chainId?: number;
}

export interface MailState {
  /** Last change sequence number drawn; strictly increasing. */
  changeSeq: number;
  mailboxes: Mailbox[];
  outbox: OutboxMail[];
  activity: ActivityRecord[];
  /** Whether our Teams app is installed for a user (by user id): tenant members yes, guests no. */
  teamsAppInstalled: Record<string, boolean>;
}
