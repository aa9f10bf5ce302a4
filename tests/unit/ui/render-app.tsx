import './jsdom-polyfills';
import { render } from '@testing-library/react';
import { loadConfig } from '../../../src/config/app-config';
import type { HostCapabilities } from '../../../src/host/capabilities';
import { createFakeHost } from '../../../src/host/fake-host';
import type { HomeData } from '../../../src/store/home-data';
import { createMemoryStores, type Stores } from '../../../src/store/stores';
import { App } from '../../../src/ui/App';
import { eagerParts } from '../../../src/ui/eager-parts';
import { NOW } from './fixtures';

/** The real App against a FakeHost and in-memory stores, at a fixed "now". */
export function renderApp(data: HomeData | (() => Promise<HomeData>), opts: { host?: Partial<HostCapabilities>; stores?: Partial<Stores> } = {}) {
  window.location.hash = '';
  const host = createFakeHost({ user: data instanceof Function ? { id: 'x', name: 'X', email: 'x@x' } : data.me, ...opts.host });
  const stores = { ...createMemoryStores(data), ...opts.stores };
  const services = { host, stores, config: loadConfig({}), clock: () => NOW, signOut: jest.fn() };
  return { host, services, ...render(<App services={services} parts={eagerParts} />) };
}
