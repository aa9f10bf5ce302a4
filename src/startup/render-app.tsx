import { createRoot, type Root } from 'react-dom/client';
import type { HostCapabilities } from '../host/capabilities';
import type { i18n as I18n } from 'i18next';
import { App } from '../ui/App';
import { createI18n } from '../ui/i18n/create-i18n';
import type { AppServices } from '../ui/services';
import { fluentTheme, loadFluentTheme } from '../ui/theme';
import { lazyParts } from './lazy-parts';
import { mountPoint } from './mount-point';

/** The views an entry loads ahead of the first render, from here so they load as children of this chunk (views.ts). */
export { aheadViews } from './views';

/**
 * React, Fluent and the app: the chunk an entry loads once its services are built and the home's data is asked for
 * (start-app.ts). The page preloads it with the entry, so it arrives while the entry signs in.
 */
export function renderApp(services: AppServices, i18n: I18n, root: Root = createRoot(mountPoint())): void {
  renderInTheme(services.host.theme, () => root.render(<App services={services} parts={lazyParts} i18n={i18n} />));
}

/** The app's i18next, created before React renders so the start can load the first view's strings into it. */
export function appI18n(services: AppServices): I18n {
  return createI18n(services.host.locale);
}

/**
 * Renders once the host's theme is there: a dark or high-contrast host's colours load before the first render (the
 * shell under it is already in the system's light or dark), so the app never flashes light. The light theme is there
 * at once.
 */
export function renderInTheme(theme: HostCapabilities['theme'], render: () => void): void {
  if (fluentTheme(theme)) render();
  else void loadFluentTheme(theme).then(render, render);
}
