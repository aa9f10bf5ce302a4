import type { ForumRef } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';

/**
 * The forums a pass covers: the configured ones, or those `--forum` names (a group not configured has its site looked
 * up, and trusts the deployment's automation application like the configured ones).
 */
export async function forumRefs(
  graph: Graph,
  configured: readonly ForumRef[],
  groupIds: readonly string[],
  trustedAppIds?: readonly string[],
): Promise<ForumRef[]> {
  if (groupIds.length === 0) return [...configured];
  return Promise.all(
    groupIds.map(async (groupId) => {
      const known = configured.find((f) => f.groupId === groupId);
      if (known) return known;
      const site = await graph.get<{ id?: string }>(`/groups/${encodeURIComponent(groupId)}/sites/root?$select=id`);
      if (!site.id) throw new Error(`Gruppen ${groupId} har intet SharePoint-site / has no site`);
      return { groupId, siteId: site.id, ...(trustedAppIds && trustedAppIds.length > 0 ? { trustedAppIds } : {}) };
    }),
  );
}

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
