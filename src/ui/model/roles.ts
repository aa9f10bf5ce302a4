import type { Role } from '../../domain/types';
import type { ForumHome, HomeData } from '../../store/home-data';

/** The homes the app offers; an observer sees the member home. */
export type HomeRole = 'secretariat' | 'chair' | 'member';

export const HOME_ROLES: readonly HomeRole[] = ['secretariat', 'chair', 'member'];

export function homeRoleOf(role: Role): HomeRole {
  return role === 'observer' ? 'member' : role;
}

export interface RoleTab {
  readonly role: HomeRole;
  /** The forums in which this is the person's highest role. */
  readonly forums: readonly ForumHome[];
}

/** One tab per role the person holds somewhere (highest role per forum), in secretariat → chair → member order. */
export function roleTabs(home: HomeData): RoleTab[] {
  return HOME_ROLES.map((role) => ({ role, forums: home.forums.filter((f) => f.role !== undefined && homeRoleOf(f.role) === role) })).filter(
    (t) => t.forums.length > 0,
  );
}

/** Whether a role's forums have something waiting for this person now: new items for the secretariat, minutes to approve for a chair. */
function somethingDue(tab: RoleTab, me: { readonly id: string; readonly email: string }): boolean {
  const mine = (a: { readonly createdBy: { readonly id: string; readonly email?: string } }): boolean =>
    a.createdBy.id === me.id || (a.createdBy.email ?? '').toLowerCase() === me.email.toLowerCase();
  return tab.forums.some((f) => {
    if (tab.role === 'secretariat') return f.submissions.some((s) => s.status === 'new') || f.minutesAwaitingApproval.length > 0;
    if (tab.role === 'chair') return f.minutesAwaitingApproval.some((v) => !f.approvals.some((a) => a.minutesVersionId === v.id && mine(a)));
    return false;
  });
}

/** The start of the role's nearest meeting not yet over (ISO), or undefined. */
function nearestMeeting(tab: RoleTab, now: Date): string | undefined {
  const iso = now.toISOString();
  return tab.forums
    .flatMap((f) => f.meetings)
    .filter((m) => m.status !== 'cancelled' && m.end > iso)
    .map((m) => m.start)
    .sort()[0];
}

/**
 * The tab a person with several roles lands on (without a role in the address): the first with something waiting for
 * them, else the one with the nearest meeting, else the first — never an empty chair tab ahead of a member's meeting.
 */
export function landingTab(tabs: readonly RoleTab[], me: { readonly id: string; readonly email: string }, now: Date): RoleTab | undefined {
  if (tabs.length < 2) return tabs[0];
  const due = tabs.find((t) => somethingDue(t, me));
  if (due) return due;
  const soonest = tabs.map((t) => ({ t, at: nearestMeeting(t, now) })).filter((x): x is { t: RoleTab; at: string } => x.at !== undefined);
  soonest.sort((a, b) => a.at.localeCompare(b.at));
  return soonest[0]?.t ?? tabs[0];
}
