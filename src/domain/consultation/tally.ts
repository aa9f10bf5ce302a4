import type { Answer, Consultation, ConsultationRecipient, ConsultationReply } from './consultation-types';
import { byIso } from '../iso-order';

/** One recipient's line in the overview. */
export interface RecipientTally {
  readonly recipient: ConsultationRecipient;
  readonly answer: Answer;
  /** The reply that counts: the latest from the member or their substitute. */
  readonly reply?: ConsultationReply;
  /** Earlier replies the latest replaced, oldest first. */
  readonly earlier: readonly ConsultationReply[];
  /** The counting reply came after the deadline. */
  readonly late: boolean;
  /** The counting reply came from the substitute's address. */
  readonly bySubstitute: boolean;
}

export interface Tally {
  readonly rows: readonly RecipientTally[];
  readonly counts: Readonly<Record<Answer, number>>;
  /** Recipients with a counting reply. */
  readonly answered: number;
  /** Replies from addresses that were not asked: shown, flagged, never counted. */
  readonly flagged: readonly ConsultationReply[];
  readonly late: number;
}

const norm = (a: string | undefined): string => (a ?? '').trim().toLowerCase();

/** The recipient a reply speaks for: the member's own address first, then a substitute's. */
export function recipientFor(
  recipients: readonly ConsultationRecipient[],
  address: string,
): { recipient: ConsultationRecipient; bySubstitute: boolean } | undefined {
  const a = norm(address);
  if (a === '') return undefined;
  const own = recipients.find((r) => norm(r.email) === a);
  if (own) return { recipient: own, bySubstitute: false };
  const sub = recipients.find((r) => r.substituteEmail !== undefined && norm(r.substituteEmail) === a);
  return sub ? { recipient: sub, bySubstitute: true } : undefined;
}

const byTime = (a: ConsultationReply, b: ConsultationReply): number => byIso(a.receivedAt, b.receivedAt) || a.id.localeCompare(b.id);

/**
 * Who answered what. Only replies naming this consultation's reference count; per recipient the latest reply
 * (the member's or their substitute's) is the answer; a reply after the deadline still counts but is marked late;
 * a reply from anyone not asked is flagged and not counted.
 */
export function tallyReplies(
  consultation: Pick<Consultation, 'reference' | 'recipients' | 'deadline'>,
  replies: readonly ConsultationReply[],
): Tally {
  const ref = consultation.reference.toUpperCase();
  const mine = replies.filter((r) => r.reference.toUpperCase() === ref).sort(byTime);
  const byRecipient = new Map<string, { reply: ConsultationReply; bySubstitute: boolean }[]>();
  const flagged: ConsultationReply[] = [];
  for (const reply of mine) {
    const match = recipientFor(consultation.recipients, reply.senderAddress);
    if (!match) {
      flagged.push(reply);
      continue;
    }
    const key = norm(match.recipient.email);
    byRecipient.set(key, [...(byRecipient.get(key) ?? []), { reply, bySubstitute: match.bySubstitute }]);
  }
  const deadline = Date.parse(consultation.deadline);
  const counts: Record<Answer, number> = { approve: 0, noComments: 0, comments: 0, objection: 0, unclassified: 0, none: 0 };
  let late = 0;
  const rows = consultation.recipients.map((recipient): RecipientTally => {
    const all = byRecipient.get(norm(recipient.email)) ?? [];
    const last = all[all.length - 1];
    if (!last) {
      counts.none += 1;
      return { recipient, answer: 'none', earlier: [], late: false, bySubstitute: false };
    }
    const answer: Answer = last.reply.verdict ?? 'unclassified';
    counts[answer] += 1;
    const isLate = Date.parse(last.reply.receivedAt) > deadline;
    if (isLate) late += 1;
    return {
      recipient,
      answer,
      reply: last.reply,
      earlier: all.slice(0, -1).map((r) => r.reply),
      late: isLate,
      bySubstitute: last.bySubstitute,
    };
  });
  return { rows, counts, answered: rows.length - counts.none, flagged, late };
}

/** Whether anyone objected (the overview then offers an extraordinary meeting instead). */
export const hasObjections = (tally: Tally): boolean => tally.counts.objection > 0;

/** It may be closed: it is out and the deadline has passed — or everyone asked has answered. */
export function canClose(c: Pick<Consultation, 'status' | 'deadline'>, tally: Tally, now: Date): boolean {
  return c.status === 'open' && (now.getTime() >= Date.parse(c.deadline) || (tally.rows.length > 0 && tally.counts.none === 0));
}
