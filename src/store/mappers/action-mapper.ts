import type { ActionMark } from '../../domain/action-marks';
import { parseClaim } from '../../domain/claims';
import type { ActionItem } from '../../domain/types';
import { ACTION_STATUSES } from '../../domain/vocabulary/minutes';
import { etagOf, Fields, itemId, writeStampOf, type GraphListItem } from '../list-item';
import { withoutUndefined } from './meeting-mapper';

/** An Actions list item → ActionItem. */
export function toActionItem(item: GraphListItem): ActionItem {
  const f = Fields.of(item);
  return {
    id: itemId(item),
    meetingId: f.text('MeetingId'),
    title: f.text('Title'),
    ownerEmail: f.text('OwnerEmail').trim().toLowerCase(),
    ownerName: f.text('OwnerName'),
    due: f.date('Due') ?? '',
    status: f.choice('Status', ACTION_STATUSES, 'open'),
    ...withoutUndefined({
      doneAt: f.date('DoneAt'),
      agendaItemId: f.optionalText('AgendaItemId'),
      consultationRef: f.optionalText('ConsultationRef'),
      notes: f.optionalText('Notes'),
      correlationId: f.optionalText('CorrelationId'),
      reminderSentAt: f.date('ReminderSentAt'),
      reopenedMark: f.optionalText('ReopenedMark'),
      claim: parseClaim(f.optionalText('Claim')),
      etag: etagOf(item),
    }),
    stamp: writeStampOf(item),
  };
}

/** An ActionMarks list item → ActionMark. Who wrote it and when come from the server's stamps, never from a field. */
export function toActionMark(item: GraphListItem): ActionMark {
  const f = Fields.of(item);
  const at = new Fields({ at: item.lastModifiedDateTime ?? item.createdDateTime }).date('at') ?? '';
  return {
    id: itemId(item),
    actionId: f.text('ActionId'),
    status: f.choice('Status', ACTION_STATUSES, 'open'),
    at,
    stamp: writeStampOf(item),
    ...withoutUndefined({ etag: etagOf(item) }),
  };
}
