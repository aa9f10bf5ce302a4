import type { outlookPaneDa } from './outlook-pane-da';

/** English strings of the Outlook task pane's two views (see outlook-pane-da.ts). */
export const outlookPaneEn: typeof outlookPaneDa = {
  outlookPane: {
    nav: 'Task pane views',
    item: { message: 'The e-mail', compose: 'New e-mail', appointment: 'The appointment' },
    home: 'Meetings and to-dos',
    notFor: {
      message: 'Add to agenda is for the forum\'s secretariat. Your meetings and to-dos are under "Meetings and to-dos".',
      compose: 'You are not a member of a forum that takes agenda items.',
      appointment: 'Book as forum meeting is for the forum\'s secretariat. Your meetings and to-dos are under "Meetings and to-dos".',
    },
  },
};
