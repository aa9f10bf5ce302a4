import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { OFFICE_JS_URL, simulateOutlook, simulateOutlookAppointment, simulateOutlookCompose } from './support/fake-office';
import { signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';

/**
 * The app passes its own Content-Security-Policy: every page webpack emits, and the first screen of the main
 * journeys, run with no violation — neither a `securitypolicyviolation` event nor Chromium's "Refused to …"
 * console message — and each page comes with the policy as a header too (frame-ancestors works only there).
 */

const PAGES = readdirSync('dist/app')
  .filter((f) => f.endsWith('.html'))
  .sort();
const KATRINE = { name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' };

interface Violations {
  readonly events: string[];
  readonly console: string[];
}

/**
 * Starts recording violations before any of the page's own scripts run. Requests to the internet fail at once, as in
 * CI (office.js is faked by a later route): the browser checks the policy before a request reaches any route, so a
 * refused one still shows.
 */
async function recordViolations(page: Page): Promise<Violations> {
  const seen: Violations = { events: [], console: [] };
  await page.route(/^https:\/\//, (route) => route.abort('internetdisconnected'));
  await page.exposeFunction('__cspViolation', (text: string) => seen.events.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) seen.console.push(message.text());
  });
  return seen;
}

/** Lets late work (lazy chunks, fonts, styles inserted after render) happen, then checks nothing was refused. */
async function expectNoViolations(page: Page, seen: Violations): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(seen.events).toEqual([]);
  expect(seen.console).toEqual([]);
}

const APP_POLICY = /default-src 'self'.*script-src 'self' https:\/\/appsforoffice\.microsoft\.com.*object-src 'none'.*base-uri 'self'/;

test('the build emits the pages this test walks', () => {
  expect(PAGES).toEqual(expect.arrayContaining(['index.html', 'outlook-taskpane.html', 'teams-config.html', 'teams.html']));
});

for (const name of PAGES) {
  test(`${name} runs under its Content-Security-Policy, sent as meta and header`, async ({ page }) => {
    const seen = await recordViolations(page);
    if (name === 'outlook-taskpane.html') await simulateOutlook(page, KATRINE);
    const response = await page.goto(`/${name}`);
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header).toMatch(APP_POLICY);
    expect(header).toMatch(/frame-ancestors [^;]*https:\/\/teams\.microsoft\.com[^;]*https:\/\/\*\.cloud\.microsoft/);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 15_000 });
    if ((await page.locator('script').count()) > 0) {
      // An app page: the header is the meta's policy plus frame-ancestors, so the two never disagree.
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(header).toBe(`${meta ?? '(no meta)'}; ${header.slice(header.indexOf('frame-ancestors'))}`);
      // Fluent's styles are in force (its theme variables live in a style element it fills through the CSSOM).
      const brand = await page
        .locator('.fui-FluentProvider')
        .first()
        .evaluate((el) => getComputedStyle(el).getPropertyValue('--colorBrandBackground'));
      expect(brand.trim()).toMatch(/^#[0-9a-f]{6}$/i);
    }
    await expectNoViolations(page, seen);
  });
}

test('no source map is served', async ({ request }) => {
  const index = await (await request.get('/index.html')).text();
  const script = /src="(js\/browser[^"]*\.js)"/.exec(index)?.[1];
  expect(script).toBeDefined();
  const js = await request.get(`/${script ?? ''}`);
  expect(js.status()).toBe(200);
  expect(await js.text()).not.toContain('sourceMappingURL');
  expect((await request.get(`/${script ?? ''}.map`)).status()).toBe(404);
});

test.describe('the first screen of each journey passes the policy', () => {
  test('the secretariat’s home, its menus and drawer, and a meeting’s minutes editor', async ({ page }) => {
    const seen = await recordViolations(page);
    await signInAs(page, 'Katrine Holm');
    await expect(page.getByRole('region', { name: /^Årets møder / })).toBeVisible();
    // Popups position themselves through inline styles: a menu and the settings drawer, opened and left unchanged.
    await page
      .getByRole('button', { name: /^Handlinger for / })
      .first()
      .click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectNothingCovers(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Forumindstillinger' }).click();
    await expect(page.getByRole('dialog', { name: 'Forumindstillinger' })).toBeVisible();
    await expectNothingCovers(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Forumindstillinger' })).toHaveCount(0);
    await page
      .getByRole('button', { name: `Åbn mødet Møde 3/${new Date().getFullYear()}` })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Skriv referat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Referat – Møde 3/${new Date().getFullYear()}` })).toBeVisible();
    await expectNoViolations(page, seen);
  });

  test('a chair’s approval queue and planning', async ({ page }) => {
    const seen = await recordViolations(page);
    await signInAs(page, 'Jonas Vestergaard');
    await expect(page.getByRole('region', { name: 'Til godkendelse' })).toBeVisible();
    await page.getByRole('button', { name: 'Planlægning', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Planlægning – Klyngestyregruppen for Fjordklyngen' })).toBeVisible();
    await expectNoViolations(page, seen);
  });

  test('a member’s home', async ({ page }) => {
    const seen = await recordViolations(page);
    await signInAs(page, 'Lars Harbo');
    await expect(page.getByRole('region', { name: 'Mine indsendte punkter' })).toBeVisible();
    await expectNoViolations(page, seen);
  });

  test('the Teams tab', async ({ page }) => {
    const seen = await recordViolations(page);
    await page.goto('/teams.html');
    await page.getByRole('button', { name: 'Log ind som Jonas Vestergaard' }).click({ timeout: 15_000 });
    await expect(page.getByRole('region', { name: 'Til godkendelse' })).toBeVisible();
    await expectNothingCovers(page);
    await expectNoViolations(page, seen);
  });

  test('the Outlook task pane with a message open, and while writing one', async ({ page }) => {
    const seen = await recordViolations(page);
    await simulateOutlook(page, KATRINE, {
      subject: 'Sagsfremstilling: Test',
      from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
      internetMessageId: '<csp@skovlund.example>',
    });
    await page.goto('/outlook-taskpane.html');
    await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
    await expectNothingCovers(page);
    await expectNoViolations(page, seen);

    await page.unroute(OFFICE_JS_URL);
    await simulateOutlookCompose(page, { name: 'Mette Lund Kjær', email: 'mette.lund.kjaer@regionfjord.example' });
    await page.goto('/outlook-taskpane.html');
    await expect(page.getByRole('region', { name: 'Indsend dagsordenspunkt' })).toBeVisible();
    await expectNothingCovers(page);
    await expectNoViolations(page, seen);
  });

  test('the Outlook task pane on a new appointment', async ({ page }) => {
    const seen = await recordViolations(page);
    const start = new Date(Date.now() + 2 * 86_400_000);
    await simulateOutlookAppointment(page, KATRINE, {
      subject: 'Møde',
      start: start.toISOString(),
      end: new Date(start.getTime() + 3_600_000).toISOString(),
      location: 'Fjordhospitalet',
      ewsId: 'AAMkCSP/AAA=',
    });
    await page.goto('/outlook-taskpane.html');
    await expect(page.getByRole('region', { name: 'Book som forummøde' })).toBeVisible();
    await expectNothingCovers(page);
    await expectNoViolations(page, seen);
  });
});
