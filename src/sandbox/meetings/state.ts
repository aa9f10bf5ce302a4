/** Teams meetings made through `POST /me/onlineMeetings`: standalone, owned by their organiser. */
export interface StoredOnlineMeeting {
  readonly id: string;
  readonly organizerId: string;
  readonly creationDateTime: string;
  readonly startDateTime: string;
  readonly endDateTime: string;
  readonly subject: string;
  readonly joinWebUrl: string;
  readonly threadId: string;
}

/** One person's time in one session of a Teams meeting (Graph's attendanceRecord, with its intervals). */
export interface StoredAttendanceRecord {
  readonly emailAddress: string;
  readonly displayName: string;
  readonly userId?: string;
  readonly role: 'Organizer' | 'Presenter' | 'Attendee';
  readonly intervals: readonly { readonly joinDateTime: string; readonly leaveDateTime: string }[];
}

/** The attendance report Teams makes when a session of a meeting ends, keyed by the meeting's join URL. */
export interface StoredAttendanceReport {
  readonly id: string;
  readonly joinWebUrl: string;
  readonly meetingStartDateTime: string;
  readonly meetingEndDateTime: string;
  readonly records: readonly StoredAttendanceRecord[];
}

export interface OnlineMeetingsState {
  meetings: StoredOnlineMeeting[];
  reports?: StoredAttendanceReport[];
}
