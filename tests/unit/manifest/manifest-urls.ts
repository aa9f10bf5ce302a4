/** Every http(s) URL in a JSON document, with its path, except Microsoft's `$schema` pointers. */
export function urlsIn(value: unknown, path = ''): { path: string; url: string }[] {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? [{ path, url: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => urlsIn(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (key === '$schema' ? [] : urlsIn(item, path ? `${path}.${key}` : key)));
  }
  return [];
}
