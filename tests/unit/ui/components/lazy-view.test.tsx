/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense, useState, type ComponentType } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { lazyPart, lazyView, useOpensLazily } from '../../../../src/ui/components/lazy-view';
import { viewCode } from '../../../../src/ui/components/preloadable';
import { createI18n } from '../../../../src/ui/i18n/create-i18n';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A planning view as a lazy chunk would hand it over: it translates in its own namespace. */
function PlanningTitle({ forum }: { forum: string }) {
  const { t } = useTranslation('planning');
  return <h1>{t('title', { forum })}</h1>;
}

describe('lazyView', () => {
  it("asks for the view's namespaces while its code is still on the way, and shows the fallback, never a key, until both are in", async () => {
    const i18n = createI18n('da');
    const loadNamespaces = jest.spyOn(i18n, 'loadNamespaces');
    const code = deferred<ComponentType<{ forum: string }>>();
    const load = jest.fn(() => code.promise);
    const Planning = lazyView(['planning', 'agenda'], load);

    render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={<p>Indlæser …</p>}>
          <Planning forum="Styregruppen" />
        </Suspense>
      </I18nextProvider>,
    );

    // Both requests are out before either answer: the strings do not wait for the code (no waterfall).
    expect(load).toHaveBeenCalledTimes(1);
    expect(loadNamespaces).toHaveBeenCalledWith(['planning', 'agenda'], expect.any(Function));
    expect(screen.getByText('Indlæser …')).toBeTruthy();
    expect(screen.queryByRole('heading')).toBeNull();

    await act(async () => code.resolve(PlanningTitle));

    expect(await screen.findByRole('heading', { name: 'Planlægning – Styregruppen' })).toBeTruthy();
    expect(i18n.hasResourceBundle('da', 'agenda')).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once when its code and strings are already in (a second opening)', async () => {
    const i18n = createI18n('en');
    await i18n.loadNamespaces('planning');
    const Planning = lazyView(['planning'], () => Promise.resolve(PlanningTitle));
    const first = render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={<p>Loading …</p>}>
          <Planning forum="Board" />
        </Suspense>
      </I18nextProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Planning – Board' })).toBeTruthy();
    first.unmount();

    render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={<p>Loading …</p>}>
          <Planning forum="Board" />
        </Suspense>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Planning – Board' })).toBeTruthy();
    expect(screen.queryByText('Loading …')).toBeNull();
  });
});

describe('useOpensLazily', () => {
  /** A trigger in a first view and the dialog it opens, whose code is its own chunk. */
  function setup() {
    const i18n = createI18n('da');
    const loadNamespaces = jest.spyOn(i18n, 'loadNamespaces');
    const code = deferred<ComponentType<{ forum: string }>>();
    const load = jest.fn(() => code.promise);
    const dialogCode = viewCode(['planning'], load);
    const Dialog = lazyPart(dialogCode);
    function Trigger() {
      const [open, setOpen] = useState(false);
      const dialog = useOpensLazily(dialogCode);
      return (
        <>
          <button onPointerEnter={dialog.prefetch} onFocus={dialog.prefetch} onClick={() => dialog.whenReady(() => setOpen(true))}>
            Planlæg
          </button>
          <Suspense fallback={<p>Indlæser …</p>}>{open ? <Dialog forum="Styregruppen" /> : null}</Suspense>
        </>
      );
    }
    render(
      <I18nextProvider i18n={i18n}>
        <Trigger />
      </I18nextProvider>,
    );
    return { load, loadNamespaces, code, button: screen.getByRole('button', { name: 'Planlæg' }) };
  }

  it('fetches nothing until the trigger is pointed at or focused, then its code and strings together', () => {
    const { load, loadNamespaces, button } = setup();
    expect(load).not.toHaveBeenCalled();
    fireEvent.pointerEnter(button);
    expect(load).toHaveBeenCalledTimes(1);
    expect(loadNamespaces).toHaveBeenCalledWith(['planning']);
    fireEvent.focus(button);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('opens the part once its code and strings are in, rendered at once rather than behind a fallback', async () => {
    const { load, code, button } = setup();
    fireEvent.click(button);
    expect(load).toHaveBeenCalledTimes(1);
    // On its way: nothing opened yet, and no fallback either (the part is not rendered until it can render at once).
    expect(screen.queryByText('Indlæser …')).toBeNull();
    expect(screen.queryByRole('heading')).toBeNull();
    await act(async () => code.resolve(PlanningTitle));
    expect(screen.getByRole('heading', { name: 'Planlægning – Styregruppen' })).toBeTruthy();
    expect(screen.queryByText('Indlæser …')).toBeNull();
  });
});
