/** @jest-environment jsdom */
import '../jsdom-polyfills';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { HomeData } from '../../../../src/store/home-data';
import { forumHome, homeData, SECRETARY } from '../fixtures';
import { renderApp } from '../render-app';

/**
 * Issue 17 pt 1: the header's tooltips and avatar load after the first view's data. Before that the header is
 * usable and named the same (the icon buttons by their aria-label, the person by a placeholder of the avatar's
 * size); once the role's view has shown its data, Fluent's avatar and tooltips take over — without taking the
 * focus from a button a keyboard user has already reached.
 */
describe('the header before and after the first view', () => {
  it('names its buttons and the person before the first view, then shows the avatar and tooltips', async () => {
    let answer: (data: HomeData) => void = () => undefined;
    renderApp(() => new Promise<HomeData>((resolve) => (answer = resolve)));
    const refresh = screen.getByRole('button', { name: 'Opdater' });
    const person = screen.getByRole('img', { name: 'Logget ind som X' });
    // The placeholder: no initials, no Fluent avatar yet.
    expect(person.textContent).toBe('');
    expect(person.className).not.toContain('fui-Avatar');

    // A keyboard user reaches the refresh button while the home is loading.
    act(() => refresh.focus());
    await act(async () => answer(homeData(SECRETARY, [forumHome('secretariat')])));

    // The host's person (renderApp's "X" while the home is a promise): Fluent's avatar with the initials.
    await waitFor(() => expect(screen.getByRole('img', { name: 'Logget ind som X' }).textContent).toBe('X'));
    expect(screen.getByRole('img', { name: 'Logget ind som X' }).className).toContain('fui-Avatar');
    const refreshAfter = screen.getByRole('button', { name: 'Opdater' });
    expect(document.activeElement).toBe(refreshAfter);
    fireEvent.pointerEnter(refreshAfter);
    expect(await screen.findByRole('tooltip', { hidden: true })).toHaveProperty('textContent', 'Opdater');
  });
});
