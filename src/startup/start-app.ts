import type { Root } from 'react-dom/client';
import type { TokenProvider } from '../auth/token-provider';
import { GRAPH_SCOPES } from '../auth/token-provider';
import type { AppConfig } from '../config/app-config';
import { createGraph } from '../graph/client';
import type { Graph } from '../graph/graph-types';
import type { HostCapabilities } from '../host/capabilities';
import type { NotificationBus } from '../host/notifications';
import type { OpenSite } from '../store/site-permissions/site-protection';
import { homeLoadingAhead } from '../store/home-ahead';
import type { HomeData } from '../store/home-data';
import { createStores } from '../store/stores';
import type { AppServices } from '../ui/services';
import type { i18n as I18n } from 'i18next';
import type { FeatureNamespace } from '../ui/i18n/namespaces';
import { fetchLandingRoleView, loadViews, type AheadView } from './view-loaders';
import type { AheadViews } from './views';
import type * as RenderApp from './render-app';

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

/** What an entry adds to the start: the React root already rendering (the sandbox's sign-in page), its own reads ahead. */
export interface StartExtras {
  readonly root?: Root;
  /**
   * More of the first view asked for while the home's data is on its way: by default the code and strings of the role
   * view the person will land on (view-loaders.ts); the task pane with a mail open reads and looks up the mail instead
   * (pane-ahead.ts).
   */
  readonly ahead?: (services: AppServices, home: Promise<HomeData>, graph: Graph, strings: LoadStrings, views: LoadViews) => AppServices;
  /** The first view's code and strings, there before React's first render so it does not suspend on them. */
  readonly firstView?: (views: AheadViews) => readonly AheadView[];
}

/** The views' imports, which come with React's and the app's chunk (render-app.tsx, views.ts). */
export type LoadViews = () => Promise<AheadViews>;

/** Puts namespaces in the app's i18next (once render-app.tsx has created it). */
export type LoadStrings = (namespaces: readonly FeatureNamespace[]) => Promise<unknown>;

/**
 * How long React's start (render-app.tsx: ~100 ms of script on a 2-core machine, during which no answer is read and no
 * request sent) waits for the token of the home's request. A sandbox's or cached token comes at once, and the request
 * goes out first; a host still signing in gets React ready meanwhile.
 */
const TOKEN_WAIT_MS = 40;

/** How long React's first render waits for the home's answer (see startApp). */
const FIRST_RENDER_WAIT_MS = 250;

/**
 * The one way every entry starts the app: tokens → Graph pipeline → stores, and the home's data asked for at once;
 * then React and the app (render-app.tsx, preloaded by the page) render it. So the data travels while the first view's
 * code arrives and starts, not after it.
 */
export async function startApp(options: StartOptions, extras: StartExtras = {}): Promise<void> {
  let firstToken: Promise<unknown> | undefined;
  const tokens: TokenProvider = {
    getAccessToken: (scopes) => {
      const token = options.tokens.getAccessToken(scopes);
      firstToken ??= token;
      return token;
    },
  };
  const { graph, services } = appServices({ ...options, tokens });
  const home = homeLoadingAhead(services.stores.home);
  const started = { ...services, stores: { ...services.stores, home } };
  let i18nCreated: ((i18n: I18n) => void) | undefined;
  const appI18n = new Promise<I18n>((resolve) => (i18nCreated = resolve));
  const strings: LoadStrings = (namespaces) => appI18n.then((i18n) => i18n.loadNamespaces([...namespaces]));
  let rendering: Promise<typeof RenderApp> | undefined;
  const renderModule = () => (rendering ??= import('./render-app.js'));
  const views: LoadViews = () => renderModule().then((m) => m.aheadViews);
  const ahead = extras.ahead ?? landingRoleViewAhead;
  const app = ahead(started, home.first, graph, strings, views);
  // React's start waits for the home's request to leave: the pipeline asks for its token within a task, and sends it
  // one task after the token came.
  await nextTask();
  if (firstToken) await Promise.race([firstToken.then(nextTask, nextTask), delay(TOKEN_WAIT_MS)]);
  const { appI18n: createAppI18n, renderApp, aheadViews } = await renderModule();
  const i18n = createAppI18n(app);
  i18nCreated?.(i18n);
  await loadViews(extras.firstView?.(aheadViews) ?? [], strings);
  // The page's shell shows the app's name over a skeleton already: React's first render waits briefly for the home's
  // answer, so it renders the view once instead of a skeleton that would hold up that answer's handling (~50 ms of
  // script), and then the view. A slow answer gets the interactive skeleton (header, language, refresh) meanwhile.
  await Promise.race([home.first.then(nextTask, nextTask), delay(FIRST_RENDER_WAIT_MS)]);
  renderApp(app, i18n, extras.root);
}

/**
 * By default: the code and strings of the role view the person lands on, fetched as soon as the home says which, and
 * the home's first answer handed to React with them — so the view renders at once instead of suspending (lazy-view.tsx).
 */
const landingRoleViewAhead = (
  services: AppServices,
  home: Promise<HomeData>,
  _graph: Graph,
  strings: LoadStrings,
  views: LoadViews,
): AppServices => {
  const view = fetchLandingRoleView(home, strings, () => views().then((v) => v.role));
  let first = true;
  const load = () => {
    const answer = services.stores.home.load();
    if (!first) return answer;
    first = false;
    return answer.then(async (data) => {
      await view;
      return data;
    });
  };
  return { ...services, stores: { ...services.stores, home: { load } } };
};

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const nextTask = (): Promise<void> => delay(0);
