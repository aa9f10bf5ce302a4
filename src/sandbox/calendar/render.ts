import { bodyPreview } from '../mail/html-text';
import type { Json } from '../http/odata/json';
import { toDateTimeTimeZone } from './timezones';
import type { StoredEvent } from './state';

/** A stored event as Graph's event resource, its times in the reader's preferred zone. */
export function renderEvent(e: StoredEvent, tz: { name: string; zone: string }): Json {
  const location = { displayName: e.location.displayName, locationType: e.location.locationType ?? 'default', uniqueIdType: 'unknown' };
  return {
    '@odata.etag': `W/"${e.changeKey}"`,
    id: e.id,
    createdDateTime: e.createdDateTime,
    lastModifiedDateTime: e.lastModifiedDateTime,
    changeKey: e.changeKey,
    categories: [...e.categories],
    transactionId: e.transactionId ?? null,
    originalStartTimeZone: e.originalStartTimeZone,
    originalEndTimeZone: e.originalEndTimeZone,
    iCalUId: e.iCalUId,
    reminderMinutesBeforeStart: e.reminderMinutesBeforeStart,
    isReminderOn: e.isReminderOn,
    hasAttachments: false,
    subject: e.subject,
    bodyPreview: bodyPreview(e.body),
    importance: e.importance,
    sensitivity: e.sensitivity,
    isAllDay: e.isAllDay,
    isCancelled: e.isCancelled,
    isOrganizer: e.isOrganizer,
    responseRequested: e.responseRequested,
    seriesMasterId: null,
    showAs: e.showAs,
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(e.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: e.isOnlineMeeting,
    onlineMeetingProvider: e.isOnlineMeeting ? e.onlineMeetingProvider : 'unknown',
    allowNewTimeProposals: e.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { ...e.responseStatus },
    body: { ...e.body },
    start: toDateTimeTimeZone(Date.parse(e.start), tz),
    end: toDateTimeTimeZone(Date.parse(e.end), tz),
    location,
    locations: e.locations.map((l) => ({ displayName: l.displayName, locationType: l.locationType ?? 'default', uniqueIdType: 'unknown' })),
    recurrence: null,
    attendees: e.attendees.map((a) => ({ type: a.type, status: { ...a.status }, emailAddress: { ...a.emailAddress } })),
    organizer: { emailAddress: { ...e.organizer } },
    onlineMeeting: e.isOnlineMeeting && e.joinUrl ? { joinUrl: e.joinUrl } : null,
  };
}
