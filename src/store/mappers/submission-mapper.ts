import type { Submission, SubmissionAttachment, SubmissionFollowUp } from '../../domain/types';
import { RECEIPT_STATES, SUBMISSION_SOURCES, SUBMISSION_STATUSES } from '../../domain/vocabulary/submission';
import { etagOf, Fields, itemId, type GraphListItem } from '../list-item';
import { isRecord, jsonArray } from './json-note';
import { withoutUndefined } from './meeting-mapper';
import { byIso } from '../../domain/iso-order';

/** The human reference of a submission: the forum's short name and the list item's number ("KSG-0042"). */
export function submissionReference(shortName: string, id: string): string {
  return /^\d+$/.test(id) ? `${shortName}-${id.padStart(4, '0')}` : `${shortName}-${id}`;
}

function attachmentsOf(text: string): SubmissionAttachment[] {
  return jsonArray(text).flatMap((v) =>
    isRecord(v) && typeof v.name === 'string'
      ? [
          {
            name: v.name,
            contentType: typeof v.contentType === 'string' ? v.contentType : 'application/octet-stream',
            size: typeof v.size === 'number' ? v.size : 0,
            ...(typeof v.url === 'string' ? { url: v.url } : {}),
          },
        ]
      : [],
  );
}

function followUpsOf(text: string): SubmissionFollowUp[] {
  return jsonArray(text).flatMap((v) =>
    isRecord(v) && typeof v.internetMessageId === 'string'
      ? [
          {
            internetMessageId: v.internetMessageId,
            receivedAt: typeof v.receivedAt === 'string' ? v.receivedAt : '',
            senderAddress: typeof v.senderAddress === 'string' ? v.senderAddress : '',
            text: typeof v.text === 'string' ? v.text : '',
          },
        ]
      : [],
  );
}

/** A Submissions list item → Submission. The received time falls back to the item's creation time. */
export function toSubmission(forumId: string, item: GraphListItem, shortName?: string): Submission {
  const f = Fields.of(item);
  const id = itemId(item);
  const submission: Submission = {
    id,
    forumId,
    title: f.text('Title'),
    senderName: f.optionalText('SenderName') ?? f.text('SenderAddress'),
    senderAddress: f.text('SenderAddress').trim().toLowerCase(),
    receivedAt: f.date('ReceivedAt') ?? new Fields({ c: item.createdDateTime }).date('c') ?? '',
    status: f.choice('Status', SUBMISSION_STATUSES, 'new'),
    recommendations: f.lines('Recommendations'),
    description: f.text('Description'),
    internetMessageId: f.text('InternetMessageId'),
    attachments: attachmentsOf(f.text('AttachmentsJson')),
    followUps: followUpsOf(f.text('FollowUps')),
    unknownSender: f.bool('UnknownSender'),
    ...(f.bool('FoundInJunk') ? { foundInJunk: true } : {}),
    etag: etagOf(item),
  };
  const duration = f.number('DurationMinutes');
  const source = f.optionalText('Source');
  const receipt = f.optionalText('Receipt');
  return {
    ...submission,
    ...withoutUndefined({
      meetingId: f.optionalText('MeetingId'),
      presenter: f.optionalText('Presenter'),
      conversationId: f.optionalText('ConversationId'),
      meetingHint: f.optionalText('MeetingHint'),
      caseNumber: f.optionalText('CaseNumber'),
      decisionReason: f.optionalText('DecisionReason'),
      reference: shortName ? submissionReference(shortName, id) : undefined,
      source: source ? f.choice('Source', SUBMISSION_SOURCES, 'mail') : undefined,
      receipt: receipt ? f.choice('Receipt', RECEIPT_STATES, 'pending') : undefined,
    }),
    ...(duration !== undefined && duration > 0 ? { durationMinutes: duration } : {}),
  };
}

export function toSubmissions(forumId: string, items: readonly GraphListItem[], shortName?: string): Submission[] {
  return items.map((i) => toSubmission(forumId, i, shortName)).sort((a, b) => byIso(b.receivedAt, a.receivedAt));
}
