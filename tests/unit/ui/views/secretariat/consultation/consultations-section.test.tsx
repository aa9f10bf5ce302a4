/** @jest-environment jsdom */
import '../../../jsdom-polyfills';
import { act, render, screen, within } from '@testing-library/react';
import { loadConfig } from '../../../../../../src/config/app-config';
import type { Consultation } from '../../../../../../src/domain/consultation/consultation-types';
import { createFakeHost } from '../../../../../../src/host/fake-host';
import type { ConsultationApi } from '../../../../../../src/store/consultation/consultation-api';
import type { IntakeApi } from '../../../../../../src/store/stores';
import { AppProviders } from '../../../../../../src/ui/AppProviders';
import { CommandContextReact } from '../../../../../../src/ui/commands/command-context';
import { ConsultationsSection } from '../../../../../../src/ui/views/secretariat/consultation/ConsultationsSection';
import { TodoList } from '../../../../../../src/ui/views/secretariat/TodoList';
import { createTestI18n } from '../../../../support/test-i18n';
import { fakeStores, memoryHome } from '../../../../support/fake-stores';
import { commandContext, consultationFixture, forumHome, homeData, NOW, SECRETARY } from '../../../fixtures';

const open = consultationFixture();
const draft = consultationFixture({ id: 'c2', reference: 'KSG-2026-02', title: 'Udkast til høring', status: 'draft', sentTo: [] });

/** The section and the to-do over consultations whose mailbox read waits until the test lets it finish. */
function renderHome() {
  const home = forumHome('secretariat');
  let finishSync: () => void = () => undefined;
  const sync = jest.fn(
    () =>
      new Promise((resolve) => {
        finishSync = () => resolve({});
      }),
  );
  const consultations = {
    list: jest.fn(() => Promise.resolve([open, draft])),
    overview: jest.fn((_f: unknown, c: Consultation) =>
      Promise.resolve({ consultation: c, replies: [], tally: { rows: [], counts: {}, answered: 1, flagged: [], late: 0 } }),
    ),
  };
  const stores = fakeStores({
    home: memoryHome(homeData(SECRETARY, [home])),
    stuckSteps: jest.fn(() => Promise.resolve([])),
    consultations: consultations as unknown as ConsultationApi,
    intake: { sync } as unknown as IntakeApi,
  });
  const services = { host: createFakeHost({ user: SECRETARY }), stores, config: loadConfig({}), clock: () => NOW };
  const ctx = commandContext(services);
  render(
    <AppProviders services={services} i18n={createTestI18n('da')}>
      <CommandContextReact.Provider value={ctx}>
        <TodoList home={home} me={SECRETARY} now={NOW} />
        <ConsultationsSection home={home} me={SECRETARY} now={NOW} />
      </CommandContextReact.Provider>
    </AppProviders>,
  );
  return { sync, consultations, finish: () => act(() => finishSync()) };
}

describe('Skriftlige høringer', () => {
  it('lists the consultations while the mailbox is read, and how many have answered once it is', async () => {
    const { sync, consultations, finish } = renderHome();

    const list = await screen.findByRole('list', { name: 'Skriftlige høringer' });
    expect(within(list).getByText(/KSG-2026-01/)).toBeTruthy();
    expect(within(list).getByText(/KSG-2026-02/)).toBeTruthy();
    // The open consultation's replies are still being read: no count yet, and the section says so.
    expect(within(list).queryByText(/har svaret/)).toBeNull();
    expect(screen.getByText('Henter nye svar …')).toBeTruthy();
    expect(screen.queryByText('Henter høringer og nye svar …')).toBeNull();
    expect(sync).toHaveBeenCalledTimes(1);
    expect(consultations.overview).not.toHaveBeenCalled();

    await finish();
    expect(await within(list).findByText(/1 af 2 har svaret/)).toBeTruthy();
    expect(screen.queryByText('Henter nye svar …')).toBeNull();
    // One read of the list for the section, the to-do and the count; the draft has no answers to count.
    expect(consultations.list).toHaveBeenCalledTimes(1);
    expect(consultations.overview).toHaveBeenCalledTimes(1);
  });
});
