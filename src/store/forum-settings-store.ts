import { CommissoriumSchema, parseCommissorium, type Commissorium } from '../domain/commissorium';
import type { ForumRef } from '../domain/types';
import type { Graph } from '../graph/graph-types';
import { createOrFind } from './create-or-find';
import { ConflictError } from './failures';
import { etagOf, Fields, itemId, listItemsCollectionUrl, listItemsUrl, type GraphListItem } from './list-item';
import { updateItemFields } from './update-item';

/** The Forum list item that holds the settings, as saving needs it. */
export interface SettingsItem {
  readonly id: string;
  readonly etag: string;
}

/** The stored settings as read now: absent settings or item when the forum has none yet. */
export interface StoredSettings {
  readonly settings?: Commissorium;
  readonly item?: SettingsItem;
}

/** What the settings view needs; `ForumSettingsStore` over Graph, fakes in UI tests. */
export interface ForumSettingsApi {
  load(): Promise<StoredSettings>;
  save(current: SettingsItem | undefined, c: Commissorium, forumName?: string): Promise<SettingsItem>;
}

/** The settings did not pass the commissorium schema; nothing was written. */
export class InvalidSettingsError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Invalid forum settings: ${issues.join('; ')}`);
    this.name = 'InvalidSettingsError';
  }
}

function validated(c: Commissorium): Commissorium {
  const parsed = CommissoriumSchema.safeParse(c);
  if (!parsed.success) throw new InvalidSettingsError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return parsed.data;
}

/**
 * Writes a forum's commissorium to the `SettingsJson` column of its Forum list item — with `If-Match`, so a
 * stale form never overwrites someone else's change (412 → ConflictError). A forum without a Forum item gets
 * one; if one has appeared since the form was read, that is a conflict too, never a second item.
 */
export class ForumSettingsStore implements ForumSettingsApi {
  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef,
  ) {}

  /** Reads the Forum item afresh (after a conflict: nothing stale survives). */
  async load(): Promise<StoredSettings> {
    const found = await this.forumItem();
    if (!found) return {};
    const settings = parseCommissorium(Fields.of(found).text('SettingsJson', '{}'));
    return { ...(settings ? { settings } : {}), item: { id: itemId(found), etag: etagOf(found) } };
  }

  private async forumItem(): Promise<GraphListItem | undefined> {
    const page = await this.graph.get<{ value: GraphListItem[] }>(listItemsUrl(this.ref.siteId, 'Forum', { top: 1 }));
    return page.value[0];
  }

  async save(current: SettingsItem | undefined, c: Commissorium, forumName?: string): Promise<SettingsItem> {
    const settings = validated(c);
    const SettingsJson = JSON.stringify(settings);
    if (current) {
      const updated = await updateItemFields(this.graph, this.ref, 'Forum', current.id, current.etag, { SettingsJson });
      return { id: current.id, etag: updated.etag ?? current.etag };
    }
    const found = await this.forumItem();
    if (found) throw new ConflictError('Forum', itemId(found));
    const fields = { Title: forumName ?? settings.name, SettingsJson };
    // The Forum list holds one item: a create whose answer was lost is found as the list's item, never repeated.
    const created = await createOrFind(
      () => this.graph.post<GraphListItem>(listItemsCollectionUrl(this.ref.siteId, 'Forum'), { fields }),
      () => this.forumItem(),
    );
    return { id: itemId(created), etag: etagOf(created) };
  }
}
