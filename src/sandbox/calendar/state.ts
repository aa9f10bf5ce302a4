/**
 * Calendars of the sandbox tenant: each group's and each member's. A meeting lives once in the
 * organizer's calendar (for forum meetings: the group's) and as a copy, with the same iCalUId,
 * in every tenant attendee's calendar. Times are stored as UTC instants.
 */

export type CalendarOwner = { readonly kind: 'group'; readonly id: string } | { readonly kind: 'user'; readonly id: string };

export type ResponseType = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';
export type FreeBusyStatus = 'unknown' | 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere';

export interface EmailAddress {
  readonly name: string;
  readonly address: string;
}

export interface StoredAttendee {
  readonly type: 'required' | 'optional' | 'resource';
  readonly emailAddress: EmailAddress;
  status: { response: ResponseType; time: string };
}

export interface StoredLocation {
  readonly displayName: string;
  readonly locationType?: string;
}

export interface StoredEvent {
  readonly id: string;
  readonly owner: CalendarOwner;
  readonly iCalUId: string;
  /** For an attendee's copy: the organizer's event id. */
  readonly organizerEventId?: string;
  readonly transactionId?: string;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  /** UTC ISO instants. */
  start: string;
  end: string;
  /** The zone the organizer gave (originalStartTimeZone / originalEndTimeZone). */
  originalStartTimeZone: string;
  originalEndTimeZone: string;
  location: StoredLocation;
  locations: StoredLocation[];
  attendees: StoredAttendee[];
  organizer: EmailAddress;
  isOrganizer: boolean;
  responseStatus: { response: ResponseType; time: string };
  isOnlineMeeting: boolean;
  onlineMeetingProvider: 'unknown' | 'teamsForBusiness';
  joinUrl?: string;
  isCancelled: boolean;
  showAs: FreeBusyStatus;
  isAllDay: boolean;
  categories: string[];
  importance: 'low' | 'normal' | 'high';
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  responseRequested: boolean;
  allowNewTimeProposals: boolean;
}

export interface CalendarState {
  events: StoredEvent[];
}
