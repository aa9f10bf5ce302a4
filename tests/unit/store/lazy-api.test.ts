import { lazyApi } from '../../../src/store/lazy-api';

interface Greeter {
  greet(name: string): Promise<string>;
  count(): Promise<number>;
}

/** A store whose loads are counted, and whose first `failures` loads fail (a chunk lost on the network). */
function loader(failures = 0) {
  const state = { loads: 0, calls: 0 };
  class GreeterStore implements Greeter {
    private readonly prefix = 'Hej';
    greet(name: string): Promise<string> {
      state.calls += 1;
      return Promise.resolve(`${this.prefix} ${name}`);
    }
    count(): Promise<number> {
      return Promise.resolve(state.calls);
    }
  }
  const load = (): Promise<Greeter> => {
    state.loads += 1;
    return state.loads <= failures
      ? Promise.reject(new Error('ChunkLoadError: Loading chunk 42 failed'))
      : Promise.resolve(new GreeterStore());
  };
  return { state, load };
}

describe('lazyApi: one lazy boundary per feature', () => {
  it('loads nothing until a method is called, then forwards the call with its arguments and `this`', async () => {
    const { state, load } = loader();
    const api = lazyApi<Greeter>(load);
    expect(state.loads).toBe(0);
    await expect(api.greet('Yrsa')).resolves.toBe('Hej Yrsa');
    expect(state.loads).toBe(1);
  });

  it('loads once for concurrent first calls and for every later call', async () => {
    const { state, load } = loader();
    const api = lazyApi<Greeter>(load);
    await Promise.all([api.greet('a'), api.greet('b'), api.count()]);
    await api.greet('c');
    expect(state.loads).toBe(1);
    await expect(api.count()).resolves.toBe(3);
  });

  it('does not keep a failed load: the next call loads again and succeeds', async () => {
    const { state, load } = loader(1);
    const api = lazyApi<Greeter>(load);
    await expect(api.greet('Yrsa')).rejects.toThrow('ChunkLoadError');
    await expect(api.greet('Yrsa')).resolves.toBe('Hej Yrsa');
    expect(state.loads).toBe(2);
    await api.count();
    expect(state.loads).toBe(2);
  });

  it('a name that is not a function on the loaded store rejects loudly, naming it', async () => {
    const { load } = loader();
    // A type that promises more than the store has: what a renamed or removed method looks like at run time.
    const api = lazyApi<Greeter & { farewell(): Promise<string> }>(load as () => Promise<Greeter & { farewell(): Promise<string> }>);
    await expect(api.farewell()).rejects.toThrow(new TypeError("lazyApi: 'farewell' is not a method of the loaded store"));
    // A field of the store is not a method either.
    const fields = lazyApi<{ prefix(): Promise<string> }>(load as unknown as () => Promise<{ prefix(): Promise<string> }>);
    await expect(fields.prefix()).rejects.toThrow("lazyApi: 'prefix' is not a method of the loaded store");
  });

  it('gives the same function for a method on every read (stable for React effects) and is not taken for a promise', async () => {
    const { state, load } = loader();
    const api = lazyApi<Greeter>(load);
    expect(api.greet).toBe(api.greet);
    expect((api as unknown as { then?: unknown }).then).toBeUndefined();
    // Returned from an async function, it arrives as itself: nothing is loaded or called.
    const same = await (async () => api)();
    expect(same).toBe(api);
    expect(state.loads).toBe(0);
  });

  it('takes only objects whose members are all methods returning promises (checked by tsc)', () => {
    // @ts-expect-error a field is not a method: it could not be read before the store has loaded.
    lazyApi<{ name: string }>(() => Promise.resolve({ name: 'x' }));
    // @ts-expect-error a synchronous method could not answer before the store has loaded.
    lazyApi<{ size(): number }>(() => Promise.resolve({ size: () => 1 }));
  });
});
