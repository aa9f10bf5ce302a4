/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { useLateFluent } from '../../../../src/ui/components/use-late-fluent';

/**
 * A control the late parts wrap (as a Tooltip wraps an icon button) is mounted anew when they arrive. A keyboard user
 * who reached it keeps the focus on it — also when the Tab came after the late code did but before React put the
 * wrapped control in the page (the header's "switch language with the keyboard alone" lost its focus so, once in a
 * while, on a loaded machine).
 */
function probe(hooks: { useRef: typeof useRef; useLateFluent: typeof useLateFluent }) {
  return function Probe() {
    const ref = hooks.useRef<HTMLButtonElement>(null);
    const late = hooks.useLateFluent(ref);
    const button = (
      <button type="button" ref={ref}>
        Opdater
      </button>
    );
    return (
      <>
        {late ? <span data-late="yes">{button}</span> : button}
        <button type="button">Dansk</button>
        <p data-testid="page">Årets møder</p>
      </>
    );
  };
}

const Probe = probe({ useRef, useLateFluent });

/** Lets the promise callbacks run (the late code's import and its `then`), not React's scheduled render. */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

describe('useLateFluent', () => {
  it('keeps the focus on a control a Tab reached after the late code came and before React swapped it in', async () => {
    const reactAct = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    render(<Probe />);
    // The first input counts as the first view shown: the late code loads; React renders the swap in a task of its own.
    reactAct.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      window.dispatchEvent(new Event('keydown'));
      await import('../../../../src/ui/components/late-fluent.js');
      await microtasks();
      expect(document.querySelector('[data-late]')).toBeNull();
      // The Tab lands on the button now, between the code's arrival and the swap.
      screen.getByRole('button', { name: 'Opdater' }).focus();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      reactAct.IS_REACT_ACT_ENVIRONMENT = true;
    }
    await act(async () => undefined);
    const wrapped = document.querySelector('[data-late] button');
    expect(wrapped).not.toBeNull();
    expect(document.activeElement).toBe(wrapped);
  });

  it('leaves the focus where a click put it between the late code and the swap', async () => {
    // A module of its own: the late code above has come for the first test's copy, so this copy swaps anew.
    await jest.isolateModulesAsync(async () => {
      const react = await import('react');
      const { render: renderFresh } = await import('@testing-library/react/pure.js');
      const fresh = await import('../../../../src/ui/components/use-late-fluent.js');
      // The hooks of the fresh copies: a component must call the React its renderer runs.
      const FreshProbe = probe({ useRef: react.useRef, useLateFluent: fresh.useLateFluent });
      const reactAct = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
      reactAct.IS_REACT_ACT_ENVIRONMENT = false;
      const view = renderFresh(<FreshProbe />);
      try {
        window.dispatchEvent(new Event('keydown'));
        await import('../../../../src/ui/components/late-fluent.js');
        await microtasks();
        expect(document.querySelector('[data-late]')).toBeNull();
        // Tabbed to the button, then clicked the page's text: the focus goes to the page, and stays there.
        const before = view.getByRole('button', { name: 'Opdater' });
        before.focus();
        view.getByTestId('page').dispatchEvent(new Event('pointerdown', { bubbles: true }));
        before.blur();
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(document.querySelector('[data-late] button')).not.toBeNull();
        expect(document.activeElement).toBe(document.body);
      } finally {
        view.unmount();
        reactAct.IS_REACT_ACT_ENVIRONMENT = true;
      }
    });
  });
});
