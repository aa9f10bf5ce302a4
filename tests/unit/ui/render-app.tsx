import './jsdom-polyfills';
import { render } from '@testing-library/react';
import { loadConfig } from '../../../src/config/app-config';
import type { HostCapabilities } from '../../../src/host/capabilities';
import { createFakeHost } from '../../../src/host/fake-host';
import type { HomeData } from '../../../src/store/home-data';
import type { ForumStores, Stores } from '../../../src/store/stores';
import { App } from '../../../src/ui/App';
import { eagerParts } from '../../../src/ui/eager-parts';
import { NOW } from './fixtures';
import type { ActionsApi } from '../../../src/store/actions/actions-api';
import type { AgendaStore } from '../../../src/store/forum-stores';
import { fakePart, fakeStores, memoryHome } from '../support/fake-stores';
import { createTestI18n } from '../support/test-i18n';

/**
 * What a home reads on its own besides the home data — each meeting's agenda, the follow-up lists, the stuck steps,
 * the site's protection — as nothing to show; a test about one of them gives its own in `opts.stores`. Every other
 * store throws when touched (fakeStores).
 */
const QUIET_HOME: Partial<Stores> = {
  forum: () =>
    fakePart<ForumStores>('stores.forum(…)', {
      agenda: fakePart<AgendaStore>('stores.forum(…).agenda', { forMeeting: () => Promise.resolve([]) }),
    }),
  actions: fakePart<ActionsApi>('stores.actions', {
    open: () => Promise.resolve([]),
    forOwner: () => Promise.resolve([]),
    approvedMinutes: () => Promise.resolve([]),
    setAside: () => Promise.resolve([]),
  }),
  stuckSteps: () => Promise.resolve([]),
  siteProtection: () => Promise.resolve(undefined),
};

/** The real App against a FakeHost and fake stores (the home's data, its own reads empty), at a fixed "now". */
export function renderApp(
  data: HomeData | (() => Promise<HomeData>),
  opts: { host?: Partial<HostCapabilities>; stores?: Partial<Stores> } = {},
) {
  window.location.hash = '';
  const host = createFakeHost({ user: data instanceof Function ? { id: 'x', name: 'X', email: 'x@x' } : data.me, ...opts.host });
  const stores = fakeStores({ ...QUIET_HOME, home: memoryHome(data), ...opts.stores });
  const services = { host, stores, config: loadConfig({}), clock: () => NOW, signOut: jest.fn() };
  return { host, services, ...render(<App services={services} parts={eagerParts} i18n={createTestI18n(host.locale)} />) };
}
