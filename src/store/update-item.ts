import { isPreconditionFailed } from '../graph/errors';
import type { Graph } from '../graph/graph-types';
import { ConflictError } from './failures';
import { listItemUrl, type FieldBag } from './list-item';
import type { ListName } from './schema';
import type { ForumRef } from '../domain/types';

export interface UpdatedItem {
  readonly fields: FieldBag;
  /** The item's new eTag, when Graph returned one. */
  readonly etag?: string;
}

/**
 * Patches a list item's fields with `If-Match: <etag>`. A 412 (someone else changed it) becomes a
 * `ConflictError` the UI can offer a merge/retry for — never a silent overwrite.
 */
export async function updateItemFields(
  graph: Graph,
  ref: ForumRef,
  list: ListName,
  id: string,
  etag: string,
  fields: FieldBag,
): Promise<UpdatedItem> {
  try {
    const body = await graph.patch<FieldBag | undefined>(`${listItemUrl(ref.siteId, list, id)}/fields`, fields, { ifMatch: etag });
    const bag = body ?? {};
    const newEtag = bag['@odata.etag'];
    return typeof newEtag === 'string' ? { fields: bag, etag: newEtag } : { fields: bag };
  } catch (error) {
    if (isPreconditionFailed(error)) throw new ConflictError(list, id, error);
    throw error;
  }
}
