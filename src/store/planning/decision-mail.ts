import type { Message } from '@microsoft/microsoft-graph-types';
import { decisionKey, decisionMail, type SubmissionDecision } from '../../domain/submission-decision-mail';
import type { Graph } from '../../graph/graph-types';
import type { Claim } from '../../domain/claims';
import { letGo, releaseClaim, type OwnedClaim } from '../claims-store';
import { ONCE_MAIL } from '../mail/once-mail-kinds';
import { sendEachOnce } from '../mail/send-once';
import type { DecisionMailOutcome, PlanningForum, PlanningSubmission } from './planning-types';

/**
 * The chairs' decision mailed to the submitter once per decision. The decision write itself claims the mail (an owned
 * claim in DecisionMailClaim, src/domain/claims.ts, written in the same If-Match PATCH, carrying the mail's correlation
 * id); this sends it from the forum mailbox through send-once (a draft with the correlation id, then `/send`: a lost
 * answer is settled by looking the id up, never by sending again) and records "<key>" in DecisionNotified as it
 * releases the claim. A definite refusal lets the claim go; an outcome looking cannot settle keeps it, and the next
 * attempt after the claim's timeout (pressing again, or `sekretariat run`) takes it over and settles it by the id.
 */

/** Marks the decision mail so the intake can tell it from a submission if a copy comes back. */
export const DECISION_HEADER = 'X-Sekretariat-Decision';

/** How an older version marked a mail under way, without an owner or a time: still counted as going, never sent again. */
const LEGACY_SENDING = 'sending:';

/** Whether this decision's mail has gone (or an older version's attempt was sending it). */
export function alreadyNotified(submission: Pick<PlanningSubmission, 'decisionNotified'>, key: string): boolean {
  return submission.decisionNotified === key || submission.decisionNotified === `${LEGACY_SENDING}${key}`;
}

export function decisionMessage(forum: PlanningForum, submission: PlanningSubmission, decision: SubmissionDecision): Message {
  const mail = decisionMail({ forum, submission, decision });
  return {
    subject: mail.subject,
    body: { contentType: 'html', content: String(mail.bodyHtml) },
    toRecipients: [
      { emailAddress: { address: submission.senderAddress, ...(submission.senderName ? { name: submission.senderName } : {}) } },
    ],
    replyTo: [{ emailAddress: { address: forum.mailbox, name: forum.name } }],
    internetMessageHeaders: [{ name: DECISION_HEADER, value: decisionKey(decision) }],
  };
}

/**
 * The mail's correlation id: one per decision and claim. The attempt's nonce tells this decision from an earlier
 * identical one (accepted, deferred, accepted again), whose mail is in the mailbox too.
 */
export function decisionCorrelation(submission: Pick<PlanningSubmission, 'id'>, key: string, nonce: string): string {
  return `decision:${submission.id}:${key}:${nonce}`;
}

/** The decision a mail claim is for (read from its correlation id), so another decision's claim is not taken for it. */
export function claimedDecisionKey(claim: Pick<Claim, 'correlation'> | undefined, submissionId: string): string | undefined {
  const prefix = `decision:${submissionId}:`;
  const c = claim?.correlation;
  if (!c?.startsWith(prefix)) return undefined;
  const rest = c.slice(prefix.length);
  const cut = rest.lastIndexOf(':');
  return cut > 0 ? rest.slice(0, cut) : undefined;
}

/** The claimed mail, as the decision write left it for sending. */
export interface ClaimedMail {
  readonly owned: OwnedClaim;
  readonly correlation: string;
  /** Taken over from an attempt that died: its draft or its sent mail is looked up first. */
  readonly resume: boolean;
}

/** Whether a mail can go at all; checked before the decision write claims it. */
export function mailBlocker(forum: PlanningForum, submission: PlanningSubmission): DecisionMailOutcome | undefined {
  if (forum.mailbox.trim() === '') return 'no-mailbox';
  if (!/^[^\s@]+@[^\s@]+$/.test(submission.senderAddress)) return 'no-sender-address';
  return undefined;
}

/**
 * Sends the mail a decision write claimed, and records it (DecisionNotified "<key>") as the claim is released. Graph's
 * definite refusal lets the claim go ('failed': a press again sends it); an outcome nobody can tell yet keeps it
 * ('uncertain': after the timeout the next attempt looks the correlation id up and sends only what did not go).
 */
export async function sendClaimedDecisionMail(
  graph: Graph,
  forum: PlanningForum,
  submission: PlanningSubmission,
  decision: SubmissionDecision,
  mail: ClaimedMail,
): Promise<DecisionMailOutcome> {
  const key = decisionKey(decision);
  const outcomes = await sendEachOnce(
    graph,
    forum.mailbox,
    [{ correlation: mail.correlation, message: decisionMessage(forum, submission, decision) }],
    {
      resume: mail.resume,
      kind: ONCE_MAIL.decisionMail,
    },
  ).catch(() => undefined);
  const outcome = outcomes?.get(mail.correlation);
  if (outcome?.kind === 'not-sent') {
    await letGo(graph, forum, mail.owned);
    return 'failed';
  }
  if (outcome?.kind !== 'sent') return 'uncertain';
  // My claim gone (another decision took the slot, or a takeover records it): the mail went all the same.
  await releaseClaim(graph, forum, mail.owned, { DecisionNotified: key }).catch(() => undefined);
  return 'sent';
}
