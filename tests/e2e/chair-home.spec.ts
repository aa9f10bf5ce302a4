import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';

test('a co-chair signs in and sees the approval queue, even when it is empty', async ({ page }) => {
  await signInAs(page, 'Jonas Vestergaard');
  await expect(page.getByRole('heading', { name: 'Formandskab – Klyngestyregruppen for Fjordklyngen' })).toBeVisible();
  const queue = page.getByRole('region', { name: 'Til godkendelse' });
  await expect(queue).toBeVisible();
  await expect(queue.getByText('Ingen referater venter på din godkendelse')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Næste møde' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'chair-home');
});

test('a municipal co-chair from another tenant (a guest) sees the same queue', async ({ page }) => {
  await signInAs(page, 'Lene Damgaard');
  await expect(page.getByRole('region', { name: 'Til godkendelse' })).toBeVisible();
});
