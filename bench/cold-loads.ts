/**
 * Issue 17, points 1 and 6: cold loads in headless Chromium, medians of 9 alternating runs in one browser.
 *  - the Outlook task pane (simulated Outlook, a message open, 360 × 800) against Microsoft's React task pane
 *    template (bench/template-taskpane-react, office.js stubbed the same way, same viewport);
 *  - the Teams tab's home (framed by a stand-in Teams client, 1280 × 800) against the same template at 1280 × 800;
 *  - `npm start`'s development build of the web app's home against the production build's.
 * For each: first contentful paint, the time the home's data is visible, and the raw bytes of our scripts fetched by
 * then. Every load is a fresh browser context (empty cache). See bench/cold-load-stats.ts for the arithmetic.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import type webpack from 'webpack';
import { startSandbox } from '../src/sandbox/server';
import { seed } from '../src/sandbox/seed/seed-data';
import { appWebpackConfigs, compileOnce } from '../scripts/lib/app-build';
import { contentSecurityPolicyHeader } from '../scripts/lib/content-security-policy';
import { CHROMIUM_PATH, chromiumArgs } from '../scripts/lib/headless-chromium';
import { freePort } from '../scripts/lib/ports';
import { serveStatic } from '../scripts/lib/static-server';
import { simulateOutlook } from '../tests/e2e/support/fake-office';
import {
  compare,
  mediansOf,
  scriptsBefore,
  totalBytes,
  type ColdLoad,
  type ColdLoadMedians,
  type Comparison,
  type ResourceEntry,
} from './cold-load-stats';
import { TEAMS_HOST_URL, TEAMS_VALID_DOMAINS, TEAMS_VALID_DOMAINS_URL, teamsHostPage } from './fake-teams-host';

/** 9 by the issue; BENCH_COLD_LOAD_RUNS for a quick look. */
const RUNS = Number(process.env.BENCH_COLD_LOAD_RUNS ?? 9);
const TEMPLATE_COMMIT = '4abbd86057583dccfc10bc35e9e49961cdc64f94';
const SESSION_KEY = 'sekretariat.sandbox.user';
const KATRINE = { id: '3f6a2b10-0c1d-4e21-9a01-000000000004', name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' };
/** The message the e2e task pane spec opens (tests/e2e/outlook-taskpane.spec.ts). */
const OPEN_MESSAGE = {
  subject: 'Sagsfremstilling: Fælles indsats for borgere med KOL',
  from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
  internetMessageId: '<kol@skovlund.example>',
};
const FORUM_MAILBOX = 'ksg-sekretariat@regionfjord.example';

/** Delivers the bench's open message into the forum's shared mailbox (the sandbox's inbound mail); answers its Graph id. */
async function deliverOpenMessage(sandboxPort: number): Promise<string> {
  const eml = [
    `From: "${OPEN_MESSAGE.from.name}" <${OPEN_MESSAGE.from.address}>`,
    `To: Klyngesekretariatet <${FORUM_MAILBOX}>`,
    'Subject: =?utf-8?B?' + Buffer.from(OPEN_MESSAGE.subject).toString('base64') + '?=',
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${OPEN_MESSAGE.internetMessageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p><b>Indstilling</b></p><ul><li>at klyngestyregruppen drøfter en fælles indsats for borgere med KOL</li></ul>',
    '<p><b>Sagsfremstilling</b></p><p>Skovlund Kommune har afprøvet telemedicinsk opfølgning.</p><p><b>Tidsforbrug:</b> 20 min</p>',
    '',
  ].join('\r\n');
  const res = await fetch(`http://localhost:${sandboxPort}/_sandbox/mail?mailbox=${encodeURIComponent(FORUM_MAILBOX)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'message/rfc822' },
    body: eml,
  });
  if (res.status !== 202) throw new Error(`the sandbox did not take the bench's open message: ${res.status}`);
  return ((await res.json()) as { id: string }).id;
}
const TASK_PANE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 800 };
/** The targets: ours / the template's. */
const HOST_LIMITS = { firstContentfulPaint: 1.0, dataVisible: 1.5, scriptBytes: 2.0 };
/** `npm start` / the production build: the newcomer's first load at most twice the production build's. */
const START_LIMIT = 2.0;
/** The template serves no policy of its own; this one lets its page (an inline style attribute) run as published. */
const TEMPLATE_CSP =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

/**
 * When a page's data counts as visible. Ours: the home's "Forsiden er indlæst" and the role's view rendered in
 * its panel (the view is lazy, so the announcement alone comes before it, over a skeleton). The template: its hero.
 */
interface ReadyProbe {
  /** The page (path) the probe watches; other frames (the stand-in Teams client) are ignored. */
  readonly path: string;
  readonly text: string;
  /** A container that must exist, hold text, and no longer hold a Fluent skeleton. */
  readonly settledIn?: string;
}

const HOME_READY = (path: string): ReadyProbe => ({ path, text: 'Forsiden er indlæst', settledIn: '#role-panel' });
/**
 * The task pane with a message open leads with that message (issue 17 pt 2): its data is visible when the pane says
 * whether the mail is on an agenda ("Ikke tilføjet endnu" for the bench's message, which no forum has recorded) —
 * the home and its year are a tab away and not rendered.
 */
const PANE_ITEM_READY: ReadyProbe = { path: '/outlook-taskpane.html', text: 'Ikke tilføjet endnu' };
const TEMPLATE_READY: ReadyProbe = { path: '/taskpane.html', text: 'Discover what this add-in can do for you today!' };

interface Variant {
  readonly origin: string;
  readonly probe: ReadyProbe;
  readonly viewport: { readonly width: number; readonly height: number };
  /** Routes and session set-up for the fresh context; answers the URL to open. */
  prepare(context: BrowserContext, page: Page): Promise<string>;
}

/** What the probe reports, once, when the page has both painted and shown its data. */
interface ProbeReport {
  readonly fcp: number;
  readonly ready: number;
}

/** The binding the probe reports through (Playwright's exposeBinding): Node learns the moment without asking the page. */
const REPORT_BINDING = '__coldLoadReport';

/**
 * In every frame before its scripts: watch for first contentful paint and for the probe's ready state. A string,
 * not a function, so no transpiler helper (tsx names functions) ends up in the page.
 */
function probeScript(probe: ReadyProbe): string {
  return `(() => {
    const probe = ${JSON.stringify(probe)};
    if (location.pathname !== probe.path) return;
    const state = { fcp: null, ready: null };
    const report = () => { if (state.fcp !== null && state.ready !== null) window.${REPORT_BINDING}(state); };
    performance.setResourceTimingBufferSize(5000);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') { state.fcp = e.startTime; report(); }
    }).observe({ type: 'paint', buffered: true });
    const ready = () => {
      if (!document.body || !document.body.textContent.includes(probe.text)) return false;
      if (!probe.settledIn) return true;
      const panel = document.querySelector(probe.settledIn);
      return !!panel && panel.textContent.trim() !== '' && !panel.querySelector('.fui-Skeleton');
    };
    // Visible means painted: the time is taken after the next frame following the DOM change (rAF, then a task),
    // the same way for every page.
    let seen = false;
    const observer = new MutationObserver(() => {
      if (seen || !ready()) return;
      seen = true;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { state.ready = performance.now(); report(); };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  })();`;
}

async function coldLoad(browser: Browser, variant: Variant): Promise<ColdLoad> {
  const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: variant.viewport });
  try {
    // The page reports its moment itself; Node does not poll it. (Playwright's waitForFunction injected ~330 KB of
    // its own script into the frame after the load event and polled every 100 ms — in the middle of a load that
    // fetches its data after onload, but after a hello-world that was already done.)
    let reportedBy: (reported: { readonly frame: Frame; readonly report: ProbeReport }) => void = () => undefined;
    const reported = new Promise<{ readonly frame: Frame; readonly report: ProbeReport }>((resolve) => {
      reportedBy = resolve;
    });
    await context.exposeBinding(REPORT_BINDING, ({ frame }, report: ProbeReport) => reportedBy({ frame, report }));
    await context.addInitScript({ content: probeScript(variant.probe) });
    const page = await context.newPage();
    const url = await variant.prepare(context, page);
    await page.goto(url);
    const { frame, report } = await withTimeout(
      reported,
      60_000,
      `cold load: ${variant.origin}${variant.probe.path} never showed its data`,
    );
    const entries = await frame.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return { name: r.name, initiatorType: r.initiatorType, responseEnd: r.responseEnd, decodedBodySize: r.decodedBodySize };
      }),
    );
    const scripts = scriptsBefore(entries as ResourceEntry[], report.ready, variant.origin);
    return { fcpMs: report.fcp, readyMs: report.ready, scriptBytes: totalBytes(scripts), scripts };
  } finally {
    await context.close();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Each variant once to warm the OS file cache and the sandbox, then RUNS rounds visiting every variant in turn. */
async function alternate<K extends string>(browser: Browser, variants: Readonly<Record<K, Variant>>): Promise<Record<K, ColdLoadMedians>> {
  const keys = Object.keys(variants) as K[];
  const loads = Object.fromEntries(keys.map((k) => [k, [] as ColdLoad[]])) as Record<K, ColdLoad[]>;
  for (const k of keys) await coldLoad(browser, variants[k]);
  for (let run = 0; run < RUNS; run += 1) {
    // Rotate the starting variant so none always follows the same one.
    for (let i = 0; i < keys.length; i += 1) {
      const k = keys[(run + i) % keys.length] as K;
      loads[k].push(await coldLoad(browser, variants[k]));
    }
  }
  return Object.fromEntries(keys.map((k) => [k, mediansOf(loads[k])])) as Record<K, ColdLoadMedians>;
}

async function buildTemplate(root: string, outputPath: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(join(root, 'bench/template-taskpane-react/webpack.config.js')) as (out: string) => webpack.Configuration;
  await compileOnce(config(outputPath));
}

/** `npm start`'s build (development mode, scripts/start.ts) into `outputPath`, pointed at the same sandbox. */
async function buildStartApp(root: string, outputPath: string, appPort: number, sandboxPort: number): Promise<void> {
  const keys = ['SEKRETARIAT_GRAPH_BASE_URL', 'SEKRETARIAT_APP_BASE_URL'] as const;
  const saved = keys.map((k) => process.env[k]);
  process.env.SEKRETARIAT_GRAPH_BASE_URL = `http://localhost:${sandboxPort}/v1.0`;
  process.env.SEKRETARIAT_APP_BASE_URL = `http://localhost:${appPort}`;
  try {
    await compileOnce(appWebpackConfigs(root, 'development', outputPath));
  } finally {
    keys.forEach((k, i) => {
      const v = saved[i];
      if (v === undefined) Reflect.deleteProperty(process.env, k);
      else process.env[k] = v;
    });
  }
}

export interface HostComparison extends Comparison {
  readonly viewport: { readonly width: number; readonly height: number };
  readonly ours: ColdLoadMedians;
  readonly template: ColdLoadMedians;
}

export interface ColdLoadResults {
  readonly template: { readonly repo: string; readonly commit: string; readonly vendoredIn: string };
  readonly outlookTaskPane: HostComparison;
  readonly teamsTab: HostComparison;
  readonly npmStart: {
    readonly development: ColdLoadMedians;
    readonly production: ColdLoadMedians;
    readonly ratios: Comparison['ratios'];
    readonly limit: number;
    readonly meetsGoal: boolean;
  };
}

/**
 * Needs the production build in `root/dist/app`, built for `appPort` and `sandboxPort`; builds the template and
 * `npm start`'s app itself (into dist/bench-template and dist/bench-start).
 */
export async function measureColdLoads(root: string, appPort: number, sandboxPort: number): Promise<ColdLoadResults> {
  const templatePort = await freePort();
  const startPort = await freePort();
  const templateDir = join(root, 'dist/bench-template');
  const startDir = join(root, 'dist/bench-start');
  await buildTemplate(root, templateDir);
  await buildStartApp(root, startDir, startPort, sandboxPort);

  const dataDir = mkdtempSync(join(tmpdir(), 'sekretariat-bench-cold-'));
  const allowedOrigins = [appPort, startPort].flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]);
  const sandbox = await startSandbox({ port: sandboxPort, dataDir, reset: true, seed, quiet: true, allowedOrigins });
  const csp = contentSecurityPolicyHeader({ ...process.env, SEKRETARIAT_GRAPH_BASE_URL: `http://localhost:${sandboxPort}/v1.0` });
  const servers = [
    await serveStatic(join(root, 'dist/app'), appPort, { contentSecurityPolicy: csp }),
    await serveStatic(startDir, startPort, { contentSecurityPolicy: csp }),
    await serveStatic(templateDir, templatePort, { contentSecurityPolicy: TEMPLATE_CSP }),
  ];
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    // The stand-in Teams client is on a public https origin framing our tab on localhost. Chromium's own address-bar
    // popup is not preloaded (see headless-chromium.ts): it took ~0.5 s of CPU in some loads, of ours and the template.
    args: chromiumArgs({ publicHostFramesLocalhost: true }),
  });
  const app = `http://localhost:${appPort}`;
  const start = `http://localhost:${startPort}`;
  const template = `http://localhost:${templatePort}`;
  // The open message is a real mail in the forum's shared mailbox, as when the secretariat opens one: the pane reads
  // and parses it before it can say whether it is on an agenda.
  const openMessage = { ...OPEN_MESSAGE, itemId: await deliverOpenMessage(sandboxPort), sharedMailbox: FORUM_MAILBOX };
  const inOutlook = (origin: string, path: string) => async (_context: BrowserContext, page: Page) => {
    await simulateOutlook(page, KATRINE, openMessage);
    return `${origin}${path}`;
  };
  const signedIn = (origin: string) => async (context: BrowserContext) => {
    await context.addInitScript(([key, upn]) => sessionStorage.setItem(key, upn), [SESSION_KEY, KATRINE.email] as const);
    return `${origin}/index.html`;
  };
  const inTeams = async (context: BrowserContext) => {
    await context.route(TEAMS_HOST_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: teamsHostPage(`${app}/teams.html`, KATRINE) }),
    );
    await context.route(TEAMS_VALID_DOMAINS_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: TEAMS_VALID_DOMAINS }),
    );
    return TEAMS_HOST_URL;
  };
  try {
    const m = await alternate(browser, {
      template360: { origin: template, probe: TEMPLATE_READY, viewport: TASK_PANE, prepare: inOutlook(template, '/taskpane.html') },
      taskPane: { origin: app, probe: PANE_ITEM_READY, viewport: TASK_PANE, prepare: inOutlook(app, '/outlook-taskpane.html') },
      template1280: { origin: template, probe: TEMPLATE_READY, viewport: DESKTOP, prepare: inOutlook(template, '/taskpane.html') },
      teamsTab: { origin: app, probe: HOME_READY('/teams.html'), viewport: DESKTOP, prepare: inTeams },
      production: { origin: app, probe: HOME_READY('/index.html'), viewport: DESKTOP, prepare: signedIn(app) },
      development: { origin: start, probe: HOME_READY('/index.html'), viewport: DESKTOP, prepare: signedIn(start) },
    });
    const startRatios = compare(m.development, m.production, {
      firstContentfulPaint: START_LIMIT,
      dataVisible: START_LIMIT,
      scriptBytes: Infinity,
    }).ratios;
    return {
      template: { repo: 'OfficeDev/Office-Addin-TaskPane-React', commit: TEMPLATE_COMMIT, vendoredIn: 'bench/template-taskpane-react' },
      outlookTaskPane: {
        viewport: TASK_PANE,
        ours: m.taskPane,
        template: m.template360,
        ...compare(m.taskPane, m.template360, HOST_LIMITS),
      },
      teamsTab: { viewport: DESKTOP, ours: m.teamsTab, template: m.template1280, ...compare(m.teamsTab, m.template1280, HOST_LIMITS) },
      npmStart: {
        development: m.development,
        production: m.production,
        ratios: startRatios,
        limit: START_LIMIT,
        meetsGoal: startRatios.dataVisible <= START_LIMIT && startRatios.firstContentfulPaint <= START_LIMIT,
      },
    };
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
