import type { HomeData } from '../store/home-data';
import { viewCode } from '../ui/components/preloadable';
import type { FeatureNamespace } from '../ui/i18n/namespaces';
import { landingTab, roleTabs, type HomeRole } from '../ui/model/roles';

/**
 * The views a first view is made of, each its own chunk with its strings, loaded once: their lazy parts render them
 * (lazy-parts.ts), and the start fetches them ahead of React (below, and the task pane's entry). Each role's home view
 * (a member never downloads the secretariat's views), and the follow-up views inside them:
 */
export const roleViews = {
  secretariat: viewCode(
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
  chair: viewCode(['approval', 'chair', 'consultation', 'meeting', 'member', 'planning', 'secretariat', 'todo'], () =>
    import('../ui/views/chair/ChairHome.js').then((m) => m.ChairHome),
  ),
  member: viewCode(['meeting', 'member'], () => import('../ui/views/member/MemberHome.js').then((m) => m.MemberHome)),
  actionsSection: viewCode(['actions'], () => import('../ui/views/actions/ActionsSection.js').then((m) => m.ActionsSection)),
  memberActions: viewCode(['actions'], () => import('../ui/views/actions/MemberFollowUp.js').then((m) => m.MemberFollowUp)),
  /** Above the role's view when the person has that role in several forums (its strings are the shell's). */
  forumPicker: viewCode([], () => import('../ui/shell/ForumPicker.js').then((m) => m.ForumPicker)),
};

/** The Outlook task pane's item-first layout and the view of each kind of item. */
export const paneViews = {
  pane: viewCode(['outlookPane'], () => import('../ui/outlook/OutlookPane.js').then((m) => m.OutlookPane)),
  message: viewCode(['outlookIntake'], () => import('../ui/outlook/AddToAgenda.js').then((m) => m.AddToAgenda)),
  compose: viewCode(['outlookIntake'], () => import('../ui/outlook/SubmitAgendaItem.js').then((m) => m.SubmitAgendaItem)),
  appointment: viewCode(['outlookBooking', 'outlookIntake'], () =>
    import('../ui/outlook/AppointmentBooking.js').then((m) => m.AppointmentBooking),
  ),
};

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
const SHOWN_AT_ONCE: Record<HomeRole, readonly (keyof typeof roleViews)[]> = {
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
  now: () => Date = () => new Date(),
  views: Record<keyof typeof roleViews, AheadView> = roleViews,
): Promise<void> {
  const data = await home.catch(() => undefined);
  const tab = data ? landingTab(roleTabs(data), data.me, now()) : undefined;
  if (!tab) return;
  // The forum picker comes with the view when it shows (HomeContent.tsx): fetched only once rendered, it came a round
  // trip after the view, and its boundary's fallback held the view's panel back until it had.
  const parts = tab.forums.length > 1 ? [...SHOWN_AT_ONCE[tab.role], 'forumPicker' as const] : SHOWN_AT_ONCE[tab.role];
  await loadViews(
    parts.map((part) => views[part]),
    strings,
  );
}
