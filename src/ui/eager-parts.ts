import { ForumPicker } from './shell/ForumPicker';
import { MeetingDialog } from './views/meeting/MeetingDialog';
import { AddToAgenda } from './outlook/AddToAgenda';
import { AppointmentBooking } from './outlook/AppointmentBooking';
import { OutlookPane } from './outlook/OutlookPane';
import { SubmitAgendaItem } from './outlook/SubmitAgendaItem';
import type { AppParts } from './parts';
import { Notices } from './shell/Notices';
import { RoleTabs } from './home/RoleTabs';
import { eagerRoleViews } from './views/eager-role-views';
import { PlanningView } from './views/planning/PlanningView';
import { ApprovalView } from './views/approval/ApprovalView';
import { MinutesWorkspace as MinutesEditor } from './views/minutes/MinutesWorkspace';
import { followUpParts } from './views/actions/follow-up-parts';

/** Every part bundled in: for tests and previews. */
export const eagerParts: AppParts = {
  roleViews: eagerRoleViews,
  MeetingDialog,
  Notices,
  ForumPicker,
  RoleTabs,
  AppointmentBooking,
  PlanningView,
  AddToAgenda,
  SubmitAgendaItem,
  OutlookPane,
  ApprovalView,
  MinutesEditor,
  FollowUp: followUpParts,
};
