import type { ForumRef } from '../../domain/types';
import { GraphError, type DeltaLinkStore, type Graph, type GraphPage } from '../../graph/types';
import { etagOf, Fields, itemId, listItemsUrl, listItemUrl, type GraphListItem } from '../list-item';

const COLUMN = 'IntakeDeltaLink';

interface StoredLink {
  readonly key: string;
  readonly link: string;
}

function parse(text: string): StoredLink | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const v = value as Record<string, unknown>;
    return typeof v.key === 'string' && typeof v.link === 'string' ? { key: v.key, link: v.link } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The intake's delta link in the forum's SharePoint (the Forum item's `IntakeDeltaLink` column), so every
 * secretary's sync continues where the last one — anyone's — ended. Saved with `If-Match`: a 412 means another
 * secretary saved a link meanwhile, which is as good as ours (dedup by Message-ID makes a repeated round harmless).
 * A site provisioned before the column existed keeps no link: every sync then reads the folder from the start.
 */
export class ForumDeltaLinkStore implements DeltaLinkStore {
  private item?: { id: string; etag: string };

  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef,
    private readonly itemHint?: { readonly id: string },
  ) {}

  async load(key: string): Promise<string | undefined> {
    const found = await this.read();
    if (!found) return undefined;
    this.item = { id: itemId(found), etag: etagOf(found) };
    const stored = parse(Fields.of(found).text(COLUMN));
    return stored && stored.key === key ? stored.link : undefined;
  }

  async save(key: string, deltaLink: string): Promise<void> {
    if (!this.item) return;
    const body = { [COLUMN]: JSON.stringify({ key, link: deltaLink } satisfies StoredLink) };
    try {
      const fields = await this.graph.patch<Record<string, unknown> | undefined>(`${listItemUrl(this.ref.siteId, 'Forum', this.item.id)}/fields`, body, { ifMatch: this.item.etag });
      const etag = fields?.['@odata.etag'];
      if (typeof etag === 'string') this.item = { ...this.item, etag };
    } catch (error) {
      // 412: another secretary saved a link first. 400: the site's Forum list has no such column yet.
      if (error instanceof GraphError && (error.status === 412 || error.status === 400)) return;
      throw error;
    }
  }

  private async read(): Promise<GraphListItem | undefined> {
    if (this.itemHint) {
      try {
        return await this.graph.get<GraphListItem>(`${listItemUrl(this.ref.siteId, 'Forum', this.itemHint.id)}?expand=fields`);
      } catch (error) {
        if (!(error instanceof GraphError && error.status === 404)) throw error;
      }
    }
    const page = await this.graph.get<GraphPage<GraphListItem>>(listItemsUrl(this.ref.siteId, 'Forum', { top: 1 }));
    return page.value[0];
  }
}

/**
 * Holds the link a delta round ends with until the caller has recorded what the round returned: `graph.delta`
 * saves as soon as the last page arrives, but a sync that fails while writing submissions must repeat the round.
 */
export class DeferredDeltaLinkStore implements DeltaLinkStore {
  private pending?: { key: string; link: string };
  loaded?: string;

  constructor(private readonly target: DeltaLinkStore) {}

  async load(key: string): Promise<string | undefined> {
    this.loaded = await this.target.load(key);
    return this.loaded;
  }

  save(key: string, deltaLink: string): Promise<void> {
    this.pending = { key, link: deltaLink };
    return Promise.resolve();
  }

  /** Saves the held link. */
  async commit(): Promise<void> {
    if (this.pending) await this.target.save(this.pending.key, this.pending.link);
  }
}
