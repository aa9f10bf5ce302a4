import { lazy } from 'react';
import type { AppParts } from '../ui/parts';
import { lazyPart, lazyView } from '../ui/components/lazy-view';
import { paneViews, roleViews } from './views';

/**
 * What the entries give the app: every part that the first paint does not need is its own chunk — each role's
 * home (a member never downloads the secretariat's views), the meeting dialog, the toaster, the forum picker, Outlook's appointment booking and agenda-item forms and the task pane's item-first layout.
 */
export const lazyParts: AppParts = {
  roleViews: {
    secretariat: lazyPart(roleViews.secretariat),
    chair: lazyPart(roleViews.chair),
    member: lazyPart(roleViews.member),
  },
  MeetingDialog: lazyView(['attendance', 'meeting', 'meetingDialog'], () =>
    import('../ui/views/meeting/MeetingDialog.js').then((m) => m.MeetingDialog),
  ),
  Notices: lazy(() => import('../ui/shell/Notices.js').then((m) => ({ default: m.Notices }))),
  ForumPicker: lazyPart(roleViews.forumPicker),
  RoleTabs: lazyPart(roleViews.roleTabs),
  AppointmentBooking: lazyPart(paneViews.appointment),
  PlanningView: lazyView(['agenda', 'planning'], () => import('../ui/views/planning/PlanningView.js').then((m) => m.PlanningView)),
  AddToAgenda: lazyPart(paneViews.message),
  SubmitAgendaItem: lazyPart(paneViews.compose),
  OutlookPane: lazyPart(paneViews.pane),
  ApprovalView: lazyView(['approval'], () => import('../ui/views/approval/ApprovalView.js').then((m) => m.ApprovalView)),
  MinutesEditor: lazyView(['minutesEditor', 'minutesStatus', 'todo'], () =>
    import('../ui/views/minutes/MinutesWorkspace.js').then((m) => m.MinutesWorkspace),
  ),
  FollowUp: {
    Section: lazyPart(roleViews.actionsSection),
    Member: lazyPart(roleViews.memberActions),
    CreateButton: lazyView(['actions'], () => import('../ui/views/actions/CreateActionButton.js').then((m) => m.CreateActionButton)),
  },
};
