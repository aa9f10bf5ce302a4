import type { ColumnDef, ListDef } from '../../store/schema';

/**
 * Where a site's list differs from the schema in what `provision` brings up to date: a column it lacks, or a column
 * the schema makes unique that does not enforce it. `provision` acts on these and `doctor` reports them, so the two
 * cannot disagree about what a provisioned forum has. Anything else about an existing column (its type, its index)
 * provision leaves as it is, and so doctor does not ask.
 */

export interface ExistingList {
  readonly id: string;
  readonly name?: string;
  readonly displayName?: string;
}

export interface ExistingColumn {
  readonly id?: string;
  readonly name?: string;
  readonly enforceUniqueValues?: boolean;
}

/** The `$select` both read a list's columns with. */
export const COLUMN_SELECT = 'id,name,enforceUniqueValues';

/** One of our lists on the site, by its name or display name (SharePoint keeps the name a list was created with). */
export function findList(present: readonly ExistingList[], name: string): ExistingList | undefined {
  return present.find((l) => l.name === name || l.displayName === name);
}

export type ColumnGap =
  | { readonly kind: 'missing'; readonly column: ColumnDef }
  | { readonly kind: 'not-unique'; readonly column: ColumnDef; readonly existing: ExistingColumn };

/** The columns of `def` the list lacks or that should enforce unique values and do not, in the schema's order. */
export function columnGaps(def: ListDef, have: readonly ExistingColumn[]): ColumnGap[] {
  const byName = new Map(have.map((c) => [(c.name ?? '').toLowerCase(), c]));
  return def.columns.flatMap((column): ColumnGap[] => {
    const existing = byName.get(column.name.toLowerCase());
    if (!existing) return [{ kind: 'missing', column }];
    if (column.unique === true && existing.enforceUniqueValues !== true) return [{ kind: 'not-unique', column, existing }];
    return [];
  });
}
