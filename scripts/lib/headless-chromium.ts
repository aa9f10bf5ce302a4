/**
 * Chromium as the tests and benchmarks launch it: Debian's build (CI installs it; `CHROMIUM_PATH` names another one),
 * headless, with no background work of its own competing with the page for this machine's two cores.
 *
 * Debian's Chromium in headless mode is the whole browser: with every new window (each test's or load's context) it
 * preloads its own address-bar popup, a WebUI page in a renderer of its own — about half a second of CPU, found in
 * traces of the cold loads in some loads and not others. Outlook's and Teams' web views have no address bar, so the
 * tests and the benchmarks switch that off, for our pages and the template alike.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Chromium's own WebUI that it would preload per window (see above). Chromium 156 (Debian's in December 2026) added the
 * address bar's AI-mode and full popups, which it preloads even with the first two off — seen in a trace of a cold load
 * as requests to chrome://omnibox-popup.top-chrome/ and chrome://resources/cr_components/composebox/.
 */
const BROWSER_UI_FEATURES = ['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

export interface ChromiumOptions {
  /**
   * A page on a public https origin frames our app on localhost (the stand-in Teams client): Chromium's local
   * network access checks would refuse that frame; Teams frames a public host, where the check never applies.
   */
  readonly publicHostFramesLocalhost?: boolean;
}

/**
 * The command line's switches, beside Playwright's own (Chromium merges its `--disable-features` with these). Headless
 * is Playwright's `headless` option, so `--headed` still shows the window when a test is debugged.
 */
export function chromiumArgs(options: ChromiumOptions = {}): string[] {
  const disabled = options.publicHostFramesLocalhost ? [...BROWSER_UI_FEATURES, 'LocalNetworkAccessChecks'] : BROWSER_UI_FEATURES;
  return [...QUIET, `--disable-features=${disabled.join(',')}`];
}
