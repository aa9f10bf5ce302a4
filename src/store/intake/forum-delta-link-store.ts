import { writtenByOwners } from '../../domain/forum-trust';
import type { Forum, ForumRef } from '../../domain/types';
import { isBadRequest, isNotFound, isPreconditionFailed } from '../../graph/errors';
import type { DeltaLinkStore, Graph, GraphPage } from '../../graph/graph-types';
import { etagOf, Fields, itemId, listItemsUrl, listItemUrl, writeStampOf, type GraphListItem } from '../list-item';

const COLUMN = 'IntakeDeltaLink';

/**
 * The column's JSON: each folder's link by key, `{ "links": { "intake:<mailbox>:inbox": "https://…", … } }`. Before
 * the intake read several folders it held one `{ key, link }`; that is read as a single entry.
 */
function parse(text: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return {};
    const v = value as Record<string, unknown>;
    if (typeof v.key === 'string' && typeof v.link === 'string') return { [v.key]: v.link };
    if (typeof v.links !== 'object' || v.links === null) return {};
    return Object.fromEntries(
      Object.entries(v.links as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

const SAVE_ATTEMPTS = 3;

/**
 * The intake's delta links in the forum's SharePoint (the Forum item's `IntakeDeltaLink` column, one link per
 * folder), so every secretary's sync — and the unattended run — continues where the last one ended. The item is
 * read once; each save writes the whole map with `If-Match`. A 412 means another sync saved meanwhile: the item is
 * read again and this key written over the fresh map (any saved link is safe to continue from: each is saved only
 * after what precedes it was recorded, and recording is idempotent). A site provisioned before the column existed
 * keeps no links: every sync then reads its folders from the start of the window.
 *
 * The item also holds the forum's settings, which count only as the secretariat wrote them (forum-trust.ts). A Forum
 * item someone else changed last — or whose owners could not be read — is never written here: the write would make a
 * member's settings (an approval rule of one co-chair) look like the secretariat's. Its links are kept for this sync
 * only, until the secretariat has looked at the settings and saved them.
 */
export class ForumDeltaLinkStore implements DeltaLinkStore {
  private item?: { id: string; etag: string };
  private links?: Record<string, string>;
  private keep?: ReadonlySet<string>;
  private loading?: Promise<Record<string, string>>;
  private noColumn = false;
  private foreign = false;

  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef & Pick<Forum, 'owners'>,
    private readonly itemHint?: { readonly id: string },
  ) {}

  async load(key: string): Promise<string | undefined> {
    // Every folder's link is loaded at once: one read of the item serves them all.
    this.loading ??= this.refresh();
    const links = this.links ?? (await this.loading);
    return links[key];
  }

  /** Keys of folders the intake no longer reads are dropped with the next save (the map does not grow forever). */
  retainOnly(keys: ReadonlySet<string>): void {
    this.keep = keys;
  }

  async save(key: string, deltaLink: string): Promise<void> {
    if (!this.links) await (this.loading ??= this.refresh());
    if (this.foreign) {
      this.links = { ...this.links, [key]: deltaLink };
      return;
    }
    for (let attempt = 1; attempt <= SAVE_ATTEMPTS && this.item && !this.noColumn && !this.foreign; attempt += 1) {
      const links = { ...this.retained(this.links ?? {}), [key]: deltaLink };
      try {
        const fields = await this.graph.patch<Record<string, unknown> | undefined>(
          `${listItemUrl(this.ref.siteId, 'Forum', this.item.id)}/fields`,
          { [COLUMN]: JSON.stringify({ links }) },
          { ifMatch: this.item.etag },
        );
        const etag = fields?.['@odata.etag'];
        if (typeof etag === 'string') this.item = { ...this.item, etag };
        this.links = links;
        return;
      } catch (error) {
        // 400: the site's Forum list has no such column yet. 412: another sync saved first; read and merge.
        if (isBadRequest(error)) this.noColumn = true;
        else if (isPreconditionFailed(error)) await this.refresh();
        else throw error;
      }
    }
    // Still conflicting after the attempts: other syncs are saving the same links; ours goes with the next page.
  }

  private retained(links: Record<string, string>): Record<string, string> {
    const keep = this.keep;
    return keep ? Object.fromEntries(Object.entries(links).filter(([k]) => keep.has(k))) : links;
  }

  private async refresh(): Promise<Record<string, string>> {
    const found = await this.read();
    this.item = found ? { id: itemId(found), etag: etagOf(found) } : undefined;
    this.foreign = found !== undefined && !writtenByOwners(writeStampOf(found), this.ref.owners, this.ref.trustedAppIds);
    this.links = found ? parse(Fields.of(found).text(COLUMN)) : {};
    return this.links;
  }

  private async read(): Promise<GraphListItem | undefined> {
    if (this.itemHint) {
      try {
        return await this.graph.get<GraphListItem>(`${listItemUrl(this.ref.siteId, 'Forum', this.itemHint.id)}?expand=fields`);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }
    const page = await this.graph.get<GraphPage<GraphListItem>>(listItemsUrl(this.ref.siteId, 'Forum', { top: 1 }));
    return page.value[0];
  }
}
