/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { LightTab, LightTabList } from '../../../../src/ui/components/LightTabList';

/** Two tabs over their panels, as the task pane has them. */
function Pane({ onSelect }: { onSelect?: (value: string) => void }) {
  const [selected, setSelected] = useState('item');
  return (
    <>
      <LightTabList
        selectedValue={selected}
        onTabSelect={(value) => {
          onSelect?.(value);
          setSelected(value);
        }}
      >
        <LightTab id="t-item" value="item" icon={<svg />} aria-controls="p-item">
          Mailen
        </LightTab>
        <LightTab id="t-home" value="home" aria-controls="p-home">
          Årets møder og opgaver
        </LightTab>
      </LightTabList>
      <div id="p-item" role="tabpanel" aria-labelledby="t-item" hidden={selected !== 'item'}>
        Mailens punkt
      </div>
      <div id="p-home" role="tabpanel" aria-labelledby="t-home" hidden={selected !== 'home'}>
        Året
      </div>
    </>
  );
}

describe('LightTabList', () => {
  it('is a tab list whose selected tab alone is in the Tab order, named by its label and controlling its panel', () => {
    render(<Pane />);
    expect(screen.getByRole('tablist')).toBeTruthy();
    const item = screen.getByRole('tab', { name: 'Mailen' });
    const home = screen.getByRole('tab', { name: 'Årets møder og opgaver' });
    expect(item.getAttribute('aria-selected')).toBe('true');
    expect(home.getAttribute('aria-selected')).toBe('false');
    expect(item.tabIndex).toBe(0);
    expect(home.tabIndex).toBe(-1);
    expect(home.getAttribute('aria-controls')).toBe('p-home');
    expect(screen.getByRole('tabpanel', { name: 'Mailen' }).textContent).toBe('Mailens punkt');
  });

  it('moves focus with the arrow keys, Home and End, wrapping, and selects only on Enter, Space or a click', () => {
    const onSelect = jest.fn();
    render(<Pane onSelect={onSelect} />);
    const item = screen.getByRole('tab', { name: 'Mailen' });
    const home = screen.getByRole('tab', { name: 'Årets møder og opgaver' });
    item.focus();
    fireEvent.keyDown(item, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(home);
    fireEvent.keyDown(home, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(item);
    fireEvent.keyDown(item, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(home);
    fireEvent.keyDown(home, { key: 'Home' });
    expect(document.activeElement).toBe(item);
    fireEvent.keyDown(item, { key: 'End' });
    expect(document.activeElement).toBe(home);
    // Moving focus selects nothing (manual activation, as Fluent's TabList).
    expect(onSelect).not.toHaveBeenCalled();
    expect(home.getAttribute('aria-selected')).toBe('false');

    // A button: Enter and Space click it.
    fireEvent.click(home);
    expect(onSelect).toHaveBeenCalledWith('home');
    expect(home.getAttribute('aria-selected')).toBe('true');
    expect(home.tabIndex).toBe(0);
    expect(item.tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel', { name: 'Årets møder og opgaver' }).textContent).toBe('Året');
  });

  it('leaves other keys to the page: Tab, and Up and Down, which scroll it', () => {
    render(<Pane />);
    const item = screen.getByRole('tab', { name: 'Mailen' });
    item.focus();
    for (const key of ['Tab', 'ArrowDown', 'ArrowUp']) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      item.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
      expect(document.activeElement).toBe(item);
    }
  });
});
