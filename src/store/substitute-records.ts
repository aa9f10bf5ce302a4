import { meetingSubstitutes } from '../domain/substitutes';
import type { ForumOwner, Meeting } from '../domain/types';
import { listItemsUrl, odataString, type GraphListItem } from './list-item';
import { toSubstituteRecord } from './mappers/substitute-mapper';

/**
 * The Substitutes records of one meeting (MeetingId is indexed). Every store that shows or acts on who stands in for
 * whom — the attendance, the agenda and the draft minutes — reads them beside the Meetings item, in the same round.
 */
export const substituteRecordsUrl = (siteId: string, meetingId: string): string =>
  listItemsUrl(siteId, 'Substitutes', { filter: `fields/MeetingId eq ${odataString(meetingId)}` });

/**
 * The meeting as read from its item, with `substitutes` the merged result of the rule (domain/substitutes.ts): the
 * secretariat's map on the item, below the records that count. `owners` undefined: the owners could not be read.
 */
export function withSubstitutes(meeting: Meeting, items: readonly GraphListItem[], owners: readonly ForumOwner[] | undefined): Meeting {
  const { substitutes: named, ...rest } = meeting;
  const substitutes = meetingSubstitutes({
    meetingId: meeting.id,
    records: items.map(toSubstituteRecord),
    owners,
    ...(named ? { named } : {}),
  });
  return Object.keys(substitutes).length > 0 ? { ...rest, substitutes } : rest;
}
