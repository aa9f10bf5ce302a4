/**
 * The Outlook task pane's two views (namespace `outlookPane`): the open item's action first, the year and to-do list one tab
 * away. They load with the pane's item-first layout (OutlookPane.tsx), not with every entry's first paint.
 */
export const outlookPaneDa = {
  nav: 'Opgaverudens visninger',
  item: { message: 'Mailen', compose: 'Ny mail', appointment: 'Aftalen' },
  home: 'Årets møder og opgaver',
  // A mail being written needs none: "Indsend dagsordenspunkt" says itself who may submit.
  notFor: {
    message: 'Kun forummets sekretariat tilføjer mails til dagsordenen.',
    appointment: 'Kun forummets sekretariat booker forummøder.',
  },
};
