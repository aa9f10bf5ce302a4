/** An object whose members are all methods returning promises: what can be called before its code has loaded. */
export type AsyncApi<T> = { [K in keyof T]: (...args: never[]) => Promise<unknown> };

/**
 * A store whose code loads on the first call of any of its methods, not with anyone's first paint
 * (bench/budgets.json): `lazyApi(() => import('./x-store.js').then((m) => m.xStore(graph)))`. The one lazy boundary
 * per feature, in place of a hand-written forwarder per method.
 *
 * - Loads once: concurrent first calls share one load; later calls reuse the loaded store.
 * - A failed load (a chunk lost on a flaky network) is not kept: the next call loads again, so a retry can succeed.
 * - Methods only (every member returns a promise, checked by `AsyncApi`); a name that is not a function on the loaded
 *   store rejects with a TypeError naming it, rather than failing somewhere later.
 * - `then` is not a method, so the proxy can be returned from an async function without being taken for a promise.
 * - Each method is the same function on every read, so React effects that depend on one do not re-run.
 */
export function lazyApi<T extends AsyncApi<T>>(load: () => Promise<T>): T {
  let loading: Promise<T> | undefined;
  const loaded = (): Promise<T> =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const methods = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const method =
    (name: string) =>
    async (...args: unknown[]): Promise<unknown> => {
      const store = await loaded();
      const member: unknown = (store as Record<string, unknown>)[name];
      if (typeof member !== 'function') throw new TypeError(`lazyApi: '${name}' is not a method of the loaded store`);
      return (member as (...a: unknown[]) => Promise<unknown>).apply(store, args);
    };
  return new Proxy({} as T, {
    get(_target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      let found = methods.get(name);
      if (!found) methods.set(name, (found = method(name)));
      return found;
    },
  });
}
