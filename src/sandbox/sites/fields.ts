import { GraphHttpError } from '../http/types';
import { spDate } from './shape';
import type { FieldValue, ListRecord } from './state';

/** Fields SharePoint maintains itself; a client cannot write them. */
const READ_ONLY = new Set([
  'id',
  'created',
  'modified',
  'author',
  'editor',
  'authorlookupid',
  'editorlookupid',
  'contenttype',
  'attachments',
  '_uiversionstring',
]);

function invalid(message: string): GraphHttpError {
  return new GraphHttpError(400, 'invalidRequest', message);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates a `fields` object against the list's columns and converts each value to its stored
 * form. `null` clears a field (returned as `null`).
 */
export function coerceFields(list: ListRecord, input: unknown): Record<string, FieldValue | null> {
  if (input === undefined) return {};
  if (!isRecord(input)) throw invalid('The fields value must be an object.');
  const out: Record<string, FieldValue | null> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name.startsWith('@odata.')) continue;
    if (READ_ONLY.has(name.toLowerCase())) throw invalid(`Field '${name}' is read-only`);
    const col = list.columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (!col) throw invalid(`Field '${name}' is not recognized`);
    if (value === null) {
      out[col.name] = null;
      continue;
    }
    switch (col.type) {
      case 'number': {
        const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
        if (!Number.isFinite(n)) throw invalid(`Field '${col.name}' expects a number.`);
        out[col.name] = n;
        break;
      }
      case 'boolean':
        if (typeof value !== 'boolean') throw invalid(`Field '${col.name}' expects true or false.`);
        out[col.name] = value;
        break;
      case 'dateTime':
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
          throw invalid(`Field '${col.name}' expects an ISO 8601 date and time.`);
        out[col.name] = spDate(value);
        break;
      default:
        if (typeof value !== 'string' && typeof value !== 'number') throw invalid(`Field '${col.name}' expects text.`);
        out[col.name] = String(value);
    }
  }
  return out;
}

/** Applies coerced values to stored fields (null deletes). */
export function applyFields(target: Record<string, FieldValue>, values: Record<string, FieldValue | null>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === null) Reflect.deleteProperty(target, name);
    else target[name] = value;
  }
}

/** 412 unless `If-Match` is absent, `*`, or the current eTag. */
export function checkIfMatch(headers: Readonly<Record<string, string>>, currentEtag: string): void {
  const given = headers['if-match'];
  if (given === undefined || given.trim() === '*') return;
  const norm = (s: string): string =>
    s
      .trim()
      .replace(/^W\//, '')
      .replace(/^"(.*)"$/, '$1');
  if (norm(given) !== norm(currentEtag)) {
    throw new GraphHttpError(
      412,
      'preconditionFailed',
      `The request ETag value '${given}' does not match the object's ETag value '${currentEtag}'.`,
    );
  }
}
