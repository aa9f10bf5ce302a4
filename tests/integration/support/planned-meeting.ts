import type { Graph } from '../../../src/graph/graph-types';

/**
 * A meeting the secretariat planned by hand: an ordinary meeting's item in the Meetings list, without an event yet (a
 * booking adopts it and books it with a PATCH). `start` and `end` are UTC ISO times.
 */
export async function plannedByHand(graph: Graph, siteId: string, title: string, start: string, end: string): Promise<{ id: string }> {
  return graph.post<{ id: string }>(`/sites/${siteId}/lists/Meetings/items`, {
    fields: { Title: title, Kind: 'ordinary', Start: start, End: end, Form: 'physical', Status: 'planned' },
  });
}
