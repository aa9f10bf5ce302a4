/** A query option with or without its `$` (Graph accepts `expand=fields` as well as `$expand=fields`). */
export function queryOption(query: URLSearchParams, name: string): string | undefined {
  return query.get(`$${name}`) ?? query.get(name) ?? undefined;
}
