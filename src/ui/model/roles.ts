import type { Role } from '../../domain/types';
import type { ForumHome, HomeData } from '../../store/home-data';
import { awaitingMyApproval } from './approvals';
import { byIso } from '../../domain/iso-order';

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
  return HOME_ROLES.map((role) => ({
    role,
    forums: home.forums.filter((f) => f.role !== undefined && homeRoleOf(f.role) === role),
  })).filter((t) => t.forums.length > 0);
}

/**
 * Whether a role's forums have something waiting for this person now: new items for the secretariat; for a chair, what
 * their "Til godkendelse" queue lists (the same rule: an approval of the same content under an earlier version counts,
 * a version the secretariat did not write is never offered) — so a chair never lands on a tab whose queue is empty.
 */
function somethingDue(tab: RoleTab, me: { readonly email: string }): boolean {
  return tab.forums.some((f) => {
    if (tab.role === 'secretariat') return f.submissions.some((s) => s.status === 'new') || f.minutesAwaitingApproval.length > 0;
    if (tab.role === 'chair') return awaitingMyApproval(f, me.email).length > 0;
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
  soonest.sort((a, b) => byIso(a.at, b.at));
  return soonest[0]?.t ?? tabs[0];
}
