import type { Root } from 'react-dom/client';
import type { TokenProvider } from '../auth/token-provider';
import { GRAPH_SCOPES } from '../auth/token-provider';
import type { AppConfig } from '../config/app-config';
import { createGraph } from '../graph/client';
import type { Graph } from '../graph/graph-types';
import type { HostCapabilities } from '../host/capabilities';
import type { NotificationBus } from '../host/notifications';
import type { OpenSite } from '../store/site-permissions/site-protection';
import { createStores } from '../store/stores';
import { App } from '../ui/App';
import type { AppServices } from '../ui/services';
import { fluentTheme, loadFluentTheme } from '../ui/theme';
import { lazyParts } from './lazy-parts';

export interface StartOptions {
  readonly host: HostCapabilities;
  readonly tokens: TokenProvider;
  readonly config: AppConfig;
  readonly notifications: NotificationBus;
  readonly signOut?: () => void;
  readonly preferredForum?: string;
}

/**
 * SharePoint's REST API for the secretariat's permission check, with the signed-in person's `AllSites.Read` for the
 * site's tenant (the sandbox serves it on its own origin: config.sharePointOrigin). Loaded on first use.
 */
function siteOpener(tokens: TokenProvider, config: AppConfig): OpenSite {
  return async (webUrl) => {
    const { createSharePointRest, restRootOf, sharePointScopes } = await import('../graph/sharepoint-rest.js');
    const site = new URL(webUrl);
    const at = config.sharePointOrigin ? `${config.sharePointOrigin}${site.pathname}` : webUrl;
    return createSharePointRest({ tokens, scopes: sharePointScopes(webUrl, 'AllSites.Read'), site: { restRoot: restRootOf(at) } });
  };
}

/** Tokens → Graph pipeline → stores: what every start hands the UI (the app's, and a Teams meeting's panel). */
export function appServices(options: StartOptions): { graph: Graph; services: AppServices } {
  const graph = createGraph({ tokens: options.tokens, scopes: GRAPH_SCOPES, baseUrl: options.config.graphBaseUrl });
  const stores = createStores(
    graph,
    options.config.forums,
    undefined,
    options.config.appBaseUrl,
    siteOpener(options.tokens, options.config),
  );
  const services = {
    host: options.host,
    stores,
    config: options.config,
    notifications: options.notifications,
    ...(options.signOut ? { signOut: options.signOut } : {}),
    ...(options.preferredForum ? { preferredForum: options.preferredForum } : {}),
  };
  document.documentElement.lang = options.host.locale;
  return { graph, services };
}

/** The one way every entry starts the app: tokens → Graph pipeline → stores → React, for a chosen host. */
export function startApp(root: Root, options: StartOptions): void {
  const { services } = appServices(options);
  renderInTheme(options.host.theme, () => root.render(<App services={services} parts={lazyParts} />));
}

/**
 * Renders once the host's theme is there: a dark or high-contrast host's colours load before the first render (the
 * shell under it is already in the system's light or dark), so the app never flashes light. The light theme is there
 * at once.
 */
export function renderInTheme(theme: StartOptions['host']['theme'], render: () => void): void {
  if (fluentTheme(theme)) render();
  else void loadFluentTheme(theme).then(render, render);
}
