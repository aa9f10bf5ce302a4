import type { Tally } from '../../domain/consultation/tally';
import type { Consultation, ConsultationRecipient, ConsultationReply } from '../../domain/consultation/consultation-types';
import type { ConsultationVerdict } from '../../domain/mail/mail-types';
import type { Forum, SignedInUser } from '../../domain/types';

/** A file the secretariat attached in the dialog, copied to "Høringer/<ref>/" in the forum's document library. */
export interface NewAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface NewConsultation {
  /** Made once per dialog (a UUID): a retried start finds the consultation it made. */
  readonly correlationId: string;
  readonly title: string;
  readonly question: string;
  readonly recommendations: readonly string[];
  readonly description: string;
  /** ISO UTC. */
  readonly deadline: string;
  readonly recipients: readonly ConsultationRecipient[];
  /** Hours before the deadline the reminder goes; undefined for none. */
  readonly reminderHours?: number;
  /** The chairs approve before it goes out. */
  readonly signOffRequired: boolean;
  readonly attachments?: readonly NewAttachment[];
}

export type SendOutcome = 'sent' | 'claimed-elsewhere' | 'awaiting-sign-off' | 'not-open' | 'refused';

/** Why a send was refused although the consultation looked ready (docs/SECURITY.md). */
export type SendRefusal = 'owners-unknown' | 'members-changed' | 'not-secretariats';

export interface SendResult {
  readonly outcome: SendOutcome;
  readonly reason?: SendRefusal;
  readonly consultation: Consultation;
  /** Mails that went out in this call. */
  readonly sentNow: number;
}

export interface Overview {
  readonly consultation: Consultation;
  readonly replies: readonly ConsultationReply[];
  readonly tally: Tally;
}

export interface CloseResult {
  readonly outcome: 'closed' | 'claimed-elsewhere' | 'before-deadline' | 'already-closed';
  readonly consultation: Consultation;
  /** The meeting whose agenda got the written item; undefined when no meeting lies ahead. */
  readonly meetingId?: string;
  readonly itemId?: string;
  /** The outcome document in the consultation's folder (linked from the outcome mail). */
  readonly documentUrl?: string;
  readonly sentNow: number;
}

/** The written consultations of a forum, as the UI gets them through `Stores` (loaded on first use). */
export interface ConsultationApi {
  list(forum: Forum): Promise<Consultation[]>;
  /** Creates it (with its reference and attachments) and, unless the chairs sign off first, sends it. */
  start(forum: Forum, input: NewConsultation): Promise<SendResult>;
  /** Sends each recipient their own mail, once. */
  send(forum: Forum, consultation: Consultation): Promise<SendResult>;
  /** A chair approves sending it; the last chair's approval makes it ready to send. */
  signOff(forum: Forum, consultation: Consultation, chair: SignedInUser): Promise<Consultation>;
  overview(forum: Forum, consultation: Consultation): Promise<Overview>;
  /** The secretariat's correction of a reply's classification (If-Match). */
  correct(forum: Forum, reply: ConsultationReply, verdict: ConsultationVerdict): Promise<ConsultationReply>;
  /** The reminder to exactly those who have not answered, once. */
  remind(forum: Forum, consultation: Consultation): Promise<SendResult>;
  /** Due reminders of all open consultations (the app and `sekretariat remind` may call it as often as they like). */
  remindDue(forum: Forum): Promise<number>;
  /** After the deadline: the outcome recorded, mailed to all recipients once, and a written item on the next meeting. */
  close(forum: Forum, consultation: Consultation, outcome: string): Promise<CloseResult>;
  /** The matter as an item on a (newly booked extraordinary) meeting, once. */
  addToMeeting(forum: Forum, consultation: Consultation, meetingId: string): Promise<string>;
}
