import type { ColumnDef } from '../../store/schema';

/** The body of a Graph `columnDefinition` for one of our column types. */
export interface ColumnDefinitionBody {
  readonly name: string;
  readonly indexed?: boolean;
  /** SharePoint refuses a second item with the same value (409); needs `indexed`. */
  readonly enforceUniqueValues?: boolean;
  readonly text?: { readonly allowMultipleLines?: boolean; readonly textType?: 'plain' };
  readonly number?: Record<string, never>;
  readonly dateTime?: { readonly format: 'dateTime' };
  readonly boolean?: Record<string, never>;
  readonly choice?: { readonly choices: readonly string[]; readonly allowTextEntry: false };
}

function facet(column: ColumnDef): Omit<ColumnDefinitionBody, 'name' | 'indexed' | 'enforceUniqueValues'> {
  switch (column.type) {
    case 'text':
      return { text: {} };
    case 'note':
      // Plain, not rich text: notes hold JSON snapshots and text that must round-trip unchanged.
      return { text: { allowMultipleLines: true, textType: 'plain' } };
    case 'number':
      return { number: {} };
    case 'dateTime':
      return { dateTime: { format: 'dateTime' } };
    case 'boolean':
      return { boolean: {} };
    case 'choice':
      if (!column.choices?.length) throw new Error(`Choice column ${column.name} has no choices`);
      return { choice: { choices: column.choices, allowTextEntry: false } };
  }
}

export function columnDefinition(column: ColumnDef): ColumnDefinitionBody {
  // A unique column must be indexed: SharePoint refuses enforceUniqueValues on a column without an index.
  const indexed = column.indexed === true || column.unique === true;
  return {
    name: column.name,
    ...facet(column),
    ...(indexed ? { indexed: true } : {}),
    ...(column.unique ? { enforceUniqueValues: true } : {}),
  };
}
