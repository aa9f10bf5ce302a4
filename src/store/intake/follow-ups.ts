import type { Forum, Submission, SubmissionAttachment, SubmissionFollowUp } from '../../domain/types';
import { batchResults } from '../../graph/batch-results';
import { GraphError, type Graph, type GraphPage, type GraphRequest } from '../../graph/graph-types';
import { ConflictError } from '../failures';
import { listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../list-item';
import { toSubmission } from '../mappers/submission-mapper';
import { findSubmission } from '../submission-create';
import { updateItemFields } from '../update-item';
import { throwIfTransient } from './batch-status';
import type { SubmissionMail } from './record-submissions';
import { messageIdOf } from './record-submissions';
import { byIso } from '../../domain/iso-order';

const FOLLOW_UP_TEXT_CAP = 4_000;
const MAX_ATTEMPTS = 4;

/** A later mail in a submission's conversation, as the submission keeps it. */
export function followUpOf({ incoming, parsed }: SubmissionMail): SubmissionFollowUp {
  const text = parsed.replyText ?? parsed.description ?? incoming.mail.text ?? '';
  return {
    internetMessageId: messageIdOf(incoming),
    receivedAt: incoming.receivedAt,
    senderAddress: (parsed.sender ?? incoming.mail.from)?.address.toLowerCase() ?? '',
    text: text.trim().slice(0, FOLLOW_UP_TEXT_CAP),
  };
}

/**
 * The submissions already recorded for these conversations (the earliest per conversation), looked up on the
 * indexed ConversationId column in `$batch`es of 20.
 */
export async function submissionsByConversation(
  graph: Graph,
  forum: Forum,
  conversationIds: readonly string[],
): Promise<Map<string, Submission>> {
  const requests: GraphRequest[] = conversationIds.map((c, i) => ({
    id: `c${i}`,
    method: 'GET',
    url: listItemsUrl(forum.siteId, 'Submissions', { filter: `fields/ConversationId eq ${odataString(c)}`, top: 20 }),
  }));
  const results = await batchResults(graph, requests);
  const found = new Map<string, Submission>();
  results.forEach((result, i) => {
    throwIfTransient(result, 'Looking up a conversation');
    const conversation = conversationIds[i];
    if (conversation === undefined || !result.ok) return;
    const items = (result.value as GraphPage<GraphListItem>).value.map((item) => toSubmission(forum.groupId, item, forum.shortName));
    const earliest = items.sort((a, b) => Number(a.id) - Number(b.id) || byIso(a.receivedAt, b.receivedAt))[0];
    if (earliest) found.set(conversation, earliest);
  });
  return found;
}

function merged(
  submission: Submission,
  mails: readonly SubmissionMail[],
): { followUps: SubmissionFollowUp[]; attachments: SubmissionAttachment[]; added: number } {
  const followUps = [...(submission.followUps ?? [])];
  const known = new Set([submission.internetMessageId, ...followUps.map((f) => f.internetMessageId)]);
  const attachments = [...(submission.attachments ?? [])];
  const hasFile = (a: SubmissionAttachment): boolean => attachments.some((b) => b.name === a.name && b.size === a.size);
  let added = 0;
  for (const mail of mails) {
    const followUp = followUpOf(mail);
    if (known.has(followUp.internetMessageId)) continue;
    known.add(followUp.internetMessageId);
    followUps.push(followUp);
    added += 1;
    for (const a of mail.parsed.attachments.length > 0 ? mail.parsed.attachments : (mail.incoming.mail.attachments ?? [])) {
      const file = { name: a.name, contentType: a.contentType, size: a.size };
      if (!hasFile(file)) attachments.push(file);
    }
  }
  followUps.sort((a, b) => byIso(a.receivedAt, b.receivedAt));
  return { followUps, attachments, added };
}

async function reread(graph: Graph, forum: Forum, id: string): Promise<Submission> {
  const item = await graph.get<GraphListItem>(`${listItemUrl(forum.siteId, 'Submissions', id)}?expand=fields`);
  return toSubmission(forum.groupId, item, forum.shortName);
}

/**
 * Appends mails to a submission's FollowUps (and their attachments to its Attachments), skipping Message-IDs it
 * already has. Written with If-Match; on a 412 (a chair triaging, another secretary's sync) the item is read
 * again and the merge redone. Returns how many follow-ups were new, and the item's new eTag.
 */
export async function appendFollowUps(
  graph: Graph,
  forum: Forum,
  target: Submission,
  mails: readonly SubmissionMail[],
): Promise<{ added: number; etag?: string }> {
  let current = target;
  for (let attempt = 1; ; attempt += 1) {
    const { followUps, attachments, added } = merged(current, mails);
    if (added === 0) return { added: 0 };
    try {
      const written = await updateItemFields(graph, forum, 'Submissions', current.id, current.etag, {
        FollowUps: JSON.stringify(followUps),
        AttachmentsJson: JSON.stringify(attachments),
      });
      return { added, ...(written.etag ? { etag: written.etag } : {}) };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw error;
      current = await reread(graph, forum, current.id);
    }
  }
}

/** The submission recorded for a Message-ID (after a 409: another sync created it). */
export async function existingSubmission(graph: Graph, forum: Forum, internetMessageId: string): Promise<Submission> {
  const found = await findSubmission(graph, forum, internetMessageId, forum.shortName);
  if (!found)
    throw new GraphError(
      404,
      'submissionNotFound',
      `No submission for ${internetMessageId} although its create was refused as a duplicate`,
    );
  return found;
}
