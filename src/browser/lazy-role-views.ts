import { lazy } from 'react';
import type { RoleViewRegistry } from '../ui/home/RoleViews';

/** Each role's home is its own chunk: a member never downloads the secretariat's views. */
export const lazyRoleViews: RoleViewRegistry = {
  secretariat: lazy(() => import('../ui/views/secretariat/SecretariatHome.js').then((m) => ({ default: m.SecretariatHome }))),
  chair: lazy(() => import('../ui/views/chair/ChairHome.js').then((m) => ({ default: m.ChairHome }))),
  member: lazy(() => import('../ui/views/member/MemberHome.js').then((m) => ({ default: m.MemberHome }))),
};
