import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';

test('a member sees the items they submitted and the next meeting', async ({ page }) => {
  await signInAs(page, 'Lars Harbo');
  await expect(page.getByRole('heading', { name: 'Mine møder – Klyngestyregruppen for Fjordklyngen' })).toBeVisible();
  const items = page.getByRole('region', { name: 'Mine indsendte punkter' });
  await expect(items.getByText('Sagsfremstilling: Fælles indsats for borgere med KOL')).toBeVisible();
  await expect(items.getByText('Modtaget')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Næste møde' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'member-home');
});
