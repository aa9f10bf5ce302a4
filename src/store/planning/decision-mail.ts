import type { Message } from '@microsoft/microsoft-graph-types';
import { decisionKey, decisionMail, type SubmissionDecision } from '../../domain/submission-decision-mail';
import type { Graph } from '../../graph/types';
import { ConflictError } from '../errors';
import { MEMBER_MAIL_CORRELATION_PROPERTY, sendEachOnce } from '../mail/send-once';
import { updateItemFields } from '../update-item';
import type { DecisionMailOutcome, PlanningForum, PlanningSubmission } from './planning-types';

/**
 * The chairs' decision mailed to the submitter once per decision. The decision write itself claims the mail
 * (DecisionNotified "sending:<key>", with If-Match); this sends it from the forum mailbox through send-once (a draft
 * with a correlation id, then `/send`: a lost answer is settled by looking the id up, never by sending again) and
 * records "<key>". A definite refusal releases the claim; an outcome looking cannot settle leaves it claimed (never
 * sent twice).
 */

/** Marks the decision mail so the intake can tell it from a submission if a copy comes back. */
export const DECISION_HEADER = 'X-Sekretariat-Decision';

const SENDING = 'sending:';

/** Whether this decision's mail has gone or is going. */
export function alreadyNotified(submission: Pick<PlanningSubmission, 'decisionNotified'>, key: string): boolean {
  return submission.decisionNotified === key || submission.decisionNotified === `${SENDING}${key}`;
}

export const claimValue = (key: string): string => `${SENDING}${key}`;

export function decisionMessage(forum: PlanningForum, submission: PlanningSubmission, decision: SubmissionDecision): Message {
  const mail = decisionMail({ forum, submission, decision });
  return {
    subject: mail.subject,
    body: { contentType: 'html', content: mail.bodyHtml },
    toRecipients: [{ emailAddress: { address: submission.senderAddress, ...(submission.senderName ? { name: submission.senderName } : {}) } }],
    replyTo: [{ emailAddress: { address: forum.mailbox, name: forum.name } }],
    internetMessageHeaders: [{ name: DECISION_HEADER, value: decisionKey(decision) }],
  };
}

/**
 * The mail's correlation id: one per decision and claim. The eTag of the write that claimed it tells this decision
 * from an earlier identical one (accepted, deferred, accepted again), whose mail is in the mailbox too.
 */
export function decisionCorrelation(submission: Pick<PlanningSubmission, 'id'>, key: string, claimEtag: string): string {
  return `decision:${submission.id}:${key}:${claimEtag}`;
}

/** Whether a mail can go at all; checked before the decision write claims it. */
export function mailBlocker(forum: PlanningForum, submission: PlanningSubmission): DecisionMailOutcome | undefined {
  if (forum.mailbox.trim() === '') return 'no-mailbox';
  if (!/^[^\s@]+@[^\s@]+$/.test(submission.senderAddress)) return 'no-sender-address';
  return undefined;
}

/**
 * Sends the mail for a submission whose decision write carried the claim (`etag` is the eTag that write returned).
 * `previous` is what DecisionNotified held before the claim, restored when Graph refuses the mail.
 */
export async function sendClaimedDecisionMail(
  graph: Graph,
  forum: PlanningForum,
  submission: PlanningSubmission,
  decision: SubmissionDecision,
  etag: string,
  previous: string | undefined,
): Promise<DecisionMailOutcome> {
  const key = decisionKey(decision);
  const correlation = decisionCorrelation(submission, key, etag);
  const outcomes = await sendEachOnce(graph, forum.mailbox, [{ correlation, message: decisionMessage(forum, submission, decision) }], {
    resume: false,
    property: MEMBER_MAIL_CORRELATION_PROPERTY,
  }).catch(() => undefined);
  const outcome = outcomes?.get(correlation);
  if (outcome?.kind === 'not-sent') {
    await updateItemFields(graph, forum, 'Submissions', submission.id, etag, { DecisionNotified: previous ?? null }).catch(() => undefined);
    return 'failed';
  }
  if (outcome?.kind !== 'sent') return 'uncertain';
  await updateItemFields(graph, forum, 'Submissions', submission.id, etag, { DecisionNotified: key }).catch((error: unknown) => {
    // Changed again meanwhile (another decision): the claim value still says this one went; nothing to fix.
    if (!(error instanceof ConflictError)) throw error;
  });
  return 'sent';
}
