/**
 * The Outlook task pane's two views (`outlookPane.*`): the open item's action first, the year and to-do list one tab
 * away. They load with the pane's item-first layout (OutlookPane.tsx), not with every entry's first paint.
 */
export const outlookPaneDa = {
  outlookPane: {
    nav: 'Opgaverudens visninger',
    item: { message: 'Mailen', compose: 'Ny mail', appointment: 'Aftalen' },
    home: 'Årets møder og opgaver',
    notFor: {
      message: 'Tilføj til dagsorden er for forummets sekretariat. Dine møder og opgaver finder du under "Årets møder og opgaver".',
      compose: 'Du er ikke medlem af et forum, der tager imod punkter.',
      appointment: 'Book som forummøde er for forummets sekretariat. Dine møder og opgaver finder du under "Årets møder og opgaver".',
    },
  },
};
