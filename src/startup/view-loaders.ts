import type { HomeData } from '../store/home-data';
import type { FeatureNamespace } from '../ui/i18n/namespaces';
import { landingTab, roleTabs, type HomeRole } from '../ui/model/roles';
import type { AheadViews } from './views';

/** The views a role's home is made of (views.ts). */
export type RoleViewName = keyof AheadViews['role'];

/** A view's code and strings, as the start loads them ahead: `strings` puts namespaces in the app's i18next. */
export interface AheadView {
  readonly namespaces: readonly FeatureNamespace[];
  load(): Promise<unknown>;
}

/** Loads views' code and strings ahead; resolves when all are in (a failure is their boundary's to show). */
export async function loadViews(views: readonly AheadView[], strings: (namespaces: readonly FeatureNamespace[]) => Promise<unknown>) {
  await Promise.all(views.flatMap((v) => [v.load().catch(() => undefined), strings(v.namespaces).catch(() => undefined)]));
}

/** What a role's home shows at once: its view and the follow-up section inside it (a lazy part of its own). */
const SHOWN_AT_ONCE: Record<HomeRole, readonly RoleViewName[]> = {
  secretariat: ['secretariat', 'actionsSection'],
  chair: ['chair', 'actionsSection'],
  member: ['member', 'memberActions'],
};

/**
 * The home's role view asked for the moment the home's data says which one the person lands on — not once React has
 * rendered the loaded home and found out itself — with the parts inside it and their strings (issue 17 pt 1). Resolves
 * once they are in, so the start can hand React the home and its view together.
 */
export async function fetchLandingRoleView(
  home: Promise<HomeData>,
  strings: (namespaces: readonly FeatureNamespace[]) => Promise<unknown>,
  views: () => Promise<Readonly<Record<RoleViewName, AheadView>>>,
  now: () => Date = () => new Date(),
): Promise<void> {
  const data = await home.catch(() => undefined);
  const tabs = data ? roleTabs(data) : [];
  const tab = data ? landingTab(tabs, data.me, now()) : undefined;
  if (!tab) return;
  const all = await views();
  // The role tabs and the forum picker come with the view when they show (HomeContent.tsx): fetched only once
  // rendered, they came a round trip after the view, and their boundary's fallback held the view's panel back.
  const parts: RoleViewName[] = [...SHOWN_AT_ONCE[tab.role]];
  if (tabs.length > 1) parts.push('roleTabs');
  if (tab.forums.length > 1) parts.push('forumPicker');
  await loadViews(
    parts.map((part) => all[part]),
    strings,
  );
}
