import type { ForumRef } from '../domain/types';
import type { Graph } from '../graph/types';

/** The forums a command goes through: the configured ones, or those `--forum` names (a site looked up when not configured). */
export async function forumRefs(graph: Graph, configured: readonly ForumRef[], groupIds: readonly string[]): Promise<ForumRef[]> {
  if (groupIds.length === 0) return [...configured];
  return Promise.all(
    groupIds.map(async (groupId) => {
      const known = configured.find((f) => f.groupId === groupId);
      if (known) return known;
      const site = await graph.get<{ id?: string }>(`/groups/${encodeURIComponent(groupId)}/sites/root?$select=id`);
      if (!site.id) throw new Error(`Gruppen ${groupId} har intet SharePoint-site / has no site`);
      return { groupId, siteId: site.id };
    }),
  );
}
