/**
 * The app's Content-Security-Policy, in one place: webpack puts it in a `<meta http-equiv>` of every
 * HTML page, and the static server sends it as a header with `frame-ancestors` added (browsers ignore
 * that directive in a meta tag). Hosting `dist/app` elsewhere: send the header `scripts/print-csp.ts` prints
 * for the environment the build had. `tests/e2e/csp.spec.ts` walks the app under it.
 */
import { createHash } from 'node:crypto';
import { loadConfig, type ConfigEnv } from '../../src/config/app-config';
import { pageStyle } from './page-shell';

/** office.js, as the Outlook task pane loads it, and the host-specific scripts and strings it loads from beside itself. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com';
/** Microsoft's Office CDN: TeamsJS fetches its list of valid host origins from it. */
const OFFICE_CDN = 'https://res.cdn.office.net';
const ENTRA_ID = 'https://login.microsoftonline.com';

/**
 * Who may show the app in a frame: Teams, Outlook and the Microsoft 365 app, as Microsoft's tab
 * requirements list them (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements),
 * including the *.cloud.microsoft domains they are moving to.
 */
export const FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
] as const;

/** The one inline style the app's pages carry (webpack's page template: the page shell's look), allowed by its hash. */
export const PAGE_STYLE = pageStyle();

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Styles without 'unsafe-inline'. Fluent UI v9 (Griffel, and FluentProvider's theme variables) creates empty
 * `<style>` elements and fills them through the CSSOM (`sheet.insertRule`), which CSP does not govern; the empty
 * element itself is inline content, allowed by the hash of the empty string. Injected markup still cannot style
 * the page: a `<style>` with content or a `style="…"` attribute is refused. (React's `style` prop writes through
 * the CSSOM too.) A per-response nonce would need a server; this app is static files.
 */
const STYLE_SRC = ["'self'", sha256(''), sha256(PAGE_STYLE)];

type Directives = Readonly<Record<string, readonly string[]>>;

function directives(env: ConfigEnv): Directives {
  // In the sandbox the Graph origin is the sandbox's, which also answers the sign-in's /_sandbox calls.
  const graph = new URL(loadConfig(env).graphBaseUrl).origin;
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", OFFICE_JS, OFFICE_CDN],
    // Graph; Entra ID for MSAL; SharePoint's REST API and Graph's download redirects (*.sharepoint.com),
    // the PDF conversion's redirect (*.svc.ms); TeamsJS's valid-domains list.
    'connect-src': ["'self'", graph, ENTRA_ID, 'https://*.sharepoint.com', 'https://*.svc.ms', OFFICE_CDN],
    // MSAL's silent token renewal in the plain browser runs in a hidden frame on Entra ID.
    'frame-src': [ENTRA_ID],
    'style-src': STYLE_SRC,
    'img-src': ["'self'", 'data:', 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

const serialise = (d: Directives): string =>
  Object.entries(d)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** For the `<meta http-equiv="Content-Security-Policy">` of each page. */
export function contentSecurityPolicyMeta(env: ConfigEnv): string {
  return serialise(directives(env));
}

/** For the `Content-Security-Policy` response header: the meta's policy and who may frame the app. */
export function contentSecurityPolicyHeader(env: ConfigEnv): string {
  return serialise({ ...directives(env), 'frame-ancestors': FRAME_ANCESTORS });
}
