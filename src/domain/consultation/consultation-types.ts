import type { Claim } from '../claims';
import type { ConsultationStatus, ConsultationVerdict } from '../vocabulary/consultation';
import type { WriteStamp } from '../types';

/**
 * A written consultation (skriftlig høring): one matter mailed to the members, each answering by mail before a
 * deadline. Pure data; the store maps it to and from the Consultations list.
 */

export type { ConsultationStatus };

/** Who was asked: a forum member as they were when the consultation went out. */
export interface ConsultationRecipient {
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  readonly organisation?: string;
  /** The member's substitute may answer on their behalf. */
  readonly substituteEmail?: string;
}

/**
 * A chair's approval of the consultation before it goes out: their own record on the SignOffs list. Who signed is the
 * record's server-stamped author, never a name the app writes; it counts only while nobody else has changed it and
 * it names the consultation's content as it is (sign-off.ts).
 */
export interface ChairSignOff {
  /** The SignOffs item's id. */
  readonly id: string;
  /** The author's address and name, as SharePoint stamped them. */
  readonly email: string;
  readonly name: string;
  /** When it was given (ISO UTC). */
  readonly at: string;
  /** The consultation content hash the chair signed off. */
  readonly hash: string;
  /** Nobody but its author has changed the record. */
  readonly authentic: boolean;
}

export interface ConsultationAttachment {
  readonly name: string;
  readonly url: string;
  readonly size: number;
}

export interface Consultation {
  readonly id: string;
  /** "KSG-2027-03": the forum's short name, the year, a running number. In every mail's subject. */
  readonly reference: string;
  readonly title: string;
  readonly question: string;
  /** The "at …" bullets of the Indstilling. */
  readonly recommendations: readonly string[];
  /** The Sagsfremstilling. */
  readonly description: string;
  /** ISO UTC. */
  readonly deadline: string;
  readonly status: ConsultationStatus;
  readonly recipients: readonly ConsultationRecipient[];
  readonly attachments: readonly ConsultationAttachment[];
  /** When the reminder goes to those who have not answered (ISO UTC); absent = no reminder. */
  readonly reminderAt?: string;
  /** The reminder went, to these addresses, at this time. Never twice. */
  readonly reminderSentAt?: string;
  readonly remindedTo?: readonly string[];
  /** When every recipient had their mail; and who has had it (a send that stopped part-way resumes from here). */
  readonly sentAt?: string;
  readonly sentTo: readonly string[];
  /** The conversations its mails (the request, the reminder) started: a reply in one of them answers this consultation. */
  readonly conversations?: readonly string[];
  readonly signOffRequired: boolean;
  /** The sign-off records naming this consultation (counted or not: sign-off.ts decides). */
  readonly signOffs: readonly ChairSignOff[];
  /** SHA-256 of what the chairs sign off (sign-off.ts `consultationContent`); set by the store when it reads the item. */
  readonly contentHash?: string;
  /** Who wrote the item: it is sent only when the secretariat created it and changed it last. */
  readonly stamp?: WriteStamp;
  readonly outcome?: string;
  readonly closedAt?: string;
  readonly outcomeSentAt?: string;
  /** The written item on the next meeting's agenda that carries the outcome. */
  readonly outcomeItemId?: string;
  readonly outcomeMeetingId?: string;
  /** A send in progress (the consultation, the reminder or the outcome), or left by an attempt that died. */
  readonly claim?: Claim;
  readonly createdAt?: string;
  readonly etag: string;
}

/** A reply as the intake recorded it (ConsultationReplies), with the secretariat's correction if any. */
export interface ConsultationReply {
  readonly id: string;
  /** The reference the reply's subject named ("KSG-2027-03"). */
  readonly reference: string;
  readonly senderAddress: string;
  readonly senderName: string;
  /** Null when the parser could not tell (an empty reply). */
  readonly verdict: ConsultationVerdict | null;
  /** The reply's own text, quotes and signature removed. */
  readonly comment: string;
  readonly receivedAt: string;
  readonly internetMessageId: string;
  /** The secretariat set the verdict by hand. */
  readonly corrected: boolean;
  readonly etag: string;
}

/** What a recipient's answer is in the tally. */
export type Answer = ConsultationVerdict | 'unclassified' | 'none';
