import { chairsOf, verifyMembers } from '../../domain/forum-trust';
import { isNotFound } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { forumOwners } from '../forum-stores';
import { listItemsUrl, type GraphListItem } from '../list-item';
import { toForumMember } from '../mappers/forum-mapper';

/**
 * The forum's co-chairs as the secretariat listed them. On a site that is not yet provisioned every group member can
 * write the Members list, so a row counts only when it was created and last modified (server-stamped) by an owner of
 * the forum's Microsoft 365 group — the secretariat; members cannot change who the owners are.
 */

export interface ChairsFromMembers {
  /** Lower-case addresses of the chairs whose rows the secretariat wrote. */
  readonly chairs: readonly string[];
  /** Chair rows that do not count, and who wrote them. */
  readonly ignored: readonly { readonly email: string; readonly by: string }[];
}

/** Members rows; none when the site has no Members list yet (`--check` on a site that was never provisioned). */
async function memberRows(graph: Graph, siteId: string): Promise<GraphListItem[]> {
  try {
    return await graph.all<GraphListItem>(listItemsUrl(siteId, 'Members'));
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

export async function trustedChairs(graph: Graph, siteId: string, groupId: string): Promise<ChairsFromMembers> {
  const [owners, rows] = await Promise.all([forumOwners(graph, { groupId, siteId }), memberRows(graph, siteId)]);
  // Owners that cannot be read trust nobody: every row then counts as someone else's. Grants come from the owners'
  // rows only (the unattended run never writes Members), so no application is trusted here.
  const members = verifyMembers(rows.map(toForumMember), owners ?? [], undefined);
  const chairs = [...new Set(chairsOf({ members }).map((m) => m.email))].sort();
  const ignored = members.flatMap((m) =>
    m.unverified?.listedRole === 'chair' && m.email !== '' ? [{ email: m.email, by: m.unverified.by || '?' }] : [],
  );
  return { chairs, ignored };
}
