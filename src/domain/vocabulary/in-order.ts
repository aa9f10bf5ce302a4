/**
 * Every value of a closed set in the order a list or a menu shows them: the rank table names each value, so one
 * left out (or one the set no longer has) fails to compile.
 */
export function inOrder<T extends string>(values: readonly T[], rank: Readonly<Record<T, number>>): readonly T[] {
  return [...values].sort((a, b) => rank[a] - rank[b]);
}
