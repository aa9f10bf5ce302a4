import type { Message } from '@microsoft/microsoft-graph-types';
import { claimState } from '../../domain/claims';
import { receiptAllowed, submissionReceipt } from '../../domain/submission-receipt';
import type { Forum, Meeting, Submission } from '../../domain/types';
import { batchResults } from '../../graph/batch-results';
import { isPreconditionFailed } from '../../graph/errors';
import type { Graph, GraphPage, GraphRequest } from '../../graph/graph-types';
import { Fields, listItemsUrl, listItemUrl, type GraphListItem } from '../list-item';
import { ONCE_MAIL } from '../mail/once-mail-kinds';
import { sendEachOnce } from '../mail/send-once';
import { submissionReference, toSubmission } from '../mappers/submission-mapper';
import { throwIfTransient } from './batch-status';

/** Marks our receipt so a reply to it, or its copy, is recognised. */
export const RECEIPT_HEADER = 'X-Sekretariat-Receipt';

/** A submission whose receipt this sync holds the claim for (Receipt 'sending', with the eTag of that write). */
export interface ClaimedReceipt {
  readonly submission: Submission;
  readonly etag: string;
  /**
   * An earlier attempt may have made this receipt's draft (a receipt back to 'pending' after a send that did not
   * go): it is looked up and reused before anything is created.
   */
  readonly resume?: boolean;
}

export interface ReceiptReport {
  readonly sent: number;
  /** Graph refused the mail; the receipt is 'pending' again and goes with a later sync. */
  readonly failed: number;
  /** The mail may have gone (no answer): left 'sending', never sent twice. */
  readonly stuck: number;
}

const PENDING_BATCH = 50;

/** The receipt's correlation id in the forum mailbox: one receipt per submission, ever (its Message-ID is unique). */
export function receiptCorrelation(submission: Pick<Submission, 'internetMessageId'>): string {
  return `receipt:${submission.internetMessageId}`;
}

export function receiptMessage(
  forum: Pick<Forum, 'name' | 'mailbox' | 'shortName'>,
  submission: Submission,
  meeting?: Pick<Meeting, 'title' | 'start'>,
): Message {
  const reference = submission.reference ?? submissionReference(forum.shortName, submission.id);
  const mail = submissionReceipt({
    forumName: forum.name,
    reference,
    title: submission.title,
    ...(submission.senderName && submission.senderName !== submission.senderAddress ? { senderName: submission.senderName } : {}),
    ...(meeting ? { meeting: { title: meeting.title, start: meeting.start } } : {}),
  });
  return {
    subject: mail.subject,
    body: { contentType: 'html', content: String(mail.bodyHtml) },
    toRecipients: [
      { emailAddress: { address: submission.senderAddress, ...(submission.senderName ? { name: submission.senderName } : {}) } },
    ],
    replyTo: [{ emailAddress: { address: forum.mailbox, name: forum.name } }],
    internetMessageHeaders: [{ name: RECEIPT_HEADER, value: reference }],
  };
}

/**
 * A receipt a sync claimed ('sending') and never finished: the item unchanged for longer than a claim's timeout
 * (src/domain/claims.ts) — the sync died between recording the submission and marking its receipt, or its send got
 * no answer it could settle. Its mail may have gone: it is taken over and looked up by correlation first (resume).
 */
function leftSending(item: GraphListItem, now: Date): boolean {
  if (Fields.of(item).text('Receipt') !== 'sending') return false;
  return claimState({ token: Fields.of(item).text('ReceiptClaim'), at: item.lastModifiedDateTime ?? '' }, undefined, now) === 'stale';
}

/**
 * Claims the forum's receipts left 'pending' (a send that failed earlier, a submission added from Outlook) — and those
 * a dead sync left 'sending' (`leftSending`) — with If-Match, pending → sending (sending → sending for a takeover); a
 * 412 means another secretary's sync claimed it first. `except` are ids this sync already holds.
 */
