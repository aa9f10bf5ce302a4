import type { ColumnType } from '../../store/schema';
import { GraphHttpError } from '../http/types';
import type { ColumnRecord } from './state';

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
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw invalid('A column needs a name of letters, digits and underscores.');
  let type: ColumnType;
  let choices: string[] | undefined;
  if (isRecord(input.text)) type = input.text.allowMultipleLines === true ? 'note' : 'text';
  else if (isRecord(input.number)) type = 'number';
  else if (isRecord(input.dateTime)) type = 'dateTime';
  else if (isRecord(input.boolean)) type = 'boolean';
  else if (isRecord(input.choice)) {
    type = 'choice';
    const raw = input.choice.choices;
    if (!Array.isArray(raw) || !raw.every((c): c is string => typeof c === 'string')) throw invalid(`Column '${name}': choice.choices must be strings.`);
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
