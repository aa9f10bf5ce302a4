import type { todoDa } from './todo-da';

/** "Det skal gøres" (namespace `todo`) in English. */
export const todoEn: typeof todoDa = {
  to: {
    minutes: 'opens the meeting’s minutes',
    meeting: 'opens the meeting',
    planning: 'opens Planning',
    planningItem: 'opens the item in Planning',
    consultation: 'opens the consultation',
    status: 'goes to Operations status',
    approval: 'opens the approval',
    approvalOf: 'opens the approval of the minutes of {{meeting}}, version {{version}}',
    signOff: 'goes to Consultations to approve',
  },
  changes: {
    title: 'Changes requested to the minutes of {{meeting}}',
    by: '{{name}} asked for changes on {{date}}',
    item: 'On an item: “{{comment}}”',
    open: 'Revise the minutes of {{meeting}}',
  },
  circulate: {
    title: 'The minutes of {{meeting}} are approved and ready to circulate',
    hint: '{{approvals}} of {{required}} co-chairs have approved version {{version}}.',
    open: 'Circulate the minutes of {{meeting}}',
  },
  awaiting: {
    line: '{{approved}} of {{required}} co-chairs have approved version {{version}} of the minutes of {{meeting}}',
    missing: 'No answer yet from {{names}}',
  },
  consultations: {
    title_one: '{{count}} consultation can be closed',
    title_other: '{{count}} consultations can be closed',
    open: 'Close consultation {{reference}}: {{title}}',
    deadlinePassed: 'The deadline has passed – {{answered}} of {{total}} answered',
    allAnswered: 'All {{total}} have answered',
  },
  stuck: {
    title_one: 'A send has stalled',
    title_other: '{{count}} sends have stalled',
    line: '{{step}}: {{title}}',
  },
  newItems: {
    line: '{{title}} – from {{name}}, {{date}}',
    planning: 'Presented at the planning meeting on {{date}}.',
  },
  editor: {
    title: 'The co-chairs asked for changes to version {{version}}',
    by: '{{name}}, {{date}}:',
    onlyItems: '{{name}}, {{date}}: see the comments at the items.',
    itemTitle: 'Changes requested to this item',
    item: '{{name}}: “{{comment}}”',
  },
  chair: {
    approve: 'Approve the minutes of {{meeting}} (version {{version}})',
    approveHint: '{{approved}} of {{required}} co-chairs have approved.',
    signOff: 'Approve sending {{reference}}: {{title}}',
    newItems_one: '{{count}} new item before the planning meeting',
    newItems_other: '{{count}} new items before the planning meeting',
    newItemsNoPlanning_one: '{{count}} new item to review',
    newItemsNoPlanning_other: '{{count}} new items to review',
  },
};
