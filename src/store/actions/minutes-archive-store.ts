import { parseSnapshot, sortArchive, type ArchivedMinutes } from '../../domain/minutes-archive';
import type { ForumRef } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';
import { Fields, listItemsUrl, type GraphListItem } from '../list-item';
import { toMinutesVersion } from '../mappers/minutes-mapper';

/**
 * The forum's approved minutes with their snapshots, in one request (a forum has a handful of meetings a year; the
 * snapshots are what the member searches). A version whose snapshot cannot be read is left out.
 */
export async function approvedMinutes(graph: Graph, forum: ForumRef): Promise<ArchivedMinutes[]> {
  const items = await graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'MinutesVersions', { filter: `fields/Status eq 'approved'` }));
  return sortArchive(
    items.flatMap((item) => {
      const content = parseSnapshot(Fields.of(item).text('SnapshotJson'));
      if (!content) return [];
      const v = toMinutesVersion(item);
      const pdfUrl = v.finalPdfUrl ?? v.pdfUrl;
      return [
        {
          versionId: v.id,
          meetingId: v.meetingId,
          version: v.version,
          ...(v.finalAt ? { finalAt: v.finalAt } : {}),
          ...(pdfUrl ? { pdfUrl } : {}),
          content,
        },
      ];
    }),
  );
}
