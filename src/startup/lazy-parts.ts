import { lazy } from 'react';
import type { AppParts } from '../ui/parts';
import { lazyView } from '../ui/components/lazy-view';

/**
 * What the entries give the app: every part that the first paint does not need is its own chunk — each role's
 * home (a member never downloads the secretariat's views), the meeting dialog, the toaster, the forum picker, Outlook's appointment booking and agenda-item forms and the task pane's item-first layout.
 */
export const lazyParts: AppParts = {
  roleViews: {
    secretariat: lazyView(
      [
        'callForItems',
        'consultation',
        'intake',
        'meeting',
        'operations',
        'planning',
        'protection',
        'secretariat',
        'settings',
        'todo',
        'year',
      ],
      () => import('../ui/views/secretariat/SecretariatHome.js').then((m) => m.SecretariatHome),
    ),
    chair: lazyView(['approval', 'chair', 'consultation', 'meeting', 'member', 'planning', 'secretariat', 'todo'], () =>
      import('../ui/views/chair/ChairHome.js').then((m) => m.ChairHome),
    ),
    member: lazyView(['meeting', 'member'], () => import('../ui/views/member/MemberHome.js').then((m) => m.MemberHome)),
  },
  MeetingDialog: lazyView(['attendance', 'meeting', 'meetingDialog'], () =>
    import('../ui/views/meeting/MeetingDialog.js').then((m) => m.MeetingDialog),
  ),
  Notices: lazy(() => import('../ui/shell/Notices.js').then((m) => ({ default: m.Notices }))),
  ForumPicker: lazy(() => import('../ui/shell/ForumPicker.js').then((m) => ({ default: m.ForumPicker }))),
  AppointmentBooking: lazyView(['outlookBooking', 'outlookIntake'], () =>
    import('../ui/outlook/AppointmentBooking.js').then((m) => m.AppointmentBooking),
  ),
  PlanningView: lazyView(['agenda', 'planning'], () => import('../ui/views/planning/PlanningView.js').then((m) => m.PlanningView)),
  AddToAgenda: lazyView(['outlookIntake'], () => import('../ui/outlook/AddToAgenda.js').then((m) => m.AddToAgenda)),
  SubmitAgendaItem: lazyView(['outlookIntake'], () => import('../ui/outlook/SubmitAgendaItem.js').then((m) => m.SubmitAgendaItem)),
  OutlookPane: lazyView(['outlookPane'], () => import('../ui/outlook/OutlookPane.js').then((m) => m.OutlookPane)),
  ApprovalView: lazyView(['approval'], () => import('../ui/views/approval/ApprovalView.js').then((m) => m.ApprovalView)),
  MinutesEditor: lazyView(['minutesEditor', 'minutesStatus', 'todo'], () =>
    import('../ui/views/minutes/MinutesWorkspace.js').then((m) => m.MinutesWorkspace),
  ),
  FollowUp: {
    Section: lazyView(['actions'], () => import('../ui/views/actions/ActionsSection.js').then((m) => m.ActionsSection)),
    Member: lazyView(['actions'], () => import('../ui/views/actions/MemberFollowUp.js').then((m) => m.MemberFollowUp)),
    CreateButton: lazyView(['actions'], () => import('../ui/views/actions/CreateActionDialog.js').then((m) => m.CreateActionButton)),
  },
};
