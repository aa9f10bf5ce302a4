import type { Submission, SubmissionStatus } from '../../domain/types';
import { etagOf, Fields, itemId, type GraphListItem } from '../list-item';
import { withoutUndefined } from './meeting';

const STATUSES: readonly SubmissionStatus[] = ['new', 'accepted', 'deferred', 'declined'];

/** A Submissions list item → Submission. The received time falls back to the item's creation time. */
export function toSubmission(forumId: string, item: GraphListItem): Submission {
  const f = Fields.of(item);
  const submission: Submission = {
    id: itemId(item),
    forumId,
    title: f.text('Title'),
    senderName: f.optionalText('SenderName') ?? f.text('SenderAddress'),
    senderAddress: f.text('SenderAddress').trim().toLowerCase(),
    receivedAt: f.date('ReceivedAt') ?? new Fields({ c: item.createdDateTime }).date('c') ?? '',
    status: f.choice('Status', STATUSES, 'new'),
    recommendations: f.lines('Recommendations'),
    description: f.text('Description'),
    internetMessageId: f.text('InternetMessageId'),
    etag: etagOf(item),
  };
  const duration = f.number('DurationMinutes');
  return {
    ...submission,
    ...withoutUndefined({ meetingId: f.optionalText('MeetingId'), presenter: f.optionalText('Presenter') }),
    ...(duration !== undefined && duration > 0 ? { durationMinutes: duration } : {}),
  };
}

export function toSubmissions(forumId: string, items: readonly GraphListItem[]): Submission[] {
  return items.map((i) => toSubmission(forumId, i)).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}
