import type { SubstituteRecord } from '../../domain/substitutes';
import { etagOf, Fields, itemId, writeStampOf, type GraphListItem } from '../list-item';

/** ISO UTC with milliseconds, so that records compare by their string; '' when absent or unparsable. */
function instant(value: string | null | undefined): string {
  const ms = value ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
}

/**
 * A Substitutes list item → SubstituteRecord. Who named the substitute is the item's server-stamped author (and its
 * address), never a field; the last editor lets the rule discard a record someone else has touched.
 */
export function toSubstituteRecord(item: GraphListItem): SubstituteRecord {
  const f = Fields.of(item);
  return {
    id: itemId(item),
    meetingId: f.text('MeetingId'),
    memberEmail: f.text('MemberEmail').trim().toLowerCase(),
    substituteEmail: f.text('SubstituteEmail').trim().toLowerCase(),
    substituteName: f.text('SubstituteName').trim(),
    stamp: writeStampOf(item),
    authorEmail: (item.createdBy?.user?.email ?? '').trim().toLowerCase(),
    changedAt: instant(item.lastModifiedDateTime ?? item.createdDateTime),
    etag: etagOf(item),
  };
}
