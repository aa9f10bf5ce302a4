import type { RoleViewRegistry } from '../home/RoleViews';
import { ChairHome } from './chair/ChairHome';
import { MemberHome } from './member/MemberHome';
import { SecretariatHome } from './secretariat/SecretariatHome';

/** All role views bundled together: for tests and previews (entries use the lazy registry). */
export const eagerRoleViews: RoleViewRegistry = { secretariat: SecretariatHome, chair: ChairHome, member: MemberHome };
