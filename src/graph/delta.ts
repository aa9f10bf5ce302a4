import type { FetchPage } from './paging';
import { GraphError, type DeltaLinkStore, type DeltaResult } from './types';

/** Codes with which Graph says a delta link is no longer usable and a full sync must start again. */
const RESYNC_CODES = new Set(['syncstatenotfound', 'syncstateinvalid', 'resyncrequired', 'invaliddeltatoken']);

function mustResync(error: unknown): boolean {
  return error instanceof GraphError && (error.status === 410 || RESYNC_CODES.has(error.code.toLowerCase()));
}

/**
 * Runs a delta query from the stored link (or `url` the first time), follows every nextLink, and saves the new
 * deltaLink only after the last page arrived: a failure part-way leaves the old link, so the next run repeats the
 * same changes instead of skipping them. An expired link starts a full sync (`restarted: true`).
 */
export async function runDelta<T>(fetchPage: FetchPage<T>, url: string, key: string, links: DeltaLinkStore): Promise<DeltaResult<T>> {
  const stored = await links.load(key);
  let result: DeltaResult<T>;
  try {
    result = await pageThrough(fetchPage, stored ?? url);
  } catch (error) {
    if (stored === undefined || !mustResync(error)) throw error;
    result = { ...(await pageThrough(fetchPage, url)), restarted: true };
  }
  await links.save(key, result.deltaLink);
  return result;
}

async function pageThrough<T>(fetchPage: FetchPage<T>, start: string): Promise<DeltaResult<T>> {
  const items: T[] = [];
  let next = start;
  for (;;) {
    const page = await fetchPage(next);
    items.push(...page.value);
    const nextLink = page['@odata.nextLink'];
    if (nextLink !== undefined) {
      next = nextLink;
      continue;
    }
    const deltaLink = page['@odata.deltaLink'];
    if (deltaLink === undefined) {
      throw new GraphError(502, 'missingDeltaLink', 'Microsoft Graph ended a delta query without @odata.deltaLink');
    }
    return { items, deltaLink };
  }
}
