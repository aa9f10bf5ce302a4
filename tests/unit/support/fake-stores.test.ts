import type { ActionsApi } from '../../../src/store/actions/actions-api';
import type { HomeData } from '../../../src/store/home-data';
import { fakePart, fakeStores, memoryHome } from './fake-stores';

const DATA = { me: { id: 'u', name: 'U', email: 'u@x.example' }, forums: [] } as unknown as HomeData;

describe('fakeStores: every member given, the unused ones throw when used', () => {
  it('gives what the test passes', async () => {
    const stuckSteps = () => Promise.resolve([]);
    const stores = fakeStores({ home: memoryHome(DATA), stuckSteps });
    await expect(stores.home.load()).resolves.toBe(DATA);
    expect(stores.stuckSteps).toBe(stuckSteps);
  });

  it('an unused member may be read (destructured, a dependency) but not called or read from, and says which', () => {
    const stores = fakeStores();
    const { actions, forum } = stores;
    expect(() => actions.open).toThrow("fakeStores: the code under test read 'open' of stores.actions, which this test did not give");
    expect(() => forum({ groupId: 'g', siteId: 's' } as never)).toThrow(
      'fakeStores: the code under test called stores.forum, which this test did not give',
    );
    // Not taken for a promise when awaited or returned from an async function.
    expect((stores.intake as unknown as { then?: unknown }).then).toBeUndefined();
  });

  it('a part gives its listed methods and throws for the rest', async () => {
    const actions = fakePart<ActionsApi>('stores.actions', { open: () => Promise.resolve([]) });
    await expect(fakeStores({ actions }).actions.open({} as never)).resolves.toEqual([]);
    expect(() => actions.complete).toThrow("read 'complete' of stores.actions");
  });
});
