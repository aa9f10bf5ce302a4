import { expect, test, type Page } from '@playwright/test';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import { simulateOutlook } from './support/fake-office';
import { signInAs } from './support/journeys';
import { SANDBOX_URL } from './support/sandbox-api';

/**
 * Issue 17 pt 5: every page paints its shell — the app's name over a skeleton of the view it opens on — from the HTML
 * and its one inline style alone, before any script has arrived, under the Content-Security-Policy the static server
 * sends; React replaces it on its first render.
 */
const PAGES = ['index.html', 'teams.html', 'teams-config.html', 'outlook-taskpane.html'] as const;

/** `#rrggbb` as the computed style spells it. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Loads a page with every script refused (ours and office.js): what shows is the HTML's own. */
async function withoutScripts(page: Page, path: string): Promise<string[]> {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.route(/\.js(\?|$)/, (route) => route.abort());
  await page.goto(`/${path}`);
  return refused;
}

for (const path of PAGES) {
  test(`${path} paints the app's name over a skeleton before any script arrives`, async ({ page }) => {
    const refused = await withoutScripts(page, path);
    const header = page.locator('#root .sk-header');
    await expect(header).toHaveText('Sekretariat');
    // The inline style applied (its hash is in the policy): the header's shadow and the stencil's colour are Fluent's.
    await expect(page.locator('#root .sk-shell')).toHaveCSS('background-color', rgb(webLightTheme.colorNeutralBackground1));
    await expect(page.locator('#root .sk-bar').first()).toHaveCSS('background-color', rgb(webLightTheme.colorNeutralStencil1));
    await expect(page.locator('#root .sk-shell')).toHaveAttribute('aria-busy', 'true');
    // The placeholders are not read out; only the name is.
    await expect(page.locator('#root .sk-main')).toHaveAttribute('aria-hidden', 'true');
    expect(refused).toEqual([]);
  });
}

/** Where each page's first requests go: Graph (here the sandbox) for the home's data, the Office CDN for TeamsJS's start. */
const FIRST_CONNECTIONS: Readonly<Record<(typeof PAGES)[number], readonly string[]>> = {
  'index.html': [new URL(SANDBOX_URL).origin],
  'teams.html': ['https://res.cdn.office.net', new URL(SANDBOX_URL).origin],
  'teams-config.html': ['https://res.cdn.office.net'],
  'outlook-taskpane.html': [new URL(SANDBOX_URL).origin],
};

test('each page connects ahead to where its first requests go, while its scripts arrive', async ({ page }) => {
  for (const path of PAGES) {
    await withoutScripts(page, path);
    const preconnects = page.locator('head link[rel="preconnect"]');
    await expect(preconnects).toHaveCount(FIRST_CONNECTIONS[path].length);
    for (const [i, origin] of FIRST_CONNECTIONS[path].entries()) {
      await expect(preconnects.nth(i)).toHaveAttribute('href', origin);
      await expect(preconnects.nth(i)).toHaveAttribute('crossorigin', '');
    }
  }
});

test('the shell follows a dark system theme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await withoutScripts(page, 'teams.html');
  await expect(page.locator('#root .sk-shell')).toHaveCSS('background-color', rgb(webDarkTheme.colorNeutralBackground1));
  await expect(page.locator('#root .sk-name')).toHaveCSS('color', rgb(webDarkTheme.colorNeutralForeground1));
  await context.close();
});

test('React replaces the shell in the web app', async ({ page }) => {
  await signInAs(page, 'Katrine Holm');
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  await expect(page.locator('.sk-shell')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(1);
});

test('React replaces the shell in the Outlook task pane', async ({ page }) => {
  await simulateOutlook(
    page,
    { name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' },
    {
      subject: 'Sagsfremstilling: Fælles indsats for borgere med KOL',
      from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
      internetMessageId: '<kol@skovlund.example>',
    },
  );
  await page.goto('/outlook-taskpane.html');
  await expect(page.getByRole('tab', { name: /Mailen/ })).toBeVisible();
  await expect(page.locator('.sk-shell')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(1);
});
