import type { HomeData } from '../store/home-data';
import { landingTab, roleTabs, type HomeRole } from '../ui/model/roles';

/** Each role's home view, its own chunk (a member never downloads the secretariat's views), and their follow-up views. */
export const roleViewLoaders = {
  secretariat: () => import('../ui/views/secretariat/SecretariatHome.js'),
  chair: () => import('../ui/views/chair/ChairHome.js'),
  member: () => import('../ui/views/member/MemberHome.js'),
  actionsSection: () => import('../ui/views/actions/ActionsSection.js'),
  memberActions: () => import('../ui/views/actions/MemberFollowUp.js'),
};

/** What a role's home shows at once: its view and the follow-up section inside it (a lazy part of its own). */
const SHOWN_AT_ONCE: Record<HomeRole, readonly (keyof typeof roleViewLoaders)[]> = {
  secretariat: ['secretariat', 'actionsSection'],
  chair: ['chair', 'actionsSection'],
  member: ['member', 'memberActions'],
};

/**
 * The home's role view asked for the moment the home's data says which one the person lands on — not once React has
 * rendered the loaded home and found out itself, and the parts inside it with it rather than after it (issue 17 pt 1).
 * React's lazy parts (lazy-parts.ts) then find the code there.
 */
export function fetchLandingRoleView(
  home: Promise<HomeData>,
  now: () => Date = () => new Date(),
  loaders: Record<keyof typeof roleViewLoaders, () => Promise<unknown>> = roleViewLoaders,
): void {
  home.then(
    (data) => {
      const tab = landingTab(roleTabs(data), data.me, now());
      // React's own load reports a failure.
      if (tab) for (const part of SHOWN_AT_ONCE[tab.role]) loaders[part]().catch(() => undefined);
    },
    () => undefined,
  );
}
