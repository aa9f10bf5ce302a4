import type { callForItemsDa } from './call-for-items-da';

/** English for namespace `callForItems`. */
export const callForItemsEn: typeof callForItemsDa = {
  due: 'Send the call for items for the meeting on {{meeting}}',
  dueHint: 'Items are due {{date}}. The mail goes from {{mailbox}} to {{count}} members with a template for the case presentation.',
  needsChecking: 'Check the call for items for the meeting on {{meeting}}',
  needsCheckingHint:
    'Sending started but was not confirmed. Look in Sent Items of {{mailbox}} to see whether it went before sending it again.',
  send: 'Send call now',
  sendFor: 'Send call now for the meeting on {{meeting}}',
  sending: 'Sending the call for items …',
  sent_one: 'The call for items for the meeting on {{meetings}} went to {{recipients}} members.',
  sent_other: 'The calls for items for the meetings on {{meetings}} were sent.',
  claimedElsewhere: 'Someone else is already sending the call for {{meetings}}.',
  notSent: 'The call for {{meetings}} could not be sent: submissions have closed, or the forum has no mailbox or members.',
  stuck: "Check the call for {{meetings}} in the forum's Sent Items.",
  failed: 'Microsoft 365 refused the call for {{meetings}}. Try again later.',
  nothing: 'There was no call for items to send.',
  error: 'The call for items could not be sent. Try again – nothing is sent twice.',
};
