import type { AppRegistration, DirectoryUser } from '../directory/state';
import { GraphHttpError } from '../http/types';

/**
 * What an application calling on its own may reach, as a tenant narrows it: Graph refuses a call its consented roles
 * do not cover (403 Authorization_RequestDenied); Exchange's application access policy (RestrictAccess) refuses any
 * mailbox outside the policy's group (403 ErrorAccessDenied); SharePoint's `Sites.Selected` answers only the sites it
 * was granted (403 accessDenied). See the README's *Unattended runs* for the tenant's side of each.
 */

export function requireAppRole(app: AppRegistration, anyOf: readonly string[]): void {
  if (!anyOf.some((r) => app.roles.includes(r))) {
    throw new GraphHttpError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
}

/** The mailbox is one the access policy scopes the application to, and its roles cover the operation. */
export function requireAppMailbox(app: AppRegistration, mailbox: DirectoryUser, roles: readonly string[]): void {
  requireAppRole(app, roles);
  if (!app.mailboxIds.includes(mailbox.id)) {
    throw new GraphHttpError(
      403,
      'ErrorAccessDenied',
      'Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.',
    );
  }
}

/** Sites.ReadWrite.All reaches every site; Sites.Selected only those granted, for reading or (with 'write') writing too. */
export function requireAppSite(app: AppRegistration, siteId: string, need: 'read' | 'write'): void {
  if (app.roles.includes('Sites.ReadWrite.All') || (need === 'read' && app.roles.includes('Sites.Read.All'))) return;
  const grant = app.roles.includes('Sites.Selected') ? app.sites.find((s) => s.siteId.toLowerCase() === siteId.toLowerCase()) : undefined;
  if (!grant || (need === 'write' && grant.role !== 'write')) throw new GraphHttpError(403, 'accessDenied', 'Access denied');
}
