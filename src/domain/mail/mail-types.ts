import type { ConsultationVerdict } from '../vocabulary/consultation';

/**
 * A mail as the intake sees it, whatever it came from (a Graph message, an .eml, Outlook's open item),
 * and what the parser makes of it. Pure data: no Graph types.
 */

export interface MailAddress {
  readonly name: string;
  readonly address: string;
}

export interface MailHeader {
  readonly name: string;
  readonly value: string;
}

export interface MailAttachmentInfo {
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
}

/** The input of the parser: a decoded mail. Bodies are untrusted; either may be absent. */
export interface MailMessage {
  readonly subject: string;
  readonly from?: MailAddress;
  readonly to?: readonly MailAddress[];
  /** Internet headers as received (any case). Auto-Submitted, X-Auto-Response-Suppress, In-Reply-To … */
  readonly headers?: readonly MailHeader[];
  readonly text?: string;
  readonly html?: string;
  readonly attachments?: readonly MailAttachmentInfo[];
  readonly internetMessageId?: string;
  readonly conversationId?: string;
}

export type MailKind = 'submission' | 'consultationReply' | 'autoReply' | 'other';

export type { ConsultationVerdict };

/**
 * What the parser found. Absent fields are null (the CLI prints them so). `title` falls back to the
 * subject without "Sagsfremstilling:", "Fwd:", "SV:" prefixes.
 */
export interface ParsedMail {
  readonly kind: MailKind;
  readonly title: string | null;
  /** The "at …" bullets under Indstilling, without the bullet marks. */
  readonly recommendations: readonly string[];
  readonly description: string | null;
  readonly presenter: string | null;
  /** What the sender wrote about the meeting ("mødet d. 4. marts 2027"), verbatim. */
  readonly meetingHint: string | null;
  readonly durationMinutes: number | null;
  readonly attachments: readonly MailAttachmentInfo[];
  readonly sender: MailAddress | null;
  /** The forum member whose address (or substitute's address) sent it; null when unknown or no members were given. */
  readonly senderMemberId: string | null;
  /** The consultation reference in the subject, e.g. "KSG-2027-03" (consultation replies only). */
  readonly consultationRef: string | null;
  readonly verdict: ConsultationVerdict | null;
  /** The reply's own text without quotes and signature (consultation replies), or null. */
  readonly replyText: string | null;
}

/** What the parser may know about the forum: its members (to match the sender) and its consultations' references. */
export interface ParseContext {
  readonly members?: readonly { readonly id: string; readonly email: string; readonly substituteEmail?: string }[];
  readonly consultationRefs?: readonly string[];
  /**
   * The conversations the consultations' own mails started (Graph conversationId → reference): a reply whose subject
   * lost the reference (edited, or a client that rewrites subjects) is still matched by the thread it belongs to.
   */
  readonly consultationConversations?: Readonly<Record<string, string>>;
}
