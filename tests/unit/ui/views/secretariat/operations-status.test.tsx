/** @jest-environment jsdom */
import '../../jsdom-polyfills';
import { render, screen, waitFor } from '@testing-library/react';
import { loadConfig } from '../../../../../src/config/app-config';
import { createFakeHost } from '../../../../../src/host/fake-host';
import type { StuckStep } from '../../../../../src/store/stuck-steps';
import { AppProviders } from '../../../../../src/ui/AppProviders';
import { createTestI18n } from '../../../support/test-i18n';
import { OperationsStatus } from '../../../../../src/ui/views/secretariat/OperationsStatus';
import { forumHome, homeData, NOW, SECRETARY } from '../../fixtures';
import { fakeStores, memoryHome } from '../../../support/fake-stores';

/** Driftsstatus on the secretariat's home: the steps left half-done, and what to do about each. */
function renderWith(stuck: readonly StuckStep[]) {
  const home = forumHome('secretariat');
  const stuckSteps = jest.fn(() => Promise.resolve(stuck));
  const stores = fakeStores({ home: memoryHome(homeData(SECRETARY, [home])), stuckSteps });
  render(
    <AppProviders
      services={{ host: createFakeHost({ user: SECRETARY }), stores, config: loadConfig({}), clock: () => NOW }}
      i18n={createTestI18n('da')}
    >
      <OperationsStatus home={home} />
    </AppProviders>,
  );
  return stuckSteps;
}

describe('OperationsStatus', () => {
  it('lists each stuck step with when it started and what to do', async () => {
    const check = renderWith([
      {
        step: 'agenda-send',
        since: '2026-04-19T12:05:00Z',
        list: 'Meetings',
        itemId: '3',
        title: 'Klyngestyregruppemøde 2',
        resumable: true,
      },
      { step: 'call-for-items', since: '', list: 'Meetings', itemId: '4', title: 'Klyngestyregruppemøde 3', resumable: false },
      {
        step: 'decision-mail',
        since: '2026-04-19T12:05:00Z',
        list: 'Submissions',
        itemId: '9',
        title: 'Fælles kørselsordning',
        resumable: true,
      },
    ]);
    expect(await screen.findByText('3 trin er gået i stå: de blev påbegyndt, men ikke afsluttet.')).toBeTruthy();
    expect(screen.getByText(/^Udsendelse af dagsorden: Klyngestyregruppemøde 2 – påbegyndt søndag 19\. april 2026 14\.05$/)).toBeTruthy();
    expect(screen.getByText(/^Tryk på knappen igen: næste forsøg overtager og afslutter det/)).toBeTruthy();
    expect(screen.getByText(/^Den automatiske kørsel overtager og afslutter det/)).toBeTruthy();
    expect(screen.getByText('Indkaldelse af punkter: Klyngestyregruppemøde 3')).toBeTruthy();
    expect(screen.getByText(/Tjek forummets postkasse \(Sendt post\)/)).toBeTruthy();
    // Read once, not on every render.
    await new Promise((r) => setTimeout(r, 30));
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('says nothing when nothing is stuck', async () => {
    const check = renderWith([]);
    await waitFor(() => expect(check).toHaveBeenCalled());
    expect(screen.queryByText('Driftsstatus')).toBeNull();
  });
});
