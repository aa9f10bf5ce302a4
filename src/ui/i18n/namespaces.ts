import resourcesToBackend from 'i18next-resources-to-backend';

/**
 * Every feature's strings as an i18next namespace, one dynamic import per language and namespace: a Danish user never
 * downloads the English strings (and the other way round), and no one downloads a view's strings before the view
 * (bench/budgets.json). The shell's own strings (`da.ts`/`en.ts`) are the default `translation` namespace, bundled
 * with the first paint by create-i18n.ts. A new feature's strings: `<feature>-da.ts` + `-en.ts` and one line here.
 */
export const NAMESPACE_LOADERS = {
  actions: { da: () => import('./actions-da.js').then((m) => m.actionsDa), en: () => import('./actions-en.js').then((m) => m.actionsEn) },
  agenda: { da: () => import('./agenda-da.js').then((m) => m.agendaDa), en: () => import('./agenda-en.js').then((m) => m.agendaEn) },
  approval: {
    da: () => import('./approval-da.js').then((m) => m.approvalDa),
    en: () => import('./approval-en.js').then((m) => m.approvalEn),
  },
  attendance: {
    da: () => import('./attendance-da.js').then((m) => m.attendanceDa),
    en: () => import('./attendance-en.js').then((m) => m.attendanceEn),
  },
  callForItems: {
    da: () => import('./call-for-items-da.js').then((m) => m.callForItemsDa),
    en: () => import('./call-for-items-en.js').then((m) => m.callForItemsEn),
  },
  caseFile: {
    da: () => import('./case-file-da.js').then((m) => m.caseFileDa),
    en: () => import('./case-file-en.js').then((m) => m.caseFileEn),
  },
  consultation: {
    da: () => import('./consultation-da.js').then((m) => m.consultationDa),
    en: () => import('./consultation-en.js').then((m) => m.consultationEn),
  },
  intake: { da: () => import('./intake-da.js').then((m) => m.intakeDa), en: () => import('./intake-en.js').then((m) => m.intakeEn) },
  meetingDialog: {
    da: () => import('./meeting-dialog-da.js').then((m) => m.meetingDialogDa),
    en: () => import('./meeting-dialog-en.js').then((m) => m.meetingDialogEn),
  },
  meetingPanel: {
    da: () => import('./meeting-panel-da.js').then((m) => m.meetingPanelDa),
    en: () => import('./meeting-panel-en.js').then((m) => m.meetingPanelEn),
  },
  minutesEditor: {
    da: () => import('./minutes-editor-da.js').then((m) => m.minutesEditorDa),
    en: () => import('./minutes-editor-en.js').then((m) => m.minutesEditorEn),
  },
  minutesStatus: {
    da: () => import('./minutes-status-da.js').then((m) => m.minutesStatusDa),
    en: () => import('./minutes-status-en.js').then((m) => m.minutesStatusEn),
  },
  operations: {
    da: () => import('./operations-da.js').then((m) => m.operationsDa),
    en: () => import('./operations-en.js').then((m) => m.operationsEn),
  },
  outlookBooking: {
    da: () => import('./outlook-booking-da.js').then((m) => m.outlookBookingDa),
    en: () => import('./outlook-booking-en.js').then((m) => m.outlookBookingEn),
  },
  outlookIntake: {
    da: () => import('./outlook-intake-da.js').then((m) => m.outlookIntakeDa),
    en: () => import('./outlook-intake-en.js').then((m) => m.outlookIntakeEn),
  },
  outlookPane: {
    da: () => import('./outlook-pane-da.js').then((m) => m.outlookPaneDa),
    en: () => import('./outlook-pane-en.js').then((m) => m.outlookPaneEn),
  },
  planning: {
    da: () => import('./planning-da.js').then((m) => m.planningDa),
    en: () => import('./planning-en.js').then((m) => m.planningEn),
  },
  protection: {
    da: () => import('./protection-da.js').then((m) => m.protectionDa),
    en: () => import('./protection-en.js').then((m) => m.protectionEn),
  },
  publication: {
    da: () => import('./publication-da.js').then((m) => m.publicationDa),
    en: () => import('./publication-en.js').then((m) => m.publicationEn),
  },
  settings: {
    da: () => import('./settings-da.js').then((m) => m.settingsDa),
    en: () => import('./settings-en.js').then((m) => m.settingsEn),
  },
  successor: {
    da: () => import('./successor-da.js').then((m) => m.successorDa),
    en: () => import('./successor-en.js').then((m) => m.successorEn),
  },
  todo: { da: () => import('./todo-da.js').then((m) => m.todoDa), en: () => import('./todo-en.js').then((m) => m.todoEn) },
  year: { da: () => import('./year-da.js').then((m) => m.yearDa), en: () => import('./year-en.js').then((m) => m.yearEn) },
};

export type FeatureNamespace = keyof typeof NAMESPACE_LOADERS;

/** Each namespace's Danish strings: the key types of `t()` (typed-keys.ts) and what a test loads synchronously. */
export type FeatureResources = { [N in FeatureNamespace]: Awaited<ReturnType<(typeof NAMESPACE_LOADERS)[N]['da']>> };

export const FEATURE_NAMESPACES = Object.keys(NAMESPACE_LOADERS) as FeatureNamespace[];

function isFeatureNamespace(ns: string): ns is FeatureNamespace {
  return Object.hasOwn(NAMESPACE_LOADERS, ns);
}

/**
 * i18next's backend: a namespace is fetched when `loadNamespaces` (a view's lazy boundary, lazy-view.tsx) or
 * `changeLanguage` (every namespace loaded so far, before the language switches) asks for it. `translation` is never
 * asked for: it is bundled (create-i18n.ts).
 */
export const featureBackend = resourcesToBackend((language: string, namespace: string) => {
  if (!isFeatureNamespace(namespace) || (language !== 'da' && language !== 'en')) return Promise.resolve(null);
  return NAMESPACE_LOADERS[namespace][language]();
});
