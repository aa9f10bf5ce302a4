import { useState } from 'react';
import { AppProviders } from './AppProviders';
import { AppShell } from './AppShell';
import { RoleViewsContext, type RoleViewRegistry } from './home/RoleViews';
import { createI18n } from './i18n/create-i18n';
import type { AppServices } from './services';

/** The whole app for one signed-in person in one host. Entries build `services` and pick `views`. */
export function App({ services, views }: { services: AppServices; views: RoleViewRegistry }) {
  const [i18n] = useState(() => createI18n(services.host.locale));
  return (
    <AppProviders services={services} i18n={i18n}>
      <RoleViewsContext.Provider value={views}>
        <AppShell />
      </RoleViewsContext.Provider>
    </AppProviders>
  );
}
