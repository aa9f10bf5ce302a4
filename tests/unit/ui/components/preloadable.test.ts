import { preloadable } from '../../../../src/ui/components/preloadable';

describe('preloadable', () => {
  it('loads once however often it is asked, and tells its value once it has come', async () => {
    let loads = 0;
    const view = preloadable(() => {
      loads += 1;
      return Promise.resolve({ View: 'secretariat' });
    });
    expect(view.value).toBeUndefined();
    const [a, b] = await Promise.all([view(), view()]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
    expect(view.value).toEqual({ View: 'secretariat' });
  });

  it('asks anew after a failed load (offline, then online)', async () => {
    let online = false;
    const view = preloadable(() => (online ? Promise.resolve('code') : Promise.reject(new Error('ChunkLoadError'))));
    await expect(view()).rejects.toThrow('ChunkLoadError');
    expect(view.value).toBeUndefined();
    online = true;
    await expect(view()).resolves.toBe('code');
    expect(view.value).toBe('code');
  });
});
