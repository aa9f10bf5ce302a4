import type { outlookIntakeDa } from './outlook-intake-da';

/** English strings of Outlook's "Add to agenda" and "Submit agenda item" (see outlook-intake-da.ts). */
export const outlookIntakeEn: typeof outlookIntakeDa = {
  fields: {
    title: 'Title',
    recommendations: 'Recommendation',
    recommendationsHint: 'One recommendation per line, e.g. "that the steering group approves …".',
    description: 'Case description',
    presenter: 'Presenter',
    presenterHint: 'Name and organisation.',
    duration: 'Time needed (minutes)',
    meeting: 'Meeting',
    forum: 'Forum',
  },
  problems: {
    required: 'Required.',
    tooLong: 'At most {{max}} characters.',
    duration: 'Enter whole minutes from 1 to {{max}}.',
    recommendationsRequired: 'Write at least one recommendation.',
  },
  meetingOption: '{{title}} – {{when}}',
  meetingClosed: '{{title}} – {{when}} (deadline passed)',
  noMeetings: 'The forum has no upcoming meetings. The item goes on the list of items for coming meetings.',
  deadline: 'Deadline for items: {{date}}',
  read: {
    title: 'Add to agenda',
    intro:
      'The fields are read from the e-mail. Correct them, pick the meeting and add the item. Attachments are copied to the meeting folder.',
    loading: 'Reading the e-mail …',
    notFound:
      "The e-mail could not be found through Microsoft Graph. Is it in your own inbox or in the forum's shared mailbox, and do you have access to that mailbox?",
    noItemId: "Outlook has not given the e-mail's id yet. Select the e-mail again in a moment, or open it in its own window.",
    noMessageId: 'The e-mail has no Message-ID, so it cannot be added as an item.',
    sender: 'Sender',
    unknownSender: 'Unknown sender: {{address}} is not a member of {{forum}}.',
    knownSender: 'Member of {{forum}}',
    attachments: 'Attachments',
    noAttachments: 'No attachments.',
    attachment: '{{name}} ({{size}})',
    notCopiedWithoutMeeting: 'The attachments stay in the e-mail until the item has a meeting.',
    autoReply: 'This e-mail looks like an automatic reply. Only add it if it really is an item.',
    saveCorrections: 'Save corrections to the item',
    create: 'Add to agenda',
    summary: {
      label: 'The e-mail on the agenda',
      status: 'Status',
      meeting: 'Meeting',
      checking: 'Checking …',
      notYet: 'Not added yet',
      noMeeting: 'No meeting yet',
      earlierMeeting: 'An earlier meeting',
      new: 'received, awaiting the co-chairs',
      accepted: 'on the agenda',
      deferred: 'deferred',
      declined: 'declined',
    },
    creating: 'Creating the item and copying attachments …',
    created: 'Item {{reference}} "{{title}}" has been created.',
    createdWithFiles: 'Item {{reference}} "{{title}}" has been created, and {{count}} attachments were copied to the meeting folder.',
    alreadyEditable:
      'The mail was already added as {{reference}} "{{title}}". Press the button to save your corrections to that item – no new item is made.',
    alreadyCorrected: 'The mail was already added as {{reference}}. Your corrections are saved on the item "{{title}}".',
    alreadyDecided:
      'The mail was already added as {{reference}} "{{title}}", and the co-chairs have decided on it. Your corrections were not saved – edit the item in Planning.',
    already: 'This e-mail was already added as {{reference}} "{{title}}". No new item was created.',
  },
  compose: {
    title: 'Submit agenda item',
    intro:
      'Fill in the item. Sekretariat writes it into the e-mail to {{mailbox}} in the standard template; attach files and send as usual.',
    write: 'Write into the e-mail',
    writing: 'Writing into the e-mail …',
    written: 'The e-mail to {{mailbox}} is filled in. Attach any files and send it.',
    notMember: 'You are not a member of a forum that takes agenda items.',
  },
};
