import type { FetchPage } from './paging';
import {
  GraphError,
  type DeltaLinkStore,
  type DeltaPageOf,
  type DeltaResult,
  type GraphPage,
  type GraphResponse,
  type PrefetchedPage,
} from './graph-types';

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

/**
 * Walks a delta round one page at a time and saves each page's link — its nextLink, or the deltaLink on the last
 * page — only once the consumer has finished with the page (when it asks for the next one, or the loop ends). A
 * consumer that throws or breaks saves nothing for the page it was on, so the next run resumes exactly there:
 * memory holds one page, and a crash or a throttled page costs at most that page again. The first request goes
 * to the stored link (a deltaLink, or a nextLink saved mid-round) or else `url`; a stored link Graph no longer
 * knows starts the round over from `url` (`restarted`). A round that started from a stored link and brought
 * nothing saves nothing (the link is as good as the one it would be replaced by).
 *
 * `first` is used when it was fetched from the start URL and succeeded; otherwise the page is fetched here (with
 * the pipeline's retries and the resync rule). `worthSaving` tells whether a page in mid-round is worth a save of
 * its own (default: every page is); the round's last page always is, unless the round was quiet.
 */
export async function* deltaPages<T>(
  fetchPage: FetchPage<T>,
  url: string,
  key: string,
  links: DeltaLinkStore,
  first?: PrefetchedPage,
  worthSaving: (items: readonly T[]) => boolean = () => true,
): AsyncGenerator<DeltaPageOf<T>, void, undefined> {
  const stored = await links.load(key);
  const start = stored ?? url;
  let restarted = false;
  let page: GraphPage<T>;
  try {
    page = first && first.url === start && isSuccess(first.response) ? (first.response.body as GraphPage<T>) : await fetchPage(start);
  } catch (error) {
    if (stored === undefined || !mustResync(error)) throw error;
    restarted = true;
    page = await fetchPage(url);
  }
  for (let number = 1; ; number += 1) {
    const nextLink = page['@odata.nextLink'];
    const deltaLink = page['@odata.deltaLink'];
    const link = nextLink ?? deltaLink;
    if (link === undefined)
      throw new GraphError(502, 'missingDeltaLink', 'Microsoft Graph ended a delta page without @odata.nextLink or @odata.deltaLink');
    const quiet = number === 1 && nextLink === undefined && page.value.length === 0 && stored !== undefined && !restarted;
    // A page in mid-round that brought nothing worth keeping (only removals, say) is not saved on its own: the next
    // saved link covers it, and reading it again after a crash costs little.
    const save = nextLink === undefined ? !quiet : worthSaving(page.value);
    yield { items: page.value, last: nextLink === undefined, restarted };
    if (save) await links.save(key, link);
    if (nextLink === undefined) return;
    page = await fetchPage(nextLink);
  }
}

function isSuccess(response: GraphResponse): boolean {
  return (
    response.status >= 200 &&
    response.status < 300 &&
    typeof response.body === 'object' &&
    response.body !== null &&
    Array.isArray((response.body as { value?: unknown }).value)
  );
}
