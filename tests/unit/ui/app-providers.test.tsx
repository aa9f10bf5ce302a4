/** @jest-environment jsdom */
import './jsdom-polyfills';
import { Tooltip } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { loadConfig } from '../../../src/config/app-config';
import { createFakeHost } from '../../../src/host/fake-host';
import { AppProviders } from '../../../src/ui/AppProviders';
import { createTestI18n } from '../support/test-i18n';
import { homeData, NOW, SECRETARY } from './fixtures';
import { fakeStores, memoryHome } from '../support/fake-stores';

/**
 * Fluent copies FluentProvider's className onto the mount node of every portal (z-index 1000000, absolute, top of
 * the page). The page's full-height background must not ride along, or a tooltip that is merely mounted covers the page.
 */
describe('AppProviders', () => {
  it('keeps the page layout off the portal mount node', () => {
    render(
      <AppProviders
        services={{
          host: createFakeHost({ user: SECRETARY }),
          stores: fakeStores({ home: memoryHome(homeData(SECRETARY, [])) }),
          config: loadConfig({}),
          clock: () => NOW,
        }}
        i18n={createTestI18n('da')}
      >
        {/* "description" tooltips stay mounted while hidden, as the planning view's "Ukendt afsender" does. */}
        <Tooltip content="Ukendt afsender" relationship="description">
          <button type="button">Punkt</button>
        </Tooltip>
      </AppProviders>,
    );
    const layout = screen.getByRole('button', { name: 'Punkt' }).parentElement;
    const portal = document.querySelector('[data-portal-node]');
    expect(portal?.textContent).toBe('Ukendt afsender');
    expect(layout && getComputedStyle(layout).minHeight).toBe('100vh');
    expect(layout && getComputedStyle(layout).backgroundColor).toBe('var(--colorNeutralBackground2)');
    expect(portal && getComputedStyle(portal).minHeight).not.toBe('100vh');
    expect(portal && getComputedStyle(portal).backgroundColor).not.toBe('var(--colorNeutralBackground2)');
    const shared = [...(layout?.classList ?? [])].filter((c) => portal?.classList.contains(c));
    expect(shared).toEqual([]);
  });
});
