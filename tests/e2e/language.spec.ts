import { expect, test } from '@playwright/test';
import { signInAs } from './support/journeys';

test.use({ locale: 'en-US' });

test('the app is Danish in an English browser, and remembers a switch to English', async ({ page }) => {
  await signInAs(page, 'Katrine Holm');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await page
    .getByRole('button', { name: /English/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: /^Secretariat – / })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Secretariat – / })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
