import { queryOption } from './query-option';

/** The property names of a `$select` list, or undefined when everything is wanted (none, or `*`). */
export function selectList(value: string | null | undefined): string[] | undefined {
  if (!value) return undefined;
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return names.length > 0 && !names.includes('*') ? names : undefined;
}

/**
 * Keeps only the selected properties (case-insensitive), the annotations (`@odata.etag`,
 * `@removed`, …) and the `always` properties Graph returns whatever is selected (a message's `id`).
 */
export function applySelect<T extends Record<string, unknown>>(
  entity: T,
  select: readonly string[] | undefined,
  always: readonly string[] = [],
): Record<string, unknown> {
  if (!select) return entity;
  const wanted = new Set([...select, ...always].map((s) => s.toLowerCase()));
  return Object.fromEntries(Object.entries(entity).filter(([k]) => k.startsWith('@') || wanted.has(k.toLowerCase())));
}

export function selectFromQuery(query: URLSearchParams): string[] | undefined {
  return selectList(queryOption(query, 'select'));
}
