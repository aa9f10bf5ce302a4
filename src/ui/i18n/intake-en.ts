import type { IntakeStrings } from './intake-da';

/** English for the mail intake's strings (namespace `intake`); see intake-da.ts. */
export const intakeEn: IntakeStrings = {
  title: 'Inbox',
  hint: 'New mail in {{mailbox}} becomes items – also mail moved to other folders or to junk mail; replies in the same thread are added to their item. What is recorded is moved to the folder Behandlet.',
  fetch: 'Fetch new items',
  fetchFrom: 'Fetch new items from {{mailbox}}',
  fetching: 'Fetching new items …',
  created_one: '{{count}} new item',
  created_other: '{{count}} new items',
  foundInJunk_one: '{{count}} of them found in junk mail',
  foundInJunk_other: '{{count}} of them found in junk mail',
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
