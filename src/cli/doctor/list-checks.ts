import { GraphError, type Graph } from '../../graph/graph-types';
import { LISTS, type ListDef } from '../../store/schema';
import { COLUMN_SELECT, columnGaps, findList, type ExistingColumn, type ExistingList } from '../provision/list-gaps';
import { failed, passed, type CheckLine } from './check-line';

/**
 * The forum site's lists and columns against the schema provision creates (store/schema.ts), compared by the same
 * `columnGaps` provision fixes them with: a list or a column doctor calls missing is one provision adds.
 */
export async function checkLists(
  graph: Graph,
  siteId: string,
  provisionCommand: string,
  options: { readonly columns: boolean } = { columns: true },
  lists: readonly ListDef[] = LISTS,
): Promise<CheckLine[]> {
  const sitePath = `/sites/${siteId}/lists`;
  const present = await graph.all<ExistingList>(`${sitePath}?$select=id,name,displayName`);
  const fix = `kør / run: ${provisionCommand}`;
  const lines: CheckLine[] = [];
  for (const def of lists) {
    const found = findList(present, def.name);
    if (!found) {
      lines.push(failed(`Liste ${def.name} findes ikke / list ${def.name} does not exist`, fix));
      continue;
    }
    // The run's application (Sites.Selected) is checked for reaching the lists; their columns, by the admin's check.
    if (!options.columns) {
      lines.push(passed(`Liste ${def.name} findes / exists`));
      continue;
    }
    let have: ExistingColumn[];
    try {
      have = await graph.all<ExistingColumn>(`${sitePath}/${encodeURIComponent(found.id)}/columns?$select=${COLUMN_SELECT}`);
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      lines.push(
        failed(
          `Liste ${def.name}: kolonnerne kan ikke læses (${error.status}) / its columns cannot be read`,
          'kontrollér tokenets rettigheder til sitet / check the token’s access to the site',
        ),
      );
      continue;
    }
    const gaps = columnGaps(def, have);
    if (gaps.length === 0) {
      lines.push(passed(`Liste ${def.name} (${def.columns.length} kolonner / columns)`));
      continue;
    }
    for (const gap of gaps) {
      lines.push(
        gap.kind === 'missing'
          ? failed(`Liste ${def.name}: kolonnen ${gap.column.name} mangler / column ${gap.column.name} is missing`, fix)
          : failed(
              `Liste ${def.name}: kolonnen ${gap.column.name} er ikke unik / column ${gap.column.name} does not enforce unique values`,
              fix,
            ),
      );
    }
  }
  return lines;
}
