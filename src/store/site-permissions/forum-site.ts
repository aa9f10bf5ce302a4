import type { SharePointRest } from '../../graph/sharepoint-rest';
import type { Graph } from '../../graph/graph-types';
import { auditSite, type Deviation } from './audit';
import type { SecurablePlan } from './permission-plan';
import { planUserEmails, resolvePlanUsers } from './plan-users';
import { readSiteSecurity } from './read-site';
import type { SiteSecurity } from './site-security';

export interface ForumSite {
  readonly siteId: string;
  readonly groupId: string;
  /** `https://contoso.sharepoint.com/sites/ksg`: where SharePoint's REST API for the site lives. */
  readonly webUrl: string;
}

/**
 * The forum's site and the Microsoft 365 group whose owners are its secretariat. The group must own the site: the
 * chairs provision trusts are those the group's owners wrote, so a wrong group would let the wrong people decide.
 */
export async function loadForumSite(graph: Graph, siteId: string, groupId: string): Promise<ForumSite> {
  const [site, groupSite] = await Promise.all([
    graph.get<{ id?: string; webUrl?: string }>(`/sites/${siteId}?$select=id,webUrl`),
    graph.get<{ id?: string }>(`/groups/${encodeURIComponent(groupId)}/sites/root?$select=id`),
  ]);
  if (!site.webUrl) throw new Error(`Sitet ${siteId} har ingen webUrl / the site has no webUrl`);
  if (!groupSite.id || groupSite.id.toLowerCase() !== (site.id ?? siteId).toLowerCase()) {
    throw new Error(
      `Gruppen ${groupId} ejer ikke sitet ${siteId} (gruppens site er ${groupSite.id ?? 'ukendt'}) / the group does not own the site`,
    );
  }
  return { siteId, groupId, webUrl: site.webUrl };
}

export interface SiteCheck {
  readonly site: SiteSecurity;
  readonly deviations: readonly Deviation[];
  /** Planned people with no account in the tenant. */
  readonly withoutAccount: readonly string[];
}

/** `provision --check`: reads the site and lists every deviation from the plan; changes nothing. */
export async function checkSite(rest: SharePointRest, graph: Graph, siteId: string, plan: readonly SecurablePlan[]): Promise<SiteCheck> {
  const [principals, site] = await Promise.all([
    resolvePlanUsers(rest, graph, planUserEmails(plan), { ensure: false }),
    readSiteSecurity(rest, graph, siteId, plan),
  ]);
  return { site, deviations: auditSite(plan, site, principals), withoutAccount: principals.withoutAccount };
}
