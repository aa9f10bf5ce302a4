import type { ParsedMail } from '../../domain/mail/types';
import { receiptAllowed } from '../../domain/submission-receipt';
import type { Forum, Submission } from '../../domain/types';
import type { Graph, GraphRequest } from '../../graph/types';
import { listItemsCollectionUrl, type GraphListItem } from '../list-item';
import { toSubmission } from '../mappers/submission';
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
export function newSubmissionFrom(forum: Pick<Forum, 'members'>, { incoming, parsed }: SubmissionMail, receipts: boolean, flags: { readonly foundInJunk?: boolean } = {}): NewSubmission {
  const mail = incoming.mail;
  const sender = parsed.sender ?? mail.from;
  const address = sender?.address.trim().toLowerCase() ?? '';
  const memberId = senderMemberId(forum, parsed, address);
  const attachments = (parsed.attachments.length > 0 ? parsed.attachments : (mail.attachments ?? [])).map((a) => ({ name: a.name, contentType: a.contentType, size: a.size }));
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
    attachments,
    source: 'mail',
    unknownSender: memberId === undefined,
    ...(flags.foundInJunk ? { foundInJunk: true } : {}),
    receipt: receipts && !flags.foundInJunk && receiptAllowed(address) ? 'pending' : 'off',
  };
}

/**
 * Creates the submissions in `$batch`es of 20, once per Message-ID: the column is unique, so a mail another
 * secretary's sync (or an earlier, interrupted run) already recorded answers 409 and counts as a duplicate.
 * A submission due a receipt is created already claimed ('sending'): only the writer whose create succeeded
 * sends it, which is what the pending → sending claim would otherwise decide.
 */
export async function createSubmissions(graph: Graph, forum: Forum, inputs: readonly NewSubmission[]): Promise<CreateOutcome[]> {
  const requests: GraphRequest[] = inputs.map((input, i) => ({
    id: `s${i}`,
    method: 'POST',
    url: listItemsCollectionUrl(forum.siteId, 'Submissions'),
    body: { fields: { ...submissionFields(input), Receipt: input.receipt === 'pending' ? 'sending' : 'off' } },
  }));
  const responses = requests.length > 0 ? await graph.batch(requests) : [];
  return responses.map((response): CreateOutcome => {
    throwIfTransient(response, 'Recording a submission');
    if (response.status === 201 || response.status === 200) return { kind: 'created', submission: toSubmission(forum.groupId, response.body as GraphListItem, forum.shortName) };
    if (response.status === 409) return { kind: 'duplicate' };
    return { kind: 'failed', status: response.status, code: errorCodeOf(response) };
  });
}
