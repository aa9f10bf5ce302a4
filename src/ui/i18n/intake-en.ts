import type { IntakeStrings } from './intake-da';

/** English for the mail intake's strings (`intake.*`); see intake-da.ts. */
export const intakeEn: IntakeStrings = {
  title: 'Inbox',
  hint: 'New mail in {{mailbox}} becomes items; replies in the same thread are added to their item.',
  fetch: 'Fetch new items',
  fetchFrom: 'Fetch new items from {{mailbox}}',
  fetching: 'Fetching new items …',
  created_one: '{{count}} new item',
  created_other: '{{count}} new items',
  followUps_one: '{{count}} follow-up',
  followUps_other: '{{count}} follow-ups',
  consultationReplies_one: '{{count}} consultation reply',
  consultationReplies_other: '{{count}} consultation replies',
  autoReplies_one: '{{count}} automatic reply skipped',
  autoReplies_other: '{{count}} automatic replies skipped',
  failed_one: '{{count}} mail could not be recorded',
  failed_other: '{{count}} mails could not be recorded',
  nothing: 'No new items.',
  error: 'The inbox could not be read. Try again – nothing is recorded twice.',
};
