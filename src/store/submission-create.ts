import type { ForumRef, Submission, SubmissionAttachment, SubmissionSource } from '../domain/types';
import { isAlreadyExists } from '../graph/errors';
import type { Graph, GraphPage } from '../graph/graph-types';
import { listItemsCollectionUrl, listItemsUrl, odataString, type FieldBag, type GraphListItem } from './list-item';
import { toSubmission } from './mappers/submission-mapper';

/** A submission to record: from the intake sync, Outlook's "Add to agenda", or the compose form's mail. */
export interface NewSubmission {
  /** The mail's Message-ID: the idempotency key (the column is indexed and unique). */
  readonly internetMessageId: string;
  readonly conversationId?: string;
  readonly title: string;
  readonly senderName: string;
  readonly senderAddress: string;
  /** ISO UTC. */
  readonly receivedAt: string;
  readonly recommendations: readonly string[];
  readonly description: string;
  readonly presenter?: string;
  readonly durationMinutes?: number;
  readonly meetingHint?: string;
  /** The case number the mail's subject carried ("Sagsnr. 24/12345"), if any. */
  readonly caseNumber?: string;
  /** The meeting it is proposed for (Meetings item id), when known. */
  readonly meetingId?: string;
  readonly attachments: readonly SubmissionAttachment[];
  readonly source: SubmissionSource;
  readonly unknownSender: boolean;
  /** The mail was found in the forum mailbox's Junk Email: the secretariat should look twice. */
  readonly foundInJunk?: boolean;
  /** Whether a receipt mail is due (the forum's setting); 'off' records that none will go. */
  readonly receipt: 'pending' | 'off';
}

export interface CreatedSubmission {
  readonly submission: Submission;
  /** False when a submission for this Message-ID existed already (a repeated sync, a second secretary). */
  readonly created: boolean;
}

export const NOTE_CAP = 60_000;

export function submissionFields(input: NewSubmission): FieldBag {
  return {
    Title: input.title.slice(0, 255),
    InternetMessageId: input.internetMessageId,
    ConversationId: input.conversationId ?? '',
    SenderName: input.senderName.slice(0, 255),
    SenderAddress: input.senderAddress.trim().toLowerCase(),
    ReceivedAt: input.receivedAt,
    Status: 'new',
    MeetingId: input.meetingId ?? '',
    Recommendations: input.recommendations.join('\n').slice(0, NOTE_CAP),
    Description: input.description.slice(0, NOTE_CAP),
    Presenter: (input.presenter ?? '').slice(0, 255),
    ...(input.durationMinutes !== undefined ? { DurationMinutes: input.durationMinutes } : {}),
    MeetingHint: (input.meetingHint ?? '').slice(0, 255),
    ...(input.caseNumber ? { CaseNumber: input.caseNumber } : {}),
    AttachmentsJson: JSON.stringify(input.attachments),
    Source: input.source,
    UnknownSender: input.unknownSender,
    // Written only when set, so a submission from any other folder needs no column a site may lack.
    ...(input.foundInJunk ? { FoundInJunk: true } : {}),
    Receipt: input.receipt,
  };
}

/** The submission recorded for a Message-ID, if any (one GET on an indexed column). */
export async function findSubmission(
  graph: Graph,
  ref: ForumRef,
  internetMessageId: string,
  shortName?: string,
): Promise<Submission | undefined> {
  const url = listItemsUrl(ref.siteId, 'Submissions', { filter: `fields/InternetMessageId eq ${odataString(internetMessageId)}`, top: 2 });
  const page = await graph.get<GraphPage<GraphListItem>>(url);
  const item = page.value[0];
  return item ? toSubmission(ref.groupId, item, shortName) : undefined;
}

/**
 * Records a submission exactly once per Message-ID. Looks first; creates; if another writer created it in between,
 * SharePoint's unique constraint answers 409 and the existing item is returned. A retry after a lost response
 * therefore finds the first item instead of writing a second.
 */
export async function createSubmission(graph: Graph, ref: ForumRef, input: NewSubmission, shortName?: string): Promise<CreatedSubmission> {
  const existing = await findSubmission(graph, ref, input.internetMessageId, shortName);
  if (existing) return { submission: existing, created: false };
  try {
    // Repeatable: InternetMessageId is unique, so a repeat after a lost answer gets 409 (and the item below).
    const item = await graph.post<GraphListItem>(
      listItemsCollectionUrl(ref.siteId, 'Submissions'),
      { fields: submissionFields(input) },
      { repeatable: true },
    );
    return { submission: toSubmission(ref.groupId, item, shortName), created: true };
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
    const winner = await findSubmission(graph, ref, input.internetMessageId, shortName);
    if (!winner) throw error;
    return { submission: winner, created: false };
  }
}
