// Behaviour the app relies on beyond one answer's shape (ARCHITECTURE.md §5): a collection asked for one item at a
// time pages by @odata.nextLink to the end without repeating an item, and a delta round pages by nextLink to a
// @odata.deltaLink that answers again with a deltaLink. Reads only, so a read-only run checks them too.
import { isJsonObject } from '../../../support/csdl/check';
import { checkResponse } from '../walk';
import type { Expectation } from '../walk';
import { recordDifference, tokenOf } from '../runner';
import type { DifferenceKind, WalkEnv, WalkResult } from '../runner';

/** A paged read ends within this many pages (a mailbox's top-level folders, a group's members). */
const MAX_PAGES = 40;

interface PagedRead {
  readonly check: string;
  readonly kind: DifferenceKind;
  readonly first: string;
  readonly headers?: Record<string, string>;
  readonly expect: Expectation;
  /** Fewer items than this in all is not enough to see paging. */
  readonly atLeast: number;
  /** The last page carries a @odata.deltaLink (a delta round), not just no nextLink. */
  readonly delta: boolean;
}

function pagedReads(env: WalkEnv): PagedRead[] {
  const group = encodeURIComponent(env.ids.get('groupId'));
  return [
    {
      check: 'paging: GET /groups/:groupId/members?$top=1',
      kind: 'paging',
      first: `/groups/${group}/members?$top=1`,
      expect: { collection: 'microsoft.graph.directoryObject' },
      atLeast: 2,
      delta: false,
    },
    {
      check: 'paging: GET /me/mailFolders?$top=1',
      kind: 'paging',
      first: '/me/mailFolders?$top=1',
      expect: { collection: 'microsoft.graph.mailFolder' },
      atLeast: 2,
      delta: false,
    },
    {
      check: 'delta: GET /me/mailFolders/inbox/messages/delta, two to a page',
      kind: 'delta',
      first: '/me/mailFolders/inbox/messages/delta?$select=subject,receivedDateTime',
      headers: { Prefer: 'odata.maxpagesize=2' },
      expect: { operation: 'microsoft.graph.delta', binding: 'Collection(microsoft.graph.message)' },
      atLeast: 0,
      delta: true,
    },
  ];
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

async function followPages(env: WalkEnv, result: WalkResult, read: PagedRead, token: string): Promise<void> {
  const differ = (detail: string): void => recordDifference(result, { check: read.check, kind: read.kind, detail });
  const seen = new Set<string>();
  let link: string | undefined = read.first;
  let pages = 0;
  let deltaLink: string | undefined;
  while (link !== undefined) {
    pages += 1;
    if (pages > MAX_PAGES) return differ(`still an @odata.nextLink after ${MAX_PAGES} pages`);
    const res = await env.send('GET', link, { token, ...(read.headers !== undefined ? { headers: read.headers } : {}) });
    result.requests += 1;
    const violations = checkResponse(env.model, read.expect, res.status, res.body);
    if (violations.length > 0) return differ(`page ${pages}: ${violations.map((v) => `${v.path || '(body)'} -> ${v.message}`).join('; ')}`);
    const body = isJsonObject(res.body) ? res.body : {};
    const items = Array.isArray(body['value']) ? body['value'] : [];
    for (const item of items) {
      const id = isJsonObject(item) ? text(item['id']) : undefined;
      if (id === undefined) continue;
      if (seen.has(id)) return differ(`page ${pages} repeats ${id}, which an earlier page had`);
      seen.add(id);
    }
    link = text(body['@odata.nextLink']);
    deltaLink = text(body['@odata.deltaLink']);
    if (link !== undefined && deltaLink !== undefined) return differ(`page ${pages} has both @odata.nextLink and @odata.deltaLink`);
  }
  if (!read.delta && seen.size >= read.atLeast && pages < 2) differ(`${seen.size} items came on one page although $top=1 was asked`);
  if (read.delta) {
    if (deltaLink === undefined) return differ(`the last page (${pages}) has no @odata.deltaLink`);
    const again = await env.send('GET', deltaLink, { token });
    result.requests += 1;
    const violations = checkResponse(env.model, read.expect, again.status, again.body);
    if (violations.length > 0) return differ(`following the deltaLink: ${violations.map((v) => v.message).join('; ')}`);
    const next = isJsonObject(again.body) ? (text(again.body['@odata.deltaLink']) ?? text(again.body['@odata.nextLink'])) : undefined;
    if (next === undefined) differ('following the deltaLink gave neither a new @odata.deltaLink nor a nextLink');
  }
  result.exercised.add(read.check);
}

export async function runBehaviourChecks(env: WalkEnv, result: WalkResult): Promise<void> {
  const token = tokenOf(env, 'secretary');
  for (const read of pagedReads(env)) {
    if (token === undefined) {
      result.skipped.push({ check: read.check, reason: 'no token for the secretary role' });
      continue;
    }
    try {
      await followPages(env, result, read, token);
    } catch (e) {
      recordDifference(result, { check: read.check, kind: read.kind, detail: e instanceof Error ? e.message : String(e) });
    }
  }
}
