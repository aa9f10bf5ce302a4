/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ForumStores } from '../../../../../../src/store/stores';
import { forumHome, homeData, SECRETARY } from '../../../fixtures';
import { renderApp } from '../../../render-app';

/**
 * A meeting's "…" menu in the year: its code loads when it is first opened (the year is the first view, the menu is
 * not), and it opens as Fluent's MenuButton does — by keyboard, Escape back to the button. (That focus lands on the
 * first item is Fluent's, which jsdom cannot show — tabster finds nothing visible there: tests/e2e/year-plan.spec.ts.)
 */
function renderYear() {
  const home = forumHome('secretariat');
  const forum = (() => ({
    year: {
      move: jest.fn(),
      cancel: jest.fn(),
      book: jest.fn(),
      suggestTimes: jest.fn(async () => []),
      schedules: jest.fn(async () => []),
    },
  })) as unknown as (ref: unknown) => ForumStores;
  renderApp(homeData(SECRETARY, [{ ...home, forum: { ...home.forum, settingsItem: { id: '1', etag: '"1"' } } }]), { stores: { forum } });
  return screen.findByRole('button', { name: 'Handlinger for Klyngestyregruppemøde' }, { timeout: 5000 });
}

describe("a meeting's menu in the year", () => {
  it('is a menu button before its code is in, and ArrowDown loads and opens it; Escape closes it onto its button', async () => {
    const button = await renderYear();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();
    act(() => button.focus());
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const first = await screen.findByRole('menuitem', { name: 'Flyt mødet' });
    expect(screen.getByRole('menuitem', { name: 'Aflys mødet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Handlinger for Klyngestyregruppemøde' }).getAttribute('aria-expanded')).toBe('true');

    fireEvent.keyDown(first, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    const trigger = screen.getByRole('button', { name: 'Handlinger for Klyngestyregruppemøde' });
    await waitFor(() => expect(document.activeElement).toBe(trigger));
    expect(trigger.getAttribute('aria-expanded')).toBe('false');

    // Opened again, its code in now: the menu itself.
    fireEvent.click(trigger);
    expect(await screen.findByRole('menuitem', { name: 'Aflys mødet' })).toBeTruthy();
  });

  it('opens the move dialog from its first item', async () => {
    fireEvent.click(await renderYear());
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Flyt mødet' }));
    expect(await screen.findByRole('dialog', { name: 'Flyt Klyngestyregruppemøde' }, { timeout: 5000 })).toBeTruthy();
  });
});
