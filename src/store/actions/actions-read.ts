import { forumActions, type ActionTrust } from '../../domain/action-marks';
import { sortActions } from '../../domain/actions';
import type { ActionItem, ForumWithOwners } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';
import { listItemsUrl, type GraphListItem } from '../list-item';
import { toActionItem, toActionMark } from '../mappers/action-mapper';

/**
 * The actions the filter selects, as the forum believes them (domain/action-marks.ts): the secretariat's, each with
 * its owner's mark applied, by due day. The actions store's reads and the agenda's follow-up item both read this way.
 */
export async function readActions(graph: Graph, forum: ForumWithOwners, filter: string, trust: ActionTrust): Promise<ActionItem[]> {
  const [items, marks] = await Promise.all([
    graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'Actions', { filter })),
    graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'ActionMarks')),
  ]);
  return sortActions(forumActions(items.map(toActionItem), marks.map(toActionMark), forum, trust));
}
