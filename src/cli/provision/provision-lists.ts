import { isUncertain, type Graph } from '../../graph/types';
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
 * Creates the forum's lists on a SharePoint site, skipping those that already exist (by name),
 * so it can be run again safely. Existing lists are left as they are.
 */
export async function provisionLists(
  graph: Graph,
  siteId: string,
  lists: readonly ListDef[] = LISTS,
  onProgress: (message: string) => void = () => undefined,
): Promise<ProvisionResult> {
  const sitePath = `/sites/${siteId}/lists`;
  const present = await graph.all<ExistingList>(`${sitePath}?$select=id,name,displayName`);
  const names = new Set(present.flatMap((l) => [l.name, l.displayName]).filter((n): n is string => Boolean(n)));
  const created: string[] = [];
  const existing: string[] = [];
  for (const def of lists) {
    if (names.has(def.name)) {
      existing.push(def.name);
      onProgress(`Findes allerede / exists: ${def.name}`);
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
  return { created, existing };
}
