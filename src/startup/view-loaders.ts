import type { HomeData } from '../store/home-data';
import { landingTab, roleTabs, type HomeRole } from '../ui/model/roles';
import { preloadable } from './preloadable';

/**
 * The code of the views a first view is made of, each its own chunk, loaded once: React's lazy parts render them
 * (lazy-parts.ts), the start fetches them ahead of React (below, and the task pane's entry). Each role's home view (a
 * member never downloads the secretariat's views), and their follow-up views:
 */
export const roleViewLoaders = {
  secretariat: preloadable(() => import('../ui/views/secretariat/SecretariatHome.js')),
  chair: preloadable(() => import('../ui/views/chair/ChairHome.js')),
  member: preloadable(() => import('../ui/views/member/MemberHome.js')),
  actionsSection: preloadable(() => import('../ui/views/actions/ActionsSection.js')),
  memberActions: preloadable(() => import('../ui/views/actions/MemberFollowUp.js')),
};

/** The Outlook task pane's item-first layout and the view of each kind of item. */
export const paneViewLoaders = {
  pane: preloadable(() => import('../ui/outlook/OutlookPane.js')),
  message: preloadable(() => import('../ui/outlook/AddToAgenda.js')),
  compose: preloadable(() => import('../ui/outlook/SubmitAgendaItem.js')),
  appointment: preloadable(() => import('../ui/outlook/AppointmentBooking.js')),
};

/** What a role's home shows at once: its view and the follow-up section inside it (a lazy part of its own). */
const SHOWN_AT_ONCE: Record<HomeRole, readonly (keyof typeof roleViewLoaders)[]> = {
  secretariat: ['secretariat', 'actionsSection'],
  chair: ['chair', 'actionsSection'],
  member: ['member', 'memberActions'],
};

/**
 * The home's role view asked for the moment the home's data says which one the person lands on — not once React has
 * rendered the loaded home and found out itself — with the parts inside it (issue 17 pt 1). Resolves once that code is
 * there (or failed: React's own load then reports it), so the start can hand React the home and its view together.
 */
export async function fetchLandingRoleView(
  home: Promise<HomeData>,
  now: () => Date = () => new Date(),
  loaders: Record<keyof typeof roleViewLoaders, () => Promise<unknown>> = roleViewLoaders,
): Promise<void> {
  const data = await home.catch(() => undefined);
  const tab = data ? landingTab(roleTabs(data), data.me, now()) : undefined;
  if (tab) await Promise.all(SHOWN_AT_ONCE[tab.role].map((part) => loaders[part]().catch(() => undefined)));
}
