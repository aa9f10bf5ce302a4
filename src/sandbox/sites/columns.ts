import type { ColumnType } from '../../store/schema';
import { GraphHttpError } from '../http/types';
import type { ColumnRecord, ListItemRecord } from './state';

function invalid(message: string): GraphHttpError {
  return new GraphHttpError(400, 'invalidRequest', message);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** SharePoint's own Title column, present on every generic list. */
export function titleColumn(id: string): ColumnRecord {
  return { id, name: 'Title', displayName: 'Title', description: '', type: 'text', indexed: false, required: false };
}

/** A columnDefinition as Graph accepts it on create (`text`, `number`, `dateTime`, `boolean` or `choice` facet). */
export function parseColumnDefinition(input: unknown, id: string): ColumnRecord {
  if (!isRecord(input)) throw invalid('A column definition must be an object.');
  const name = input.name;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    throw invalid('A column needs a name of letters, digits and underscores.');
  let type: ColumnType;
  let choices: string[] | undefined;
  if (isRecord(input.text)) type = input.text.allowMultipleLines === true ? 'note' : 'text';
  else if (isRecord(input.number)) type = 'number';
  else if (isRecord(input.dateTime)) type = 'dateTime';
  else if (isRecord(input.boolean)) type = 'boolean';
  else if (isRecord(input.choice)) {
    type = 'choice';
    const raw = input.choice.choices;
    if (!Array.isArray(raw) || !raw.every((c): c is string => typeof c === 'string'))
      throw invalid(`Column '${name}': choice.choices must be strings.`);
    choices = raw;
  } else {
    throw invalid(`Column '${name}': the sandbox supports text, number, dateTime, boolean and choice columns.`);
  }
  const indexed = input.indexed === true;
  const unique = input.enforceUniqueValues === true;
  if (unique && !indexed) throw invalid(`Column '${name}': enforceUniqueValues requires an indexed column.`);
  return {
    id,
    name,
    displayName: typeof input.displayName === 'string' ? input.displayName : name,
    description: typeof input.description === 'string' ? input.description : '',
    type,
    indexed,
    required: input.required === true,
    ...(choices ? { choices } : {}),
    ...(unique ? { unique } : {}),
  };
}

/** The column values that clash under enforceUniqueValues (case-insensitive, blanks never clash), or none. */
function duplicateValues(items: readonly ListItemRecord[], name: string): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const item of items) {
    const value = item.fields[name];
    if (value === undefined || value === null || value === '') continue;
    const key = String(value).toLowerCase();
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return [...twice];
}

/**
 * A column after `PATCH .../columns/{id}` (Graph's columnDefinition update): the sandbox changes what provision
 * changes on an existing column — its index, enforceUniqueValues, required, display name and description. As
 * SharePoint, it refuses enforceUniqueValues without an index, and on a column whose items already hold a value twice
 * (the status and code of that refusal are the sandbox's choice: 400 invalidRequest with SharePoint's own message).
 */
export function updatedColumn(col: ColumnRecord, input: unknown, items: readonly ListItemRecord[]): ColumnRecord {
  if (!isRecord(input)) throw invalid('A column update must be an object.');
  const editable = new Set(['displayName', 'description', 'indexed', 'enforceUniqueValues', 'required']);
  const other = Object.keys(input).find((k) => !editable.has(k) && !k.startsWith('@odata.'));
  if (other !== undefined)
    throw invalid(
      `Column '${col.name}': the sandbox updates displayName, description, indexed, enforceUniqueValues and required only, not '${other}'.`,
    );
  const flag = (key: string, current: boolean): boolean => {
    const v = input[key];
    if (v === undefined) return current;
    if (typeof v !== 'boolean') throw invalid(`Column '${col.name}': ${key} must be true or false.`);
    return v;
  };
  const text = (key: string, current: string): string => {
    const v = input[key];
    if (v === undefined) return current;
    if (typeof v !== 'string') throw invalid(`Column '${col.name}': ${key} must be a string.`);
    return v;
  };
  const indexed = flag('indexed', col.indexed);
  const unique = flag('enforceUniqueValues', col.unique === true);
  if (unique && !indexed) throw invalid(`Column '${col.name}': enforceUniqueValues requires an indexed column.`);
  if (unique && col.unique !== true && duplicateValues(items, col.name).length > 0) {
    throw invalid(`Column '${col.name}': This field contains duplicate values. Remove all duplicate values and try the operation again.`);
  }
  const { unique: _was, ...rest } = col;
  return {
    ...rest,
    displayName: text('displayName', col.displayName),
    description: text('description', col.description),
    indexed,
    required: flag('required', col.required),
    ...(unique ? { unique } : {}),
  };
}
