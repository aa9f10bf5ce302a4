import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { simulateOutlook } from './support/fake-office';
import { signInAs } from './support/journeys';

/**
 * Issue 17 pt 5: against the sandbox the token comes from the sandbox, so MSAL (@azure/msal-browser, ~300 KB) is
 * never fetched — not before the home shows, not after. The build does hold it, for a real tenant: the files that
 * carry MSAL's package name are read from dist/app, so a split that moved MSAL into another chunk is still caught.
 */
const BUILT_JS = join(__dirname, '../../dist/app/js');
const MSAL_NAME = '"@azure/msal-browser"';

function filesWithMsal(): string[] {
  return readdirSync(BUILT_JS)
    .filter((f) => f.endsWith('.js') && readFileSync(join(BUILT_JS, f), 'utf8').includes(MSAL_NAME))
    .map((f) => `/js/${f}`);
}

/** Every script the page fetches from now on (paths on the app's origin). */
function recordScripts(page: Page): string[] {
  const fetched: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') fetched.push(new URL(response.url()).pathname);
  });
  return fetched;
}

/** The recording sees the build's scripts by the same names filesWithMsal gives (so an MSAL fetch would match). */
function expectBuiltScriptsRecorded(fetched: readonly string[]): void {
  expect(fetched).toContainEqual(expect.stringMatching(/^\/js\/runtime\.[0-9a-f]{8}\.js$/));
  expect(fetched).toContainEqual(expect.stringMatching(/^\/js\/react\.[0-9a-f]{8}\.js$/));
}

async function homeSettled(page: Page): Promise<void> {
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  await expect(page.locator('#role-panel .fui-Skeleton')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
}

test.describe('in sandbox mode MSAL is never fetched', () => {
  test.beforeAll(() => {
    // Not vacuous: the build holds MSAL for a tenant, in files this test can name.
    expect(filesWithMsal().length).toBeGreaterThan(0);
  });

  test('the web app signed in to the sandbox', async ({ page }) => {
    const fetched = recordScripts(page);
    await signInAs(page, 'Katrine Holm');
    await homeSettled(page);
    expectBuiltScriptsRecorded(fetched);
    expect(fetched.filter((f) => filesWithMsal().includes(f))).toEqual([]);
  });

  test('the Outlook task pane with a message open', async ({ page }) => {
    const fetched = recordScripts(page);
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
    await homeSettled(page);
    expectBuiltScriptsRecorded(fetched);
    expect(fetched.filter((f) => filesWithMsal().includes(f))).toEqual([]);
  });

  test('the Teams tab outside Teams, signed in to the sandbox', async ({ page }) => {
    const fetched = recordScripts(page);
    await page.goto('/teams.html');
    await page.getByRole('button', { name: 'Log ind som Katrine Holm' }).click({ timeout: 15_000 });
    await homeSettled(page);
    expectBuiltScriptsRecorded(fetched);
    expect(fetched.filter((f) => filesWithMsal().includes(f))).toEqual([]);
  });
});
