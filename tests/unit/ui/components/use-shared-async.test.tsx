/** @jest-environment jsdom */
import { act, render, screen, waitFor } from '@testing-library/react';
import { useCallback } from 'react';
import { refreshShared, sharedLoad, useSharedAsync } from '../../../../src/ui/components/use-shared-async';

/** One read for the views of a home that need the same data; a refresh from one of them reads again for all. */
function View({
  name,
  owner,
  source,
  load,
  onRefresh,
}: {
  name: string;
  owner: object;
  source: object;
  load: () => Promise<number>;
  onRefresh?: (refresh: () => void) => void;
}) {
  const stable = useCallback(load, [load]);
  const [state, refresh] = useSharedAsync(owner, source, 'rows', stable);
  onRefresh?.(refresh);
  return <p>{`${name}: ${state.status === 'ready' ? state.value : state.status}`}</p>;
}

describe('useSharedAsync', () => {
  it('reads once for two views, and again for both on refresh', async () => {
    let n = 0;
    const load = jest.fn(() => Promise.resolve(++n));
    const owner = {};
    const source = {};
    let refresh: () => void = () => undefined;
    render(
      <>
        <View name="to-do" owner={owner} source={source} load={load} />
        <View name="section" owner={owner} source={source} load={load} onRefresh={(r) => (refresh = r)} />
      </>,
    );
    expect(await screen.findByText('to-do: 1')).toBeTruthy();
    expect(screen.getByText('section: 1')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);

    act(() => refresh());
    await waitFor(() => expect(screen.getByText('to-do: 2')).toBeTruthy());
    expect(screen.getByText('section: 2')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reads anew for another home (another owner) and after a failed read', async () => {
    const owner = {};
    const source = {};
    const failing = jest.fn(() => Promise.reject(new Error('offline')));
    const { unmount } = render(<View name="a" owner={owner} source={source} load={failing} />);
    expect(await screen.findByText('a: error')).toBeTruthy();
    unmount();
    const ok = jest.fn(() => Promise.resolve(7));
    render(<View name="b" owner={owner} source={source} load={ok} />);
    expect(await screen.findByText('b: 7')).toBeTruthy();
    render(<View name="c" owner={{}} source={source} load={ok} />);
    expect(await screen.findByText('c: 7')).toBeTruthy();
    expect(ok).toHaveBeenCalledTimes(2);
  });

  it("lets a load build on another view's read: one read, and a refresh of it reads again for the view", async () => {
    let n = 0;
    const list = jest.fn(() => Promise.resolve(++n));
    const owner = {};
    const source = {};
    render(<View name="list" owner={owner} source={source} load={list} />);
    expect(await screen.findByText('list: 1')).toBeTruthy();
    // A load elsewhere that starts from the same read takes the one the view made.
    await expect(sharedLoad(owner, source, 'rows', list)).resolves.toBe(1);
    expect(list).toHaveBeenCalledTimes(1);

    act(() => refreshShared(owner, source, 'rows'));
    await waitFor(() => expect(screen.getByText('list: 2')).toBeTruthy());
    await expect(sharedLoad(owner, source, 'rows', list)).resolves.toBe(2);
    expect(list).toHaveBeenCalledTimes(2);
  });
});
