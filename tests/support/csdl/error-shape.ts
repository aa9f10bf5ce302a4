// Graph's error body is not in the CSDL; its shape is documented at
// https://learn.microsoft.com/graph/errors: { error: { code, message, innerError: { date, request-id, ... } } }.
import { isJsonObject } from './check';
import type { Violation } from './check';

const ERROR_KEYS = new Set(['code', 'message', 'innerError', 'details', 'target']);
const INNER_ERROR_KEYS = new Set(['code', 'message', 'date', 'request-id', 'client-request-id', 'innerError']);
const DETAIL_KEYS = new Set(['code', 'message', 'target']);

function strictKeys(obj: Readonly<Record<string, unknown>>, allowed: ReadonlySet<string>, path: string, out: Violation[]): void {
  for (const [key, value] of Object.entries(obj)) {
    if (!allowed.has(key))
      out.push({ path: `${path}.${key}`, kind: 'unknown-property', message: `${key} is not part of Graph's error body` });
    else if (key !== 'innerError' && key !== 'details' && typeof value !== 'string') {
      out.push({ path: `${path}.${key}`, kind: 'type-mismatch', message: `${key} must be a string` });
    }
  }
}

function innerError(value: unknown, path: string, out: Violation[]): void {
  if (!isJsonObject(value)) {
    out.push({ path, kind: 'type-mismatch', message: 'innerError must be an object' });
    return;
  }
  strictKeys(value, INNER_ERROR_KEYS, path, out);
  if (value['innerError'] !== undefined) innerError(value['innerError'], `${path}.innerError`, out);
}

/** Checks a Graph error response body; `innerError` is required because Graph always sends it. */
export function checkGraphError(body: unknown): Violation[] {
  const out: Violation[] = [];
  const error = isJsonObject(body) ? body['error'] : undefined;
  if (!isJsonObject(body) || !isJsonObject(error)) {
    return [{ path: '', kind: 'type-mismatch', message: 'expected { "error": { "code", "message", "innerError" } }' }];
  }
  for (const key of Object.keys(body)) {
    if (key !== 'error') out.push({ path: key, kind: 'unknown-property', message: `${key} is not part of Graph's error body` });
  }
  for (const key of ['code', 'message'] as const) {
    if (error[key] === undefined) out.push({ path: `error.${key}`, kind: 'null', message: `error.${key} is missing` });
  }
  strictKeys(error, ERROR_KEYS, 'error', out);
  if (error['innerError'] === undefined) out.push({ path: 'error.innerError', kind: 'null', message: 'error.innerError is missing' });
  else innerError(error['innerError'], 'error.innerError', out);
  const details = error['details'];
  if (details !== undefined) {
    if (!Array.isArray(details)) out.push({ path: 'error.details', kind: 'type-mismatch', message: 'error.details must be an array' });
    else details.forEach((d: unknown, i) => (isJsonObject(d) ? strictKeys(d, DETAIL_KEYS, `error.details[${i}]`, out) : undefined));
  }
  return out;
}
