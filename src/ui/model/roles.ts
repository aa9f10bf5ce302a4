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
