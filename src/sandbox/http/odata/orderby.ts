import { valueAt, type Json } from './json';

export interface OrderKey {
  /** The property path as written (`receivedDateTime`, `fields/Start`). */
  readonly path: string;
  readonly desc: boolean;
  /** The clause as written (`fields/Start desc`). */
  readonly clause: string;
}

/**
 * The keys of an `$orderby` ("receivedDateTime desc, subject"). With `invalid`, a clause that is
 * not `path [asc|desc]` is refused with the error it returns; without, the path is its first word
 * and the direction is descending only when the second word says `desc`.
 */
export function parseOrderBy(text: string, invalid?: (clause: string) => Error): OrderKey[] {
  return text.split(',').map((part) => {
    const words = part.trim().split(/\s+/);
    const [path = '', dir] = words;
    if (invalid && (path === '' || words.length > 2 || (dir !== undefined && !/^(asc|desc)$/i.test(dir)))) throw invalid(part.trim());
    return { path, desc: dir?.toLowerCase() === 'desc', clause: part.trim() };
  });
}

/** Sorts rendered JSON by `$orderby` (or `fallback` when there is none), comparing values as text. */
export function orderBy(items: readonly Json[], orderby: string | null | undefined, fallback?: string): Json[] {
  const spec = (orderby ?? fallback ?? '').trim();
  if (!spec) return [...items];
  const keys = parseOrderBy(spec);
  return [...items].sort((x, y) => {
    for (const k of keys) {
      const r = String(valueAt(x, k.path) ?? '').localeCompare(String(valueAt(y, k.path) ?? ''));
      if (r !== 0) return k.desc ? -r : r;
    }
    return 0;
  });
}
