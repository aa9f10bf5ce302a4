import { chairsOf } from '../../domain/forum-trust';
import type { Forum } from '../../domain/types';
import type { SharePointRest } from '../../graph/sharepoint-rest';
import type { Graph } from '../../graph/graph-types';
import type { Deviation } from './audit';
import { checkSite } from './forum-site';
import { sitePermissionPlan } from './permission-plan';

/**
 * Whether a forum's site has the permissions that protect its decisions (docs/SECURITY.md), as the secretariat's app
 * sees it: the same audit as `sekretariat provision --check`, read through SharePoint's REST API with the signed-in
 * secretariat's delegated `AllSites.Read` (reading a list's role assignments needs the owners' rights). Changes
 * nothing. Loaded on first use, for the secretariat only.
 */

export type SiteProtection =
  /** Every list and folder as the plan wants it. */
  | { readonly status: 'protected' }
  /** Members can write what only the secretariat should: the deviations, as provision --check lists them. */
  | { readonly status: 'unprotected'; readonly deviations: readonly Deviation[] }
  /** The site's permissions could not be read (no consent for SharePoint, no network): nothing is claimed either way. */
  | { readonly status: 'unknown' };

/**
 * Opens SharePoint's REST API for a site (`webUrl` from Graph); the entry decides the token and where the API lives,
 * and loads the client when first asked (it is in nobody's first paint).
 */
export type OpenSite = (webUrl: string) => Promise<SharePointRest>;

export async function siteProtection(graph: Graph, openSite: OpenSite, forum: Forum): Promise<SiteProtection> {
  try {
    const site = await graph.get<{ webUrl?: string }>(`/sites/${forum.siteId}?$select=webUrl`);
    if (!site.webUrl) return { status: 'unknown' };
    const plan = sitePermissionPlan(chairsOf(forum).map((c) => c.email));
    const { deviations } = await checkSite(await openSite(site.webUrl), graph, forum.siteId, plan);
    return deviations.length === 0 ? { status: 'protected' } : { status: 'unprotected', deviations };
  } catch {
    return { status: 'unknown' };
  }
}
