import { createElement, lazy, useState, type ComponentType } from 'react';
import type { AppParts } from '../ui/parts';
import type { Preloadable } from './preloadable';
import { paneViewLoaders, roleViewLoaders } from './view-loaders';

/**
 * A lazy part that renders its view at once when the code is already there (fetched ahead by the start or the page):
 * React 19 holds a suspended boundary's content back until 300 ms after its fallback showed (FALLBACK_THROTTLE_MS), so a
 * first view that suspended on code already in the cache still waited. Decided once per mount — switching from the lazy
 * to the loaded component would mount the view anew.
 */
function part<M, P extends object>(loader: Preloadable<M>, pick: (m: M) => ComponentType<P>): ComponentType<P> {
  const Lazy = lazy(() => loader().then((m) => ({ default: pick(m) })));
  return function Part(props: P) {
    const [View] = useState<ComponentType<P>>(() => (loader.value ? pick(loader.value) : (Lazy as unknown as ComponentType<P>)));
    return createElement(View, props);
  };
}

/**
 * What the entries give the app: every part that the first paint does not need is its own chunk — each role's
 * home (a member never downloads the secretariat's views), the meeting dialog, the toaster, the forum picker, Outlook's appointment booking and agenda-item forms and the task pane's item-first layout.
 */
export const lazyParts: AppParts = {
  roleViews: {
    secretariat: part(roleViewLoaders.secretariat, (m) => m.SecretariatHome),
    chair: part(roleViewLoaders.chair, (m) => m.ChairHome),
    member: part(roleViewLoaders.member, (m) => m.MemberHome),
  },
  MeetingDialog: lazy(() => import('../ui/views/meeting/MeetingDialog.js').then((m) => ({ default: m.MeetingDialog }))),
  Notices: lazy(() => import('../ui/shell/Notices.js').then((m) => ({ default: m.Notices }))),
  ForumPicker: lazy(() => import('../ui/shell/ForumPicker.js').then((m) => ({ default: m.ForumPicker }))),
  AppointmentBooking: part(paneViewLoaders.appointment, (m) => m.AppointmentBooking),
  PlanningView: lazy(() => import('../ui/views/planning/PlanningView.js').then((m) => ({ default: m.PlanningView }))),
  AddToAgenda: part(paneViewLoaders.message, (m) => m.AddToAgenda),
  SubmitAgendaItem: part(paneViewLoaders.compose, (m) => m.SubmitAgendaItem),
  OutlookPane: part(paneViewLoaders.pane, (m) => m.OutlookPane),
  ApprovalView: lazy(() => import('../ui/views/approval/ApprovalView.js').then((m) => ({ default: m.ApprovalView }))),
  MinutesEditor: lazy(() => import('../ui/views/minutes/MinutesWorkspace.js').then((m) => ({ default: m.MinutesWorkspace }))),
  FollowUp: {
    Section: part(roleViewLoaders.actionsSection, (m) => m.ActionsSection),
    Member: part(roleViewLoaders.memberActions, (m) => m.MemberFollowUp),
    CreateButton: lazy(() => import('../ui/views/actions/CreateActionDialog.js').then((m) => ({ default: m.CreateActionButton }))),
  },
};
