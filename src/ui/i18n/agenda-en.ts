import type { agendaDa } from './agenda-da';

/** The agenda actions' strings in English (see agenda-da.ts). */
export const agendaEn: typeof agendaDa = {
  group: 'Agenda: generate and send',
  generate: 'Generate agenda',
  generating: 'Generating the agenda (Word and PDF) …',
  generated: "The agenda is in the meeting's folder.",
  overrun: 'The items run {{count}} minutes past the end of the meeting.',
  docx: 'Agenda (Word)',
  pdf: 'Agenda (PDF)',
  send: 'Send agenda',
  sendRevised: 'Send revised agenda',
  confirmSend: 'The agenda goes with its PDF to every member and invited guest, and the meeting in the calendar gets the agenda. Send now?',
  confirmRevised:
    'The revised agenda goes with its PDF and the list of changes to every member and invited guest and replaces the earlier one. Send now?',
  confirm: 'Send',
  cancel: 'Cancel',
  sending: 'Sending the agenda …',
  sent_one: 'The agenda was sent to {{count}} recipient.',
  sent_other: 'The agenda was sent to {{count}} recipients.',
  sentRevised_one: 'The revised agenda was sent to {{count}} recipient.',
  sentRevised_other: 'The revised agenda was sent to {{count}} recipients.',
  eventNotUpdated: 'The meeting in the calendar could not be updated with the agenda.',
  unchanged: 'The agenda has not changed since it was sent. Nothing was sent again.',
  claimed: 'Someone else is sending the agenda right now. Try again in a moment.',
  sentAt: 'The agenda was sent on {{date}} at {{time}}.',
  notSent: 'The agenda has not been sent yet.',
  checking: 'Looking for changes since it was sent …',
  checkFailed: 'Could not tell whether the agenda changed since it was sent.',
  notChanged: 'The agenda has not changed since it was sent. Once it changes, it can be sent again as a revised agenda.',
  changedTitle: 'The agenda has changed since it was sent',
  change: {
    added: 'New item {{number}}: “{{title}}” ({{slot}})',
    removed: 'Item {{number}} “{{title}}” was removed',
    moved: 'Item {{from}} “{{title}}” moved to item {{to}} ({{slot}})',
    retitled: 'Item {{number}} has a new title: “{{to}}” (was “{{from}}”)',
    presenter: 'Item {{number}} “{{title}}”: new presenter {{to}} (was {{from}})',
    presenterNew: 'Item {{number}} “{{title}}”: new presenter {{to}}',
    presenterRemoved: 'Item {{number}} “{{title}}”: no presenter (was {{from}})',
    duration: 'Item {{number}} “{{title}}”: now {{to}} min (was {{from}} min), {{slot}}',
    item: 'Item {{number}}',
    items: 'Items {{first}}–{{last}}',
    later: '{{items}} start {{minutes}} min later',
    earlier: '{{items}} start {{minutes}} min earlier',
    content: 'Item {{number}} “{{title}}”: recommendation, description or attachments changed',
    meeting: "The meeting's details or the invited changed",
    unknown: 'The content changed',
  },
  failed: 'That did not work. Try again — the agenda is never sent twice.',
  itemsChanged_one:
    'The item {{items}} was added or changed by someone other than the secretariat and the chairs, so nothing was generated or sent. Review it in planning: remove it, or edit and save it so it is yours.',
  itemsChanged_other:
    'The items {{items}} were added or changed by someone other than the secretariat and the chairs, so nothing was generated or sent. Review them in planning: remove them, or edit and save them so they are yours.',
  meetingChanged:
    "The meeting's details were changed by {{by}}, not by the secretariat, so nothing was generated or sent. Check the time, place and link in this meeting – correct them in Outlook if they are wrong – and confirm them.",
  confirmMeeting: "Confirm the meeting's details",
  meetingConfirmed: "The meeting's details are confirmed as the secretariat's.",
  meetingConfirmConflict: 'The meeting changed again since it was shown. Refresh and check it again.',
  unconfirmedRows_one:
    '{{names}} is on the member list in a row the secretariat did not write and does not get the agenda. Check and confirm the row under Forum settings → Members.',
  unconfirmedRows_other:
    '{{names}} are on the member list in rows the secretariat did not write and do not get the agenda. Check and confirm the rows under Forum settings → Members.',
};
