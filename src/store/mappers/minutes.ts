import type { Approval, ApprovalDecision, MinutesVersion, MinutesVersionStatus } from '../../domain/types';
import { Fields, itemId, type GraphListItem } from '../list-item';

const VERSION_STATUSES: readonly MinutesVersionStatus[] = ['awaiting-approval', 'approved', 'superseded'];
const DECISIONS: readonly ApprovalDecision[] = ['approved', 'changes-requested'];

/** A MinutesVersions list item → MinutesVersion (the snapshot itself is read on demand, not here). */
export function toMinutesVersion(item: GraphListItem): MinutesVersion {
  const f = Fields.of(item);
  return {
    id: itemId(item),
    meetingId: f.text('MeetingId'),
    version: f.number('Version') ?? 0,
    contentHash: f.text('ContentHash').toLowerCase(),
    status: f.choice('Status', VERSION_STATUSES, 'awaiting-approval'),
    createdAt: new Fields({ c: item.createdDateTime }).date('c') ?? '',
  };
}

/**
 * An Approvals list item → Approval. Who approved comes from the server-stamped `createdBy`, never from a
 * field; `modifiedById` lets the approval rule discard records someone else has touched.
 */
export function toApproval(item: GraphListItem): Approval {
  const f = Fields.of(item);
  const author = item.createdBy?.user;
  const email = author?.email?.toLowerCase();
  const comment = f.optionalText('Comment');
  return {
    id: itemId(item),
    minutesVersionId: f.text('MinutesVersionId'),
    contentHash: f.text('ContentHash').toLowerCase(),
    decision: f.choice('Decision', DECISIONS, 'changes-requested'),
    createdBy: { id: author?.id ?? '', name: author?.displayName ?? '', ...(email ? { email } : {}) },
    modifiedById: item.lastModifiedBy?.user?.id ?? '',
    createdAt: new Fields({ c: item.createdDateTime }).date('c') ?? '',
    ...(comment ? { comment } : {}),
  };
}
