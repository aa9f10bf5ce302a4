import type { GraphPage } from './graph-types';

export type FetchPage<T> = (url: string) => Promise<GraphPage<T>>;

/** Follows `@odata.nextLink` (absolute URLs under the Graph root) until the collection ends or `maxItems` is reached. */
export async function collectAll<T>(fetchPage: FetchPage<T>, firstUrl: string, maxItems?: number): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = firstUrl;
  while (next !== undefined && (maxItems === undefined || items.length < maxItems)) {
    const page: GraphPage<T> = await fetchPage(next);
    items.push(...page.value);
    next = page['@odata.nextLink'];
  }
  return maxItems === undefined ? items : items.slice(0, maxItems);
}
