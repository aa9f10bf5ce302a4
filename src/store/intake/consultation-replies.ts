import type { ParsedMail } from '../../domain/mail/mail-types';
import type { Forum } from '../../domain/types';
import { VERDICT_VALUES } from '../../domain/vocabulary/consultation';
import { batchResults } from '../../graph/batch-results';
import { isAlreadyExists } from '../../graph/errors';
import type { Graph, GraphRequest } from '../../graph/graph-types';
import { listItemsCollectionUrl, type FieldBag } from '../list-item';
import { throwIfTransient } from './batch-status';
import type { IncomingMail } from './fetch-new-mail';
import { messageIdOf } from './record-submissions';

const TEXT_CAP = 60_000;

export function consultationReplyFields(incoming: IncomingMail, parsed: ParsedMail): FieldBag {
  const sender = parsed.sender ?? incoming.mail.from;
  return {
    Title: (incoming.mail.subject.trim() || '(uden emne)').slice(0, 255),
    InternetMessageId: messageIdOf(incoming),
    ConsultationRef: (parsed.consultationRef ?? '').slice(0, 255),
    SenderAddress: sender?.address.toLowerCase() ?? '',
    SenderName: (sender?.name ?? '').slice(0, 255),
    Verdict: parsed.verdict ? VERDICT_VALUES[parsed.verdict] : 'unknown',
    Comment: (parsed.replyText ?? parsed.description ?? incoming.mail.text ?? '').slice(0, TEXT_CAP),
    ReceivedAt: incoming.receivedAt,
  };
}

export interface ReplyOutcome {
  readonly created: number;
  readonly duplicates: number;
  readonly failed: number;
  /** Per reply, in order: recorded now or before (a 409), so its mail is done with. */
  readonly recorded: readonly boolean[];
}

/**
 * Records each consultation reply once in ConsultationReplies (its InternetMessageId column is unique: a reply
 * recorded before answers 409). Never a submission: the written consultation reads them.
 */
export async function recordConsultationReplies(
  graph: Graph,
  forum: Forum,
  replies: readonly { incoming: IncomingMail; parsed: ParsedMail }[],
): Promise<ReplyOutcome> {
  const requests: GraphRequest[] = replies.map((r, i) => ({
    id: `r${i}`,
    method: 'POST',
    url: listItemsCollectionUrl(forum.siteId, 'ConsultationReplies'),
    body: { fields: consultationReplyFields(r.incoming, r.parsed) },
    // Repeatable: InternetMessageId is unique, so a repeat after a lost answer gets 409: the reply is recorded once
    // (counted a duplicate; nothing follows from recording it).
    repeatable: true,
  }));
  const results = await batchResults(graph, requests);
  const out = { created: 0, duplicates: 0, failed: 0 };
  const recorded: boolean[] = [];
  for (const result of results) {
    throwIfTransient(result, 'Recording a consultation reply');
    const duplicate = !result.ok && isAlreadyExists(result.error);
    if (result.ok) out.created += 1;
    else if (duplicate) out.duplicates += 1;
    else out.failed += 1;
    recorded.push(result.ok || duplicate);
  }
  return { ...out, recorded };
}
