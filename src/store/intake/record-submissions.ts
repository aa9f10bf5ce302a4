import { withCaseNumber } from '../../domain/mail/case-number';
import type { ParsedMail } from '../../domain/mail/mail-types';
import { receiptAllowed } from '../../domain/submission-receipt';
import type { Forum, Submission } from '../../domain/types';
import { batchResults } from '../../graph/batch-results';
import { isAlreadyExists } from '../../graph/errors';
import type { Graph, GraphPage, GraphRequest } from '../../graph/graph-types';
import { listItemsCollectionUrl, listItemsUrl, odataString, type GraphListItem } from '../list-item';
import { toSubmission } from '../mappers/submission-mapper';
import { submissionFields, type NewSubmission } from '../submission-create';
import { errorCodeOf, throwIfTransient } from './batch-status';
import type { IncomingMail } from './fetch-new-mail';
import { senderMemberId } from './route-mail';

/** One mail to record as a submission. */
export interface SubmissionMail {
  readonly incoming: IncomingMail;
  readonly parsed: ParsedMail;
}

export type CreateOutcome =
  | { readonly kind: 'created'; readonly submission: Submission }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'failed'; readonly status: number; readonly code: string };

/** The Message-ID the submission is keyed by (Graph's id when a mail somehow has none). */
export function messageIdOf(incoming: IncomingMail): string {
  return incoming.mail.internetMessageId?.trim() || `<graph-${incoming.id}@sekretariat.invalid>`;
}

/**
 * The submission a mail makes: the parser's fields, the sender matched to a member (else flagged unknown), and
 * flagged when the mail was found in Junk Email. Mail from Junk gets no automatic receipt: the junk filter catches
 * forged senders above all, and a receipt would carry the mail's title to whoever was forged (backscatter); the
 * secretariat looks at it, and its decision mail reaches a genuine sender.
 */
export function newSubmissionFrom(
  forum: Pick<Forum, 'members'>,
  { incoming, parsed }: SubmissionMail,
  receipts: boolean,
  flags: { readonly foundInJunk?: boolean } = {},
): NewSubmission {
  const mail = incoming.mail;
  const sender = parsed.sender ?? mail.from;
  const address = sender?.address.trim().toLowerCase() ?? '';
  const memberId = senderMemberId(forum, parsed, address);
  const attachments = (parsed.attachments.length > 0 ? parsed.attachments : (mail.attachments ?? [])).map((a) => ({
    name: a.name,
    contentType: a.contentType,
    size: a.size,
  }));
  return {
    internetMessageId: messageIdOf(incoming),
    ...(mail.conversationId ? { conversationId: mail.conversationId } : {}),
    title: parsed.title?.trim() || mail.subject.trim() || '(uden emne)',
    senderName: sender?.name || address,
    senderAddress: address,
    receivedAt: incoming.receivedAt,
    recommendations: parsed.recommendations,
    description: parsed.description ?? '',
    ...(parsed.presenter ? { presenter: parsed.presenter } : {}),
    ...(parsed.durationMinutes !== null && parsed.durationMinutes > 0 ? { durationMinutes: parsed.durationMinutes } : {}),
    ...(parsed.meetingHint ? { meetingHint: parsed.meetingHint } : {}),
    ...withCaseNumber(mail.subject, parsed.title),
    attachments,
    source: 'mail',
    unknownSender: memberId === undefined,
    ...(flags.foundInJunk ? { foundInJunk: true } : {}),
    receipt: receipts && !flags.foundInJunk && receiptAllowed(address) ? 'pending' : 'off',
  };
}

/** A token per intake attempt, written with its creates (ReceiptClaim): what tells our own item from another sync's. */
export function newIntakeToken(): string {
  return typeof globalThis.crypto?.randomUUID === 'function'
    ? globalThis.crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Creates the submissions in `$batch`es of 20, once per Message-ID: the column is unique, so the create is safe to
 * repeat (marked repeatable: after a 503, 504 or lost connection the pipeline sends it again, and a second item
 * can never be made). A 409 is looked up: the item carries the token of the attempt that recorded it
 * (ReceiptClaim). Our own token — our create went through and only its answer was lost — adopts the item as
 * created, so its receipt and follow-ups are completed; another's (another secretary's sync, an earlier
 * interrupted run) is a duplicate, whose receipt belongs to that run. A submission due a receipt is created
 * already claimed ('sending'): only the writer whose create succeeded sends it, which is what the
 * pending → sending claim would otherwise decide.
 */
export async function createSubmissions(
  graph: Graph,
  forum: Forum,
  inputs: readonly NewSubmission[],
  token: string = newIntakeToken(),
): Promise<CreateOutcome[]> {
  const requests: GraphRequest[] = inputs.map((input, i) => ({
    id: `s${i}`,
    method: 'POST',
    url: listItemsCollectionUrl(forum.siteId, 'Submissions'),
    body: { fields: { ...submissionFields(input), Receipt: input.receipt === 'pending' ? 'sending' : 'off', ReceiptClaim: token } },
    repeatable: true,
  }));
  const results = await batchResults(graph, requests);
  const outcomes = results.map((result): CreateOutcome => {
    throwIfTransient(result, 'Recording a submission');
    if (result.ok) return { kind: 'created', submission: toSubmission(forum.groupId, result.value as GraphListItem, forum.shortName) };
    if (isAlreadyExists(result.error)) return { kind: 'duplicate' };
    return { kind: 'failed', status: result.error.status, code: errorCodeOf(result.error) };
  });
  const conflicts = inputs.flatMap((input, i) => (outcomes[i]?.kind === 'duplicate' ? [{ i, messageId: input.internetMessageId }] : []));
  if (conflicts.length === 0) return outcomes;
  const found = await batchResults(
    graph,
    conflicts.map(({ messageId }, k) => ({
      id: `f${k}`,
      method: 'GET',
      url: listItemsUrl(forum.siteId, 'Submissions', { filter: `fields/InternetMessageId eq ${odataString(messageId)}`, top: 2 }),
    })),
  );
  conflicts.forEach(({ i }, k) => {
    const result = found[k];
    if (!result) return;
    throwIfTransient(result, 'Looking up a recorded submission');
    const item = result.ok ? (result.value as GraphPage<GraphListItem>).value[0] : undefined;
    if (item && item.fields?.ReceiptClaim === token)
      outcomes[i] = { kind: 'created', submission: toSubmission(forum.groupId, item, forum.shortName) };
  });
  return outcomes;
}
