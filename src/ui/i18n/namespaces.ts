import resourcesToBackend from 'i18next-resources-to-backend';
import type { Locale } from '../../domain/types';

/**
 * Every feature's strings as an i18next namespace, one dynamic import per language and namespace: a Danish user never
 * downloads the English strings (and the other way round), and no one downloads a view's strings before the view
 * (bench/budgets.json). The shell's own strings (`da.ts`/`en.ts`) are the default `translation` namespace, bundled
 * with the first paint by create-i18n.ts. A new feature's strings: `<feature>-da.ts` + `-en.ts` and one line here.
 */
export const NAMESPACE_LOADERS = {
  actions: { da: () => import('./actions-da.js'), en: () => import('./actions-en.js') },
  agenda: { da: () => import('./agenda-da.js'), en: () => import('./agenda-en.js') },
  approval: { da: () => import('./approval-da.js'), en: () => import('./approval-en.js') },
  attendance: { da: () => import('./attendance-da.js'), en: () => import('./attendance-en.js') },
  callForItems: { da: () => import('./call-for-items-da.js'), en: () => import('./call-for-items-en.js') },
  caseFile: { da: () => import('./case-file-da.js'), en: () => import('./case-file-en.js') },
  chair: { da: () => import('./chair-da.js'), en: () => import('./chair-en.js') },
  consultation: { da: () => import('./consultation-da.js'), en: () => import('./consultation-en.js') },
  intake: { da: () => import('./intake-da.js'), en: () => import('./intake-en.js') },
  meeting: { da: () => import('./meeting-da.js'), en: () => import('./meeting-en.js') },
  meetingDialog: { da: () => import('./meeting-dialog-da.js'), en: () => import('./meeting-dialog-en.js') },
  meetingPanel: { da: () => import('./meeting-panel-da.js'), en: () => import('./meeting-panel-en.js') },
  member: { da: () => import('./member-da.js'), en: () => import('./member-en.js') },
  minutesEditor: { da: () => import('./minutes-editor-da.js'), en: () => import('./minutes-editor-en.js') },
  minutesStatus: { da: () => import('./minutes-status-da.js'), en: () => import('./minutes-status-en.js') },
  operations: { da: () => import('./operations-da.js'), en: () => import('./operations-en.js') },
  outlookBooking: { da: () => import('./outlook-booking-da.js'), en: () => import('./outlook-booking-en.js') },
  outlookIntake: { da: () => import('./outlook-intake-da.js'), en: () => import('./outlook-intake-en.js') },
  outlookPane: { da: () => import('./outlook-pane-da.js'), en: () => import('./outlook-pane-en.js') },
  planning: { da: () => import('./planning-da.js'), en: () => import('./planning-en.js') },
  protection: { da: () => import('./protection-da.js'), en: () => import('./protection-en.js') },
  publication: { da: () => import('./publication-da.js'), en: () => import('./publication-en.js') },
  secretariat: { da: () => import('./secretariat-da.js'), en: () => import('./secretariat-en.js') },
  settings: { da: () => import('./settings-da.js'), en: () => import('./settings-en.js') },
  signIn: { da: () => import('./sign-in-da.js'), en: () => import('./sign-in-en.js') },
  successor: { da: () => import('./successor-da.js'), en: () => import('./successor-en.js') },
  todo: { da: () => import('./todo-da.js'), en: () => import('./todo-en.js') },
  year: { da: () => import('./year-da.js'), en: () => import('./year-en.js') },
};

export type FeatureNamespace = keyof typeof NAMESPACE_LOADERS;

/**
 * Each namespace's Danish strings: the key types of `t()` (typed-keys.ts) and what a test loads synchronously. A
 * namespace's module exports its strings as `<namespace>Da` / `<namespace>En`: that is how the backend finds them
 * without a line of code per namespace in everyone's first load (`ExportsNamed` fails tsc for a module named otherwise).
 */
export type FeatureResources = { [N in FeatureNamespace]: DanishOf<N> };
export type ExportsNamed = AssertTrue<{ [N in FeatureNamespace]: [DanishOf<N>] extends [never] ? false : true }[FeatureNamespace]>;
type AssertTrue<T extends true> = T;
type DanishOf<N extends FeatureNamespace> =
  Awaited<ReturnType<(typeof NAMESPACE_LOADERS)[N]['da']>> extends { readonly [K in `${N}Da`]: infer R } ? R : never;

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
  const exported = `${namespace}${language === 'da' ? 'Da' : 'En'}`;
  return NAMESPACE_LOADERS[namespace][language]().then((module: Readonly<Record<string, object>>) => module[exported] ?? null);
});

/**
 * Starts fetching namespaces before any i18n instance asks, for a start-up that knows which view opens before that
 * view's code is here (the Teams meeting panel, teams/tab.tsx): the backend then finds the chunks on their way (webpack
 * fetches a chunk once) instead of asking only after the view's code has run. A failure is the backend's to report.
 */
export function prefetchNamespaces(locale: Locale, namespaces: readonly FeatureNamespace[]): void {
  for (const ns of namespaces) NAMESPACE_LOADERS[ns][locale]().catch(() => undefined);
}
