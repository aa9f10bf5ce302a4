import type { Resources } from './da';
import type { actionsDa } from './actions-da';
import type { agendaDa } from './agenda-da';
import type { approvalDa } from './approval-da';
import type { attendanceDa } from './attendance-da';
import type { callForItemsDa } from './call-for-items-da';
import type { caseFileDa } from './case-file-da';
import type { consultationDa } from './consultation-da';
import type { intakeDa } from './intake-da';
import type { meetingDialogDa } from './meeting-dialog-da';
import type { meetingPanelDa } from './meeting-panel-da';
import type { minutesEditorDa } from './minutes-editor-da';
import type { minutesStatusDa } from './minutes-status-da';
import type { operationsDa } from './operations-da';
import type { outlookBookingDa } from './outlook-booking-da';
import type { outlookIntakeDa } from './outlook-intake-da';
import type { outlookPaneDa } from './outlook-pane-da';
import type { planningDa } from './planning-da';
import type { protectionDa } from './protection-da';
import type { publicationDa } from './publication-da';
import type { settingsDa } from './settings-da';
import type { successorDa } from './successor-da';
import type { todoDa } from './todo-da';
import type { yearDa } from './year-da';

/**
 * Every view's strings as they are keyed in the `translation` namespace (the Danish resources are the source of the
 * key types; each view adds its own when it opens).
 */
export type ViewResources = typeof actionsDa &
  typeof agendaDa & { approval: typeof approvalDa } & { attendance: typeof attendanceDa } & {
    callForItems: typeof callForItemsDa;
  } & { caseFile: typeof caseFileDa } & typeof consultationDa & { intake: typeof intakeDa } & {
    meetingDialog: typeof meetingDialogDa;
  } & { meetingPanel: typeof meetingPanelDa } & { minutesEditor: typeof minutesEditorDa } & { minutesStatus: typeof minutesStatusDa } & {
    operations: typeof operationsDa;
  } & typeof outlookBookingDa &
  typeof outlookIntakeDa &
  typeof outlookPaneDa &
  typeof publicationDa & { planning: typeof planningDa } & { protection: typeof protectionDa } & { settings: typeof settingsDa } & {
    successor: typeof successorDa;
  } & {
    todo: typeof todoDa;
  } & typeof yearDa;

/** Type-checks every `t()` key against the Danish resources: an unknown key fails `tsc`. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources & ViewResources };
  }
}
