import type { i18n } from 'i18next';
import type { Locale } from '../../../src/domain/types';
import { createI18n } from '../../../src/ui/i18n/create-i18n';
import type { FeatureNamespace, FeatureResources } from '../../../src/ui/i18n/namespaces';
import { secretariatDa } from '../../../src/ui/i18n/secretariat-da';
import { secretariatEn } from '../../../src/ui/i18n/secretariat-en';
import { chairDa } from '../../../src/ui/i18n/chair-da';
import { chairEn } from '../../../src/ui/i18n/chair-en';
import { memberDa } from '../../../src/ui/i18n/member-da';
import { memberEn } from '../../../src/ui/i18n/member-en';
import { meetingDa } from '../../../src/ui/i18n/meeting-da';
import { meetingEn } from '../../../src/ui/i18n/meeting-en';
import { signInDa } from '../../../src/ui/i18n/sign-in-da';
import { signInEn } from '../../../src/ui/i18n/sign-in-en';
import { actionsDa } from '../../../src/ui/i18n/actions-da';
import { actionsEn } from '../../../src/ui/i18n/actions-en';
import { agendaDa } from '../../../src/ui/i18n/agenda-da';
import { agendaEn } from '../../../src/ui/i18n/agenda-en';
import { approvalDa } from '../../../src/ui/i18n/approval-da';
import { approvalEn } from '../../../src/ui/i18n/approval-en';
import { attendanceDa } from '../../../src/ui/i18n/attendance-da';
import { attendanceEn } from '../../../src/ui/i18n/attendance-en';
import { callForItemsDa } from '../../../src/ui/i18n/call-for-items-da';
import { callForItemsEn } from '../../../src/ui/i18n/call-for-items-en';
import { caseFileDa } from '../../../src/ui/i18n/case-file-da';
import { caseFileEn } from '../../../src/ui/i18n/case-file-en';
import { consultationDa } from '../../../src/ui/i18n/consultation-da';
import { consultationEn } from '../../../src/ui/i18n/consultation-en';
import { intakeDa } from '../../../src/ui/i18n/intake-da';
import { intakeEn } from '../../../src/ui/i18n/intake-en';
import { meetingDialogDa } from '../../../src/ui/i18n/meeting-dialog-da';
import { meetingDialogEn } from '../../../src/ui/i18n/meeting-dialog-en';
import { meetingPanelDa } from '../../../src/ui/i18n/meeting-panel-da';
import { meetingPanelEn } from '../../../src/ui/i18n/meeting-panel-en';
import { minutesEditorDa } from '../../../src/ui/i18n/minutes-editor-da';
import { minutesEditorEn } from '../../../src/ui/i18n/minutes-editor-en';
import { minutesStatusDa } from '../../../src/ui/i18n/minutes-status-da';
import { minutesStatusEn } from '../../../src/ui/i18n/minutes-status-en';
import { operationsDa } from '../../../src/ui/i18n/operations-da';
import { operationsEn } from '../../../src/ui/i18n/operations-en';
import { outlookBookingDa } from '../../../src/ui/i18n/outlook-booking-da';
import { outlookBookingEn } from '../../../src/ui/i18n/outlook-booking-en';
import { outlookIntakeDa } from '../../../src/ui/i18n/outlook-intake-da';
import { outlookIntakeEn } from '../../../src/ui/i18n/outlook-intake-en';
import { outlookPaneDa } from '../../../src/ui/i18n/outlook-pane-da';
import { outlookPaneEn } from '../../../src/ui/i18n/outlook-pane-en';
import { planningDa } from '../../../src/ui/i18n/planning-da';
import { planningEn } from '../../../src/ui/i18n/planning-en';
import { protectionDa } from '../../../src/ui/i18n/protection-da';
import { protectionEn } from '../../../src/ui/i18n/protection-en';
import { publicationDa } from '../../../src/ui/i18n/publication-da';
import { publicationEn } from '../../../src/ui/i18n/publication-en';
import { settingsDa } from '../../../src/ui/i18n/settings-da';
import { settingsEn } from '../../../src/ui/i18n/settings-en';
import { successorDa } from '../../../src/ui/i18n/successor-da';
import { successorEn } from '../../../src/ui/i18n/successor-en';
import { todoDa } from '../../../src/ui/i18n/todo-da';
import { todoEn } from '../../../src/ui/i18n/todo-en';
import { yearDa } from '../../../src/ui/i18n/year-da';
import { yearEn } from '../../../src/ui/i18n/year-en';

/** Every feature namespace in both languages, imported statically (tsc fails here when a namespace is added without them). */
const ALL_NAMESPACES: { readonly [N in FeatureNamespace]: Readonly<Record<Locale, FeatureResources[N]>> } = {
  secretariat: { da: secretariatDa, en: secretariatEn },
  chair: { da: chairDa, en: chairEn },
  member: { da: memberDa, en: memberEn },
  meeting: { da: meetingDa, en: meetingEn },
  signIn: { da: signInDa, en: signInEn },
  actions: { da: actionsDa, en: actionsEn },
  agenda: { da: agendaDa, en: agendaEn },
  approval: { da: approvalDa, en: approvalEn },
  attendance: { da: attendanceDa, en: attendanceEn },
  callForItems: { da: callForItemsDa, en: callForItemsEn },
  caseFile: { da: caseFileDa, en: caseFileEn },
  consultation: { da: consultationDa, en: consultationEn },
  intake: { da: intakeDa, en: intakeEn },
  meetingDialog: { da: meetingDialogDa, en: meetingDialogEn },
  meetingPanel: { da: meetingPanelDa, en: meetingPanelEn },
  minutesEditor: { da: minutesEditorDa, en: minutesEditorEn },
  minutesStatus: { da: minutesStatusDa, en: minutesStatusEn },
  operations: { da: operationsDa, en: operationsEn },
  outlookBooking: { da: outlookBookingDa, en: outlookBookingEn },
  outlookIntake: { da: outlookIntakeDa, en: outlookIntakeEn },
  outlookPane: { da: outlookPaneDa, en: outlookPaneEn },
  planning: { da: planningDa, en: planningEn },
  protection: { da: protectionDa, en: protectionEn },
  publication: { da: publicationDa, en: publicationEn },
  settings: { da: settingsDa, en: settingsEn },
  successor: { da: successorDa, en: successorEn },
  todo: { da: todoDa, en: todoEn },
  year: { da: yearDa, en: yearEn },
};

/**
 * The app's i18n instance (create-i18n.ts) with every feature's namespace already added in Danish and English, so a
 * test renders any view synchronously: in the app a view's namespace is fetched by its lazy boundary (lazyView).
 */
export function createTestI18n(locale: Locale = 'da'): i18n {
  const instance = createI18n(locale);
  for (const [ns, byLocale] of Object.entries(ALL_NAMESPACES)) {
    instance.addResourceBundle('da', ns, byLocale.da);
    instance.addResourceBundle('en', ns, byLocale.en);
  }
  return instance;
}
