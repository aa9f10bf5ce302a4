import { lazy } from 'react';
import type { AppParts } from '../ui/parts';
import { roleViewLoaders } from './role-views';

/**
 * What the entries give the app: every part that the first paint does not need is its own chunk — each role's
 * home (a member never downloads the secretariat's views), the meeting dialog, the toaster, the forum picker, Outlook's appointment booking and agenda-item forms and the task pane's item-first layout.
 */
export const lazyParts: AppParts = {
  roleViews: {
    secretariat: lazy(() => roleViewLoaders.secretariat().then((m) => ({ default: m.SecretariatHome }))),
    chair: lazy(() => roleViewLoaders.chair().then((m) => ({ default: m.ChairHome }))),
    member: lazy(() => roleViewLoaders.member().then((m) => ({ default: m.MemberHome }))),
  },
  MeetingDialog: lazy(() => import('../ui/views/meeting/MeetingDialog.js').then((m) => ({ default: m.MeetingDialog }))),
  Notices: lazy(() => import('../ui/shell/Notices.js').then((m) => ({ default: m.Notices }))),
  ForumPicker: lazy(() => import('../ui/shell/ForumPicker.js').then((m) => ({ default: m.ForumPicker }))),
  AppointmentBooking: lazy(() => import('../ui/outlook/AppointmentBooking.js').then((m) => ({ default: m.AppointmentBooking }))),
  PlanningView: lazy(() => import('../ui/views/planning/PlanningView.js').then((m) => ({ default: m.PlanningView }))),
  AddToAgenda: lazy(() => import('../ui/outlook/AddToAgenda.js').then((m) => ({ default: m.AddToAgenda }))),
  SubmitAgendaItem: lazy(() => import('../ui/outlook/SubmitAgendaItem.js').then((m) => ({ default: m.SubmitAgendaItem }))),
  OutlookPane: lazy(() => import('../ui/outlook/OutlookPane.js').then((m) => ({ default: m.OutlookPane }))),
  ApprovalView: lazy(() => import('../ui/views/approval/ApprovalView.js').then((m) => ({ default: m.ApprovalView }))),
  MinutesEditor: lazy(() => import('../ui/views/minutes/MinutesWorkspace.js').then((m) => ({ default: m.MinutesWorkspace }))),
  FollowUp: {
    Section: lazy(() => roleViewLoaders.actionsSection().then((m) => ({ default: m.ActionsSection }))),
    Member: lazy(() => roleViewLoaders.memberActions().then((m) => ({ default: m.MemberFollowUp }))),
    CreateButton: lazy(() => import('../ui/views/actions/CreateActionDialog.js').then((m) => ({ default: m.CreateActionButton }))),
  },
};
