import { useState } from 'react';
import { AppProviders } from './AppProviders';
import { AppShell } from './AppShell';
import { createI18n } from './i18n/create-i18n';
import { PartsContext, type AppParts } from './parts';
import type { AppServices } from './services';

/** The whole app for one signed-in person in one host. Entries build `services` and choose eager or lazy `parts`. */
export function App({ services, parts }: { services: AppServices; parts: AppParts }) {
  const [i18n] = useState(() => createI18n(services.host.locale));
  return (
    <AppProviders services={services} i18n={i18n}>
      <PartsContext.Provider value={parts}>
        <AppShell />
      </PartsContext.Provider>
    </AppProviders>
  );
}
