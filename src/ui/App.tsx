import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { AppProviders } from './AppProviders';
import { AppShell } from './AppShell';
import { createI18n } from './i18n/create-i18n';
import { PartsContext, type AppParts } from './parts';
import type { AppServices } from './services';

/**
 * The whole app for one signed-in person in one host. Entries build `services` and choose eager or lazy `parts`;
 * tests pass an `i18n` with every view's strings already loaded (entries leave it out: each view loads its own).
 */
export function App({ services, parts, i18n: given }: { services: AppServices; parts: AppParts; i18n?: I18n }) {
  const [i18n] = useState(() => given ?? createI18n(services.host.locale));
  return (
    <AppProviders services={services} i18n={i18n}>
      <PartsContext.Provider value={parts}>
        <AppShell />
      </PartsContext.Provider>
    </AppProviders>
  );
}
