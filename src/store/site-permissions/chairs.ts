import { GraphError, type Graph } from '../../graph/types';
import { Fields, listItemsUrl, type GraphListItem } from '../list-item';

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

/** The ids of the group's owners (`/groups/{id}/owners`). */
export async function groupOwnerIds(graph: Graph, groupId: string): Promise<ReadonlySet<string>> {
  const owners = await graph.all<{ id?: string }>(`/groups/${encodeURIComponent(groupId)}/owners?$select=id`);
  return new Set(owners.flatMap((o) => (o.id ? [o.id] : [])));
}

/** Members rows; none when the site has no Members list yet (`--check` on a site that was never provisioned). */
async function memberRows(graph: Graph, siteId: string): Promise<GraphListItem[]> {
  try {
    return await graph.all<GraphListItem>(listItemsUrl(siteId, 'Members'));
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) return [];
    throw error;
  }
}

export async function trustedChairs(graph: Graph, siteId: string, groupId: string): Promise<ChairsFromMembers> {
  const [owners, rows] = await Promise.all([groupOwnerIds(graph, groupId), memberRows(graph, siteId)]);
  const chairs = new Set<string>();
  const ignored: { email: string; by: string }[] = [];
  for (const row of rows) {
    const fields = Fields.of(row);
    if (fields.text('Role') !== 'chair') continue;
    const email = fields.text('Email').trim().toLowerCase();
    if (email === '') continue;
    const created = row.createdBy?.user;
    const modified = row.lastModifiedBy?.user;
    const stranger = [created, modified].find((who) => !who?.id || !owners.has(who.id));
    if (stranger === undefined) chairs.add(email);
    else ignored.push({ email, by: stranger?.email || stranger?.displayName || stranger?.id || '?' });
  }
  return { chairs: [...chairs].sort(), ignored };
}
