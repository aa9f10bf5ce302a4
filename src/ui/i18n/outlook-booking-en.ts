import type { outlookBookingDa } from './outlook-booking-da';

/** Outlook's "Book som forummøde" strings (namespace `outlookBooking`); added by the appointment command when it opens. */
export const outlookBookingEn: typeof outlookBookingDa = {
  title: 'Book as forum meeting',
  intro:
    "Choose the forum and the kind of meeting. Sekretariat fills in the subject, attendees, invitation text, location, duration and Teams link, and when you save, the meeting goes into the forum's year of meetings.",
  forum: 'Forum',
  oneForum: 'Forum: {{forum}}',
  kind: 'Kind of meeting',
  kinds: {
    ordinary: 'Ordinary meeting',
    video: 'Video meeting',
    extraordinary: 'Extraordinary meeting',
    planning: "Chairs' planning meeting",
  },
  purpose: 'Purpose of the meeting',
  purposeHint: 'Shown in the subject and the invitation.',
  purposeRequired: 'Say what the extraordinary meeting is about.',
  prepares: 'Prepares the meeting',
  noUpcoming: 'Choose the meeting the planning meeting prepares. The forum has no upcoming meetings yet.',
  forumLength: "Use the forum's meeting length ({{length}}) instead of the appointment's",
  hours_one: '{{count}} hour',
  hours_other: '{{count}} hours',
  minutes_one: '{{count}} minute',
  minutes_other: '{{count}} minutes',
  and: 'and',
  teams: 'Create a Teams meeting and put the link in the invitation',
  fill: 'Fill in the appointment',
  register: 'Save and register',
  filling: 'Filling in the appointment …',
  filled: 'The appointment is filled in: "{{subject}}", {{when}}. Check it, then choose Save and register.',
  registering: 'Saving the appointment and registering the meeting …',
  registered:
    'The meeting "{{title}}" is saved and registered in {{forum}}. It is now in the year of meetings. Remember to send the invitation.',
  updated: 'The meeting "{{title}}" was already registered in {{forum}} and has been updated. It is in the year of meetings.',
};
