import type { outlookPaneDa } from './outlook-pane-da';

/** English strings of the Outlook task pane's two views (see outlook-pane-da.ts). */
export const outlookPaneEn: typeof outlookPaneDa = {
  nav: 'Task pane views',
  item: { message: 'The e-mail', compose: 'New e-mail', appointment: 'The appointment' },
  home: 'Meetings and to-dos',
  notFor: {
    message: "Only the forum's secretariat adds e-mails to the agenda.",
    appointment: "Only the forum's secretariat books forum meetings.",
  },
};
