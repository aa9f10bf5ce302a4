import type { SharePointRest } from '../../graph/sharepoint-rest';
import { isNotFound } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { odataString } from '../list-item';
import type { SecurablePlan } from './permission-plan';
import type { PlanPrincipals, ResolvedUser } from './site-security';

/**
 * The people the plan grants something (the chairs), resolved to the accounts SharePoint knows them by. A chair with no
 * account in the tenant (an e-mail-only member) cannot be granted anything and is reported, never fatal.
 */

export function planUserEmails(plan: readonly SecurablePlan[]): string[] {
  return [...new Set(plan.flatMap((p) => p.grants.flatMap((g) => (g.principal.kind === 'user' ? [g.principal.email] : []))))].sort();
}

/**
 * A person's userPrincipalName from their address. `/users/{mail}` finds a member whose UPN is their address; a guest's
 * UPN is `mail_domain#EXT#@tenant`, so they are looked up by `mail` instead.
 */
export async function userPrincipalName(graph: Graph, email: string): Promise<string | undefined> {
  try {
    const user = await graph.get<{ userPrincipalName?: string }>(`/users/${encodeURIComponent(email)}?$select=userPrincipalName`);
    if (user.userPrincipalName) return user.userPrincipalName;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  const found = await graph.get<{ value?: { userPrincipalName?: string }[] }>(
    `/users?$filter=${encodeURIComponent(`mail eq ${odataString(email)}`)}&$select=userPrincipalName`,
  );
  return found.value?.[0]?.userPrincipalName ?? undefined;
}

export const membershipLogin = (upn: string): string => `i:0#.f|membership|${upn}`;

/**
 * Resolves each person; with `ensure`, also makes sure they are on the site (`ensureuser`, which adds them to its
 * user list: a write) so a role can be given to their principal id. `--check` resolves without ensuring.
 */
export async function resolvePlanUsers(
  rest: SharePointRest,
  graph: Graph,
  emails: readonly string[],
  options: { readonly ensure: boolean },
): Promise<PlanPrincipals> {
  const users: ResolvedUser[] = [];
  const withoutAccount: string[] = [];
  for (const email of emails) {
    const upn = await userPrincipalName(graph, email);
    if (!upn) {
      withoutAccount.push(email);
      continue;
    }
    const loginName = membershipLogin(upn);
    if (!options.ensure) {
      users.push({ email, loginName });
      continue;
    }
    try {
      const principal = await rest.post<{ Id?: number; LoginName?: string }>(
        'web/ensureuser',
        { logonName: loginName },
        { repeatable: true },
      );
      users.push({ email, loginName: principal.LoginName ?? loginName, ...(principal.Id !== undefined ? { id: principal.Id } : {}) });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      withoutAccount.push(email);
    }
  }
  return { users, withoutAccount };
}
