import type { HomeData, HomeApi } from '../../../src/store/home-data';
import type { Stores } from '../../../src/store/stores';

/**
 * Stores for a unit test: what the test gives, and for every other member a stand-in that throws a clear error the
 * moment the code under test calls it or reads from it — so a test states each store its view uses, and a view that
 * starts using another store fails its tests by name instead of quietly getting `undefined`. Reading the member
 * itself (`const { actions } = stores`, a hook's dependency list) does not throw; using it does.
 *
 * ```ts
 * const stores = fakeStores({ home: memoryHome(homeData(SECRETARY, [home])), stuckSteps: () => Promise.resolve([]) });
 * ```
 */
export function fakeStores(overrides: Partial<Stores> = {}): Stores {
  const stores: Record<string, unknown> = {};
  for (const name of STORE_MEMBERS) stores[name] = overrides[name] ?? fakePart(`stores.${name}`, {});
  return stores as unknown as Stores;
}

/** A home source over fixed data (or a function that reads it, e.g. to count the reads or fail one). */
export function memoryHome(data: HomeData | (() => Promise<HomeData>)): HomeApi {
  return { load: typeof data === 'function' ? data : () => Promise.resolve(data) };
}

/** Every member of Stores: a member added to Stores and not here fails to type-check (the Record below). */
const MEMBERS: Record<keyof Stores, true> = {
  home: true,
  forums: true,
  forum: true,
  appointments: true,
  callsForItems: true,
  agenda: true,
  publication: true,
  intake: true,
  planning: true,
  outlookIntake: true,
  consultations: true,
  approvalView: true,
  minutesVersions: true,
  minutesDraft: true,
  actions: true,
  siteProtection: true,
  stuckSteps: true,
  successor: true,
};
const STORE_MEMBERS = Object.keys(MEMBERS) as (keyof Stores)[];

/**
 * A part of the stores with only the members a test gives (`fakePart<ActionsApi>('stores.actions', { open: … })`):
 * calling it, or reading any other member, throws naming what was touched.
 */
export function fakePart<T>(name: string, given: Partial<T>): T {
  const fail = (what: string): never => {
    throw new Error(`fakeStores: the code under test ${what} ${name}, which this test did not give — pass it: fakeStores({ … })`);
  };
  const members = given as Record<string | symbol, unknown>;
  // A function target, so that both calling it (`stores.forum(ref)`) and reading a method (`stores.actions.open`) fail.
  return new Proxy(() => undefined, {
    apply: () => fail('called'),
    get: (_target, property) => {
      if (property in members) return members[property];
      return typeof property === 'symbol' || property === 'then' ? undefined : fail(`read '${property}' of`);
    },
  }) as unknown as T;
}
