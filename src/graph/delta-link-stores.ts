import type { DeltaLinkStore } from './graph-types';

/** Delta links for tests and a single session's polling. */
export class MemoryDeltaLinkStore implements DeltaLinkStore {
  private readonly links = new Map<string, string>();

  load(key: string): Promise<string | undefined> {
    return Promise.resolve(this.links.get(key));
  }

  save(key: string, deltaLink: string): Promise<void> {
    this.links.set(key, deltaLink);
    return Promise.resolve();
  }
}

/** The subset of the Web Storage API the store needs (sessionStorage in the app, a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Delta links in sessionStorage (never localStorage: nothing of the tenant outlives the session). */
export class SessionStorageDeltaLinkStore implements DeltaLinkStore {
  constructor(
    private readonly storage: KeyValueStorage = globalThis.sessionStorage,
    private readonly prefix = 'sekretariat.deltaLink.',
  ) {}

  load(key: string): Promise<string | undefined> {
    return Promise.resolve(this.storage.getItem(this.prefix + key) ?? undefined);
  }

  save(key: string, deltaLink: string): Promise<void> {
    this.storage.setItem(this.prefix + key, deltaLink);
    return Promise.resolve();
  }
}
