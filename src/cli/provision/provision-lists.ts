import { GraphError, isUncertain, type Graph } from '../../graph/types';
import type { ListDef } from '../../store/schema';
import { LISTS } from '../../store/schema';
import { columnDefinition } from './column-definition';

interface ExistingList {
  readonly id: string;
  readonly name?: string;
  readonly displayName?: string;
}

export interface ProvisionResult {
  readonly created: readonly string[];
  readonly existing: readonly string[];
  /** Columns added to lists that existed without them ("List.Column"): a site provisioned by an earlier version. */
  readonly columnsAdded: readonly string[];
}

/**
 * The columns of `def` an existing list lacks, added one by one (a repeat answers 409 "name already exists", which
 * counts as added). Existing columns are left as they are.
 */
async function addMissingColumns(graph: Graph, listPath: string, def: ListDef): Promise<string[]> {
  const have = new Set((await graph.all<{ name?: string }>(`${listPath}/columns?$select=name`)).map((c) => (c.name ?? '').toLowerCase()));
  const added: string[] = [];
  for (const column of def.columns.filter((c) => !have.has(c.name.toLowerCase()))) {
    try {
      await graph.post(`${listPath}/columns`, columnDefinition(column), { repeatable: true });
    } catch (error) {
      if (!(error instanceof GraphError && error.status === 409)) throw error;
    }
    added.push(`${def.name}.${column.name}`);
  }
  return added;
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
 * version of the app added, and is otherwise left as it is. Safe to run again.
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
  for (const def of lists) {
    const found = present.find((l) => l.name === def.name || l.displayName === def.name);
    if (found) {
      existing.push(def.name);
      const added = await addMissingColumns(graph, `${sitePath}/${encodeURIComponent(found.id)}`, def);
      columnsAdded.push(...added);
      onProgress(added.length > 0 ? `Findes allerede / exists: ${def.name} – nye kolonner / new columns: ${added.map((a) => a.split('.')[1]).join(', ')}` : `Findes allerede / exists: ${def.name}`);
      continue;
    }
    try {
      await graph.post(sitePath, listCreationBody(def));
    } catch (error) {
      // Not repeatable (a repeat would fail on the name taken): a create whose answer was lost is settled by looking.
      if (!isUncertain(error)) throw error;
      const now = await graph.all<ExistingList>(`${sitePath}?$select=id,name,displayName`);
      if (!now.some((l) => l.name === def.name || l.displayName === def.name)) throw error;
    }
    created.push(def.name);
    onProgress(`Oprettet / created: ${def.name} (${def.columns.length} kolonner)`);
  }
  return { created, existing, columnsAdded };
}
