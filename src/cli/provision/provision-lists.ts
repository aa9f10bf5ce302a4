import { GraphError, isUncertain, type Graph } from '../../graph/graph-types';
import type { ListDef } from '../../store/schema';
import { LISTS } from '../../store/schema';
import { columnDefinition } from './column-definition';
import { COLUMN_SELECT, columnGaps, findList, type ExistingColumn, type ExistingList } from './list-gaps';

export interface ProvisionResult {
  readonly created: readonly string[];
  readonly existing: readonly string[];
  /** Columns added to lists that existed without them ("List.Column"): a site provisioned by an earlier version. */
  readonly columnsAdded: readonly string[];
  /** Existing columns a later version made unique, now enforcing it ("List.Column"). */
  readonly madeUnique: readonly string[];
  /** Existing columns that could not be made unique ("List.Column"): their items already hold a value twice. */
  readonly uniqueRefused: readonly string[];
}

interface ColumnChanges {
  readonly added: string[];
  readonly madeUnique: string[];
  readonly uniqueRefused: string[];
}

/**
 * Brings an existing list's columns up to `def`: the columns it lacks are added one by one (a repeat answers 409
 * "name already exists", which counts as added), and a column `def` makes unique that does not enforce it yet gets
 * `enforceUniqueValues` (with its index, which SharePoint requires) — the key a later version relies on to keep
 * concurrent creates apart. SharePoint refuses that while the column already holds a value twice: reported, left as
 * it is. Other existing columns are left as they are.
 */
async function upgradeColumns(graph: Graph, listPath: string, def: ListDef): Promise<ColumnChanges> {
  const have = await graph.all<ExistingColumn>(`${listPath}/columns?$select=${COLUMN_SELECT}`);
  const changes: ColumnChanges = { added: [], madeUnique: [], uniqueRefused: [] };
  for (const gap of columnGaps(def, have)) {
    const column = gap.column;
    if (gap.kind === 'missing') {
      try {
        await graph.post(`${listPath}/columns`, columnDefinition(column), { repeatable: true });
      } catch (error) {
        if (!(error instanceof GraphError && error.status === 409)) throw error;
      }
      changes.added.push(`${def.name}.${column.name}`);
      continue;
    }
    if (!gap.existing.id) continue;
    try {
      // Setting properties to given values: safe to repeat.
      await graph.patch(`${listPath}/columns/${encodeURIComponent(gap.existing.id)}`, { indexed: true, enforceUniqueValues: true });
      changes.madeUnique.push(`${def.name}.${column.name}`);
    } catch (error) {
      if (!(error instanceof GraphError && error.status === 400)) throw error;
      changes.uniqueRefused.push(`${def.name}.${column.name}`);
    }
  }
  return changes;
}

/** The Graph body that creates one of our lists with its columns. */
export function listCreationBody(def: ListDef) {
  return {
    displayName: def.name,
    description: def.description,
    columns: def.columns.map(columnDefinition),
    list: { template: 'genericList' },
  };
}

/**
 * Creates the forum's lists on a SharePoint site; a list that already exists (by name) gets the columns a later
 * version of the app added and the uniqueness it gave existing columns, and is otherwise left as it is. Safe to run
 * again.
 */
export async function provisionLists(
  graph: Graph,
  siteId: string,
  lists: readonly ListDef[] = LISTS,
  onProgress: (message: string) => void = () => undefined,
): Promise<ProvisionResult> {
  const sitePath = `/sites/${siteId}/lists`;
  const present = await graph.all<ExistingList>(`${sitePath}?$select=id,name,displayName`);
  const created: string[] = [];
  const existing: string[] = [];
  const columnsAdded: string[] = [];
  const madeUnique: string[] = [];
  const uniqueRefused: string[] = [];
  const names = (columns: readonly string[]): string => columns.map((a) => a.split('.')[1]).join(', ');
  for (const def of lists) {
    const found = findList(present, def.name);
    if (found) {
      existing.push(def.name);
      const changes = await upgradeColumns(graph, `${sitePath}/${encodeURIComponent(found.id)}`, def);
      columnsAdded.push(...changes.added);
      madeUnique.push(...changes.madeUnique);
      uniqueRefused.push(...changes.uniqueRefused);
      const news = [
        ...(changes.added.length > 0 ? [`nye kolonner / new columns: ${names(changes.added)}`] : []),
        ...(changes.madeUnique.length > 0 ? [`nu unikke / now unique: ${names(changes.madeUnique)}`] : []),
      ];
      onProgress(news.length > 0 ? `Findes allerede / exists: ${def.name} – ${news.join('; ')}` : `Findes allerede / exists: ${def.name}`);
      for (const refused of changes.uniqueRefused) {
        onProgress(
          `ADVARSEL / WARNING: ${refused} kan ikke gøres unik – listen har den samme værdi to gange; fjern dubletten og kør provision igen / cannot be made unique – the list holds a value twice; remove the duplicate and run provision again`,
        );
      }
      continue;
    }
    try {
      await graph.post(sitePath, listCreationBody(def));
    } catch (error) {
      // Not repeatable (a repeat would fail on the name taken): a create whose answer was lost is settled by looking.
      if (!isUncertain(error)) throw error;
      const now = await graph.all<ExistingList>(`${sitePath}?$select=id,name,displayName`);
      if (!findList(now, def.name)) throw error;
    }
    created.push(def.name);
    onProgress(`Oprettet / created: ${def.name} (${def.columns.length} kolonner)`);
  }
  return { created, existing, columnsAdded, madeUnique, uniqueRefused };
}
