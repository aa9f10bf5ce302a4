/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { GraphError } from '../../../../src/graph/graph-types';
import { ConflictError } from '../../../../src/store/failures';
import { useAction, type ActionOptions } from '../../../../src/ui/components/use-action';
import { createTestI18n } from '../../support/test-i18n';

/** A write whose answer the test gives: resolve(value) or reject(error). */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A view with one write, as views use the hook: a button disabled while busy, a live region with status and error. */
function SaveButton({ save, options }: { save: (title: string) => Promise<number>; options?: ActionOptions<[string], number, string> }) {
  const action = useAction(save, options);
  return (
    <>
      <button type="button" disabled={action.busy} aria-busy={action.busy} onClick={() => void action.run('Budget')}>
        Gem
      </button>
      <button type="button" onClick={() => void action.run('Budget')}>
        Gem igen
      </button>
      <div role="status" aria-live="polite">
        {action.error ?? action.status ?? ''}
      </div>
    </>
  );
}

const renderDa = (ui: React.ReactElement) => render(<I18nextProvider i18n={createTestI18n('da')}>{ui}</I18nextProvider>);

describe('useAction', () => {
  it('is busy while the write is on its way and says the success in the live region', async () => {
    const write = deferred<number>();
    const save = jest.fn(() => write.promise);
    renderDa(<SaveButton save={save} options={{ success: (n, title) => `${title} gemt som nr. ${n}.` }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(screen.getByRole('button', { name: 'Gem' }).getAttribute('aria-busy')).toBe('true');
    expect((screen.getByRole('button', { name: 'Gem' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => write.resolve(7));
    expect(screen.getByRole('status').textContent).toBe('Budget gemt som nr. 7.');
    expect((screen.getByRole('button', { name: 'Gem' }) as HTMLButtonElement).disabled).toBe(false);
    expect(save).toHaveBeenCalledWith('Budget');
  });

  it('ignores a second run while the first is on its way (a double click writes once)', async () => {
    const write = deferred<number>();
    const save = jest.fn(() => write.promise);
    renderDa(<SaveButton save={save} />);
    // Both in the same frame, before React re-renders with the button disabled.
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Gem igen' }));
      fireEvent.click(screen.getByRole('button', { name: 'Gem igen' }));
    });
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => write.resolve(1));
    fireEvent.click(screen.getByRole('button', { name: 'Gem igen' }));
    expect(save).toHaveBeenCalledTimes(2);
    await act(async () => undefined);
  });

  it("turns a failure into the app's sentence for it: a 412 is someone else's change", async () => {
    const save = jest.fn(() => Promise.reject(new GraphError(412, 'preconditionFailed', 'etag mismatch')));
    renderDa(<SaveButton save={save} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Gem' })));
    expect(screen.getByRole('status').textContent).toBe(
      'En anden har ændret det samme imens. Dine ændringer er bevaret – opdater og gem igen.',
    );
    expect((screen.getByRole('button', { name: 'Gem' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("uses the view's own sentence where it has one, and the app's for the rest", async () => {
    const failure = (e: unknown) => (e instanceof ConflictError ? 'Punktet er ændret af en anden.' : undefined);
    const save = jest.fn<Promise<number>, [string]>(() => Promise.reject(new ConflictError('AgendaItems', '4')));
    renderDa(<SaveButton save={save} options={{ failure }} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Gem' })));
    expect(screen.getByRole('status').textContent).toBe('Punktet er ændret af en anden.');

    save.mockImplementation(() => Promise.reject(new GraphError(0, 'network', 'failed to fetch')));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Gem' })));
    expect(screen.getByRole('status').textContent).toBe(
      'Der er ingen forbindelse til Microsoft 365. Tjek din netværksforbindelse, og prøv igen.',
    );
  });

  it('clears the last error when the write is tried again', async () => {
    const save = jest.fn<Promise<number>, [string]>(() => Promise.reject(new GraphError(503, 'serviceNotAvailable', 'busy')));
    renderDa(<SaveButton save={save} options={{ success: () => 'Gemt.' }} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Gem' })));
    expect(screen.getByRole('status').textContent).toMatch(/Microsoft 365 svarer ikke/);
    const write = deferred<number>();
    save.mockImplementation(() => write.promise);
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(screen.getByRole('status').textContent).toBe('');
    await act(async () => write.resolve(2));
    expect(screen.getByRole('status').textContent).toBe('Gemt.');
  });

  it('lets runs with different keys overlap, and ignores a second run of the same key', async () => {
    const writes = new Map<string, ReturnType<typeof deferred<string>>>();
    const decide = jest.fn((id: string) => {
      const d = deferred<string>();
      writes.set(id, d);
      return d.promise;
    });
    function Cards() {
      const action = useAction(decide, { key: (id) => id, success: (id) => `${id} besluttet.` });
      return (
        <>
          {['a', 'b'].map((id) => (
            <button key={id} type="button" disabled={action.pending.some(([p]) => p === id)} onClick={() => void action.run(id)}>
              {id}
            </button>
          ))}
          <button type="button" onClick={() => void action.run('a')}>
            a igen
          </button>
          <div role="status">{action.status ?? ''}</div>
        </>
      );
    }
    renderDa(<Cards />);
    fireEvent.click(screen.getByRole('button', { name: 'a' }));
    fireEvent.click(screen.getByRole('button', { name: 'a igen' }));
    fireEvent.click(screen.getByRole('button', { name: 'b' }));
    expect(decide.mock.calls.map(([id]) => id)).toEqual(['a', 'b']);
    expect((screen.getByRole('button', { name: 'a' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => writes.get('b')?.resolve('b'));
    expect(screen.getByRole('status').textContent).toBe('b besluttet.');
    expect((screen.getByRole('button', { name: 'b' }) as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByRole('button', { name: 'a' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => writes.get('a')?.resolve('a'));
    expect((screen.getByRole('button', { name: 'a' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('lets the write finish after the view is gone without running any of the view', async () => {
    const write = deferred<number>();
    const save = jest.fn(() => write.promise);
    const onSuccess = jest.fn();
    const onSettled = jest.fn();
    const success = jest.fn(() => 'Gemt.');
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const view = renderDa(<SaveButton save={save} options={{ success, onSuccess, onSettled }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    view.unmount();
    await act(async () => write.resolve(3));
    expect(save).toHaveBeenCalledTimes(1);
    expect(success).not.toHaveBeenCalled();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onSettled).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('runs onSuccess with the result and onSettled after a success and after a failure', async () => {
    const onSuccess = jest.fn();
    const onSettled = jest.fn();
    const save = jest.fn<Promise<number>, [string]>(() => Promise.resolve(5));
    renderDa(<SaveButton save={save} options={{ onSuccess, onSettled }} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Gem' })));
    expect(onSuccess).toHaveBeenCalledWith(5, 'Budget');
    expect(onSettled).toHaveBeenCalledTimes(1);
    save.mockImplementation(() => Promise.reject(new Error('boom')));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Gem' })));
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSettled).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status').textContent).toBe('Noget gik galt. Prøv igen – hvis det bliver ved, så kontakt sekretariatet.');
  });

  it('keeps the failure itself for a view whose bar differs by kind, and announce replaces or clears the outcome', async () => {
    const save = jest.fn(() => Promise.reject(new ConflictError('Members', '2')));
    function Members() {
      const action = useAction(save);
      return (
        <>
          <button type="button" onClick={() => void action.run()}>
            Gem
          </button>
          <button type="button" onClick={() => action.announce('Flyttet fra 2 til 1.')}>
            Flyt
          </button>
          <button type="button" onClick={() => action.announce(undefined)}>
            Genindlæs
          </button>
          <div role="status">{`${action.cause instanceof ConflictError ? 'konflikt: ' : ''}${action.error ?? action.status ?? ''}`}</div>
        </>
      );
    }
    renderDa(<Members />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Gem' })));
    expect(screen.getByRole('status').textContent).toMatch(/^konflikt: En anden har ændret det samme imens/);
    fireEvent.click(screen.getByRole('button', { name: 'Flyt' }));
    expect(screen.getByRole('status').textContent).toBe('Flyttet fra 2 til 1.');
    fireEvent.click(screen.getByRole('button', { name: 'Genindlæs' }));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
