import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { officeUnreachable, simulateOutlook } from './support/fake-office';

test('the Outlook task pane shows the same home one tab away, for the mailbox user, with the open message', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
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
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  await expect(page.getByText('Åben mail: "Sagsfremstilling: Fælles indsats for borgere med KOL" fra Lars Harbo')).toBeVisible();
  // The signed-in person comes from Outlook's mailbox profile, not a sign-in page.
  await expect(page.getByRole('heading', { name: 'Log ind som' })).toHaveCount(0);
  // The pane leads with the mail (issue 17); the home is one tab away.
  await expect(page.getByRole('region', { name: 'Tilføj til dagsorden' })).toBeVisible();
  await page.getByRole('tab', { name: 'Årets møder og opgaver' }).click();
  await expect(page.getByRole('heading', { name: 'Sekretariat – Klyngestyregruppen for Fjordklyngen' })).toBeVisible();
  // Reflow (WCAG 1.4.10): nothing scrolls sideways in a narrow task pane.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'outlook-taskpane-read');
});

test('outside Outlook the task pane falls back to the sandbox sign-in and says why', async ({ page }) => {
  await officeUnreachable(page);
  await page.goto('/outlook-taskpane.html');
  await expect(page.getByRole('heading', { name: 'Log ind som' })).toBeVisible();
  await expect(page.getByText('Appen kører uden for Outlook, så du logger ind i sandkassen i stedet.')).toBeVisible();
  await expectNothingCovers(page);
});

test('outside Teams the Teams tab falls back to the sandbox sign-in', async ({ page }) => {
  await page.goto('/teams.html');
  await expect(page.getByRole('heading', { name: 'Log ind som' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Log ind som Jonas Vestergaard' }).click();
  await expect(page.getByRole('region', { name: 'Til godkendelse' })).toBeVisible();
  await expectNothingCovers(page);
});
