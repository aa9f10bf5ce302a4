/** A rendered Graph entity, as the mail and calendar routes produce it. */
export type Json = Record<string, unknown>;

/** The value at an OData property path (`from/emailAddress/address`), or undefined. */
export function valueAt(item: unknown, path: string): unknown {
  let current: unknown = item;
  for (const key of path.split('/')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Json)[key];
  }
  return current;
}