export async function claimPendingReceipts(
  graph: Graph,
  forum: Forum,
  except: ReadonlySet<string>,
  now: Date = new Date(),
): Promise<ClaimedReceipt[]> {
  const page = await graph.get<GraphPage<GraphListItem>>(
    listItemsUrl(forum.siteId, 'Submissions', { filter: `fields/Receipt eq 'pending' or fields/Receipt eq 'sending'`, top: PENDING_BATCH }),
  );
  const pending = page.value
    .filter((item) => Fields.of(item).text('Receipt') === 'pending' || leftSending(item, now))
    .map((item) => toSubmission(forum.groupId, item, forum.shortName))
    .filter((s) => !except.has(s.id));
  const requests: GraphRequest[] = pending.map((s, i) => ({
    id: `p${i}`,
    method: 'PATCH',
    url: `${listItemUrl(forum.siteId, 'Submissions', s.id)}/fields`,
    headers: { 'If-Match': s.etag },
    body: receiptAllowed(s.senderAddress) ? { Receipt: 'sending' } : { Receipt: 'off' },
  }));
  const results = await batchResults(graph, requests);
  return results.flatMap((result, i) => {
    throwIfTransient(result, 'Claiming a receipt');
    const submission = pending[i];
    if (!submission || !result.ok || !receiptAllowed(submission.senderAddress)) return [];
    return [{ submission, etag: result.etag ?? submission.etag, resume: true }];
  });
}

/**
 * Sends the claimed receipts from the forum mailbox exactly once each (drafts with the receipt's correlation id, then
 * `/send`, in `$batch`es: see `sendEachOnce`, which settles a lost answer by looking the id up), then records each:
 * 'sent', or back to 'pending' when it certainly did not go. One that may have gone and could not be settled stays
 * 'sending': never sent twice.
 */
export async function sendReceipts(
  graph: Graph,
  forum: Forum,
  claimed: readonly ClaimedReceipt[],
  meetings: readonly Meeting[] = [],
): Promise<ReceiptReport> {
  if (claimed.length === 0) return { sent: 0, failed: 0, stuck: 0 };
  const mails = claimed.map(({ submission, resume }) => {
    const meeting = submission.meetingId ? meetings.find((m) => m.id === submission.meetingId) : undefined;
    return {
      correlation: receiptCorrelation(submission),
      message: receiptMessage(forum, submission, meeting),
      ...(resume ? { resume } : {}),
    };
  });
  const outcomes = await sendEachOnce(graph, forum.mailbox, mails, { resume: false, kind: ONCE_MAIL.receipt });
  const marks: GraphRequest[] = [];
  let sent = 0;
  let stuck = 0;
  let failed = 0;
  claimed.forEach((claim, i) => {
    const outcome = outcomes.get(receiptCorrelation(claim.submission));
    const url = `${listItemUrl(forum.siteId, 'Submissions', claim.submission.id)}/fields`;
    if (outcome?.kind === 'sent') {
      sent += 1;
      marks.push({ id: `k${i}`, method: 'PATCH', url, headers: { 'If-Match': claim.etag }, body: { Receipt: 'sent' } });
    } else if (outcome?.kind === 'not-sent') {
      failed += 1;
      marks.push({ id: `k${i}`, method: 'PATCH', url, headers: { 'If-Match': claim.etag }, body: { Receipt: 'pending' } });
    } else stuck += 1;
  });
  const recorded = await batchResults(graph, marks);
  // A 412 here means someone edited the submission (a chair's decision) since the claim: the Receipt column is
  // ours alone, so it is written again over the fresh eTag.
  const conflicts = marks.filter((_, i) => {
    const result = recorded[i];
    return result !== undefined && !result.ok && isPreconditionFailed(result.error);
  });
  for (const mark of conflicts) {
    const fresh = await graph.get<GraphListItem>(mark.url.replace(/\/fields$/, '?expand=fields'));
    await graph.patch(mark.url, mark.body, { ifMatch: fresh['@odata.etag'] ?? fresh.eTag ?? '*' });
  }
  // Any other failure to record leaves the receipt 'sending': it went, and it is never sent again.
  return { sent, failed, stuck };
}
