/** @jest-environment jsdom */
import '../jsdom-polyfills';
import { render, screen } from '@testing-library/react';
import { loadConfig } from '../../../../src/config/app-config';
import type { AppointmentDraft } from '../../../../src/host/capabilities';
import { createFakeHost } from '../../../../src/host/fake-host';
import { AppProviders } from '../../../../src/ui/AppProviders';
import { HostContextLine } from '../../../../src/ui/shell/HostContextLine';
import { createTestI18n } from '../../support/test-i18n';
import { homeData, NOW, SECRETARY } from '../fixtures';
import { fakeStores, memoryHome } from '../../support/fake-stores';

function renderWithAppointment(subject: string, language: 'da' | 'en' = 'da') {
  const appointment: AppointmentDraft = { subject, requiredAttendees: [] };
  const host = createFakeHost({ user: SECRETARY, currentAppointment: () => Promise.resolve(appointment) });
  render(
    <AppProviders
      services={{ host, stores: fakeStores({ home: memoryHome(homeData(SECRETARY, [])) }), config: loadConfig({}), clock: () => NOW }}
      i18n={createTestI18n(language)}
    >
      <HostContextLine />
    </AppProviders>,
  );
}

describe('HostContextLine', () => {
  it('names the open appointment by its subject', async () => {
    renderWithAppointment('Møde 3/2027');
    expect(await screen.findByText('Åben aftale: "Møde 3/2027"')).toBeTruthy();
  });

  it('says an appointment has no subject yet instead of showing empty quotes (a new appointment in Outlook)', async () => {
    renderWithAppointment('  ');
    expect(await screen.findByText('Åben aftale uden emne')).toBeTruthy();
    expect(screen.queryByText(/""/)).toBeNull();
  });

  it('in English too', async () => {
    renderWithAppointment('', 'en');
    expect(await screen.findByText('Open appointment without a subject')).toBeTruthy();
  });
});
