import type { DeepLink, HostCapabilities } from './capabilities';

export interface FakeHost extends HostCapabilities {
  /** What the app asked the host to do, for assertions. */
  readonly record: { readonly deepLinks: DeepLink[]; readonly notices: { message: string; intent: string }[] };
}

/** A host for tests and previews: a Danish light-theme secretary unless told otherwise; any capability can be added. */
export function createFakeHost(partial: Partial<HostCapabilities> = {}): FakeHost {
  const record: FakeHost['record'] = { deepLinks: [], notices: [] };
  return {
    kind: 'fake',
    user: { id: 'fake-user', name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' },
    locale: 'da',
    theme: 'light',
    openDeepLink(target) {
      record.deepLinks.push(target);
      return Promise.resolve();
    },
    notify(message, intent) {
      record.notices.push({ message, intent });
    },
    ...partial,
    record,
  };
}
