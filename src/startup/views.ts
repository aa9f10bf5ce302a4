import { viewCode } from '../ui/components/preloadable';

/**
 * The views a first view is made of, each its own chunk with its strings, loaded once: their lazy parts render them
 * (lazy-parts.ts), and the start fetches them ahead of React's first render (view-loaders.ts, and the task pane's
 * entry). Each role's home view (a member never downloads the secretariat's views), and the follow-up views inside them.
 *
 * Their imports are here, in React's and the app's chunk (render-app.tsx, which hands them to the entries), not in the
 * entries: so webpack loads each view as a child of that chunk, and leaves out of the view's own chunks what the app
 * already brought (the loading skeleton, error descriptions, Fluent's provider and text) instead of copying it into
 * each view the first load fetches.
 */
export const roleViews = {
  secretariat: viewCode(
    ['callForItems', 'consultation', 'intake', 'meeting', 'operations', 'protection', 'secretariat', 'todo', 'year'],
    () => import('../ui/views/secretariat/SecretariatHome.js').then((m) => m.SecretariatHome),
  ),
  chair: viewCode(['approval', 'chair', 'consultation', 'meeting', 'member', 'secretariat', 'todo'], () =>
    import('../ui/views/chair/ChairHome.js').then((m) => m.ChairHome),
  ),
  member: viewCode(['meeting', 'member'], () => import('../ui/views/member/MemberHome.js').then((m) => m.MemberHome)),
  actionsSection: viewCode(['actions'], () => import('../ui/views/actions/ActionsSection.js').then((m) => m.ActionsSection)),
  memberActions: viewCode(['actions'], () => import('../ui/views/actions/MemberFollowUp.js').then((m) => m.MemberFollowUp)),
  /** Above the role's view when the person has more than one role (its strings are the shell's). */
  roleTabs: viewCode([], () => import('../ui/home/RoleTabs.js').then((m) => m.RoleTabs)),
  /** Above the role's view when the person has that role in several forums (its strings are the shell's). */
  forumPicker: viewCode([], () => import('../ui/shell/ForumPicker.js').then((m) => m.ForumPicker)),
};

/** The Outlook task pane's item-first layout and the view of each kind of item. */
export const paneViews = {
  pane: viewCode(['outlookPane'], () => import('../ui/outlook/OutlookPane.js').then((m) => m.OutlookPane)),
  message: viewCode(['outlookIntake'], () => import('../ui/outlook/AddToAgenda.js').then((m) => m.AddToAgenda)),
  compose: viewCode(['outlookIntake'], () => import('../ui/outlook/SubmitAgendaItem.js').then((m) => m.SubmitAgendaItem)),
  appointment: viewCode(['outlookBooking', 'outlookIntake'], () =>
    import('../ui/outlook/AppointmentBooking.js').then((m) => m.AppointmentBooking),
  ),
};

/** The views an entry may load ahead of React's first render (render-app.tsx gives them to the start). */
export const aheadViews = { role: roleViews, pane: paneViews };
export type AheadViews = typeof aheadViews;
