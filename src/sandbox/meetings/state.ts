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

export interface OnlineMeetingsState {
  meetings: StoredOnlineMeeting[];
}
