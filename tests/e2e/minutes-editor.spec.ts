import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';

/**
 * The secretariat writes the minutes of the last meeting held (its agenda is seeded, Referat and Beslutning empty):
 * the meeting dialog's "Skriv referat" opens the editor, typed text saves itself ("Gemt kl. …"), and after a reload
 * the text is there.
 */
test('the secretariat writes Referat and Beslutning, sees them saved, and finds them after a reload', async ({ page }) => {
  await signInAs(page, 'Katrine Holm');
  await page
    .getByRole('button', { name: `Åbn mødet Møde 3/${new Date().getFullYear()}` })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Skriv referat' })).toBeVisible();
  await expectNothingCovers(page);
  await dialog.getByRole('button', { name: 'Skriv referat' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Referat – Møde 3/${new Date().getFullYear()}` })).toBeVisible();
  const item = page.getByRole('region', { name: /^2\. Fælles model for udskrivelse/ });
  await expect(item.getByText('at klyngestyregruppen godkender modellen')).toBeVisible();
  await expect(page.getByRole('region', { name: /Skriftlige orienteringspunkter$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Eventuelt$/ })).toBeVisible();
  // Attendance prefilled from the invitation's answers (folded to its counts): the co-chairs accepted a hybrid meeting.
  await page.getByRole('button', { name: 'Vis fremmøde' }).click();
  await expect(page.getByRole('combobox', { name: 'Deltagelse for Jonas Vestergaard' })).toHaveValue('room');
  await expectNothingCovers(page);

  const referat = item.getByRole('textbox', { name: /^Referat/ });
  const beslutning = item.getByRole('textbox', { name: /^Beslutning/ });
  await referat.fill('Yrsa Thomsen gennemgik modellen. Kommunerne bakker op.');
  await expect(item.getByText(/^Gemt kl\. \d{2}[.:]\d{2}$/)).toBeVisible();
  await beslutning.fill('Klyngestyregruppen godkendte modellen.');
  await beslutning.blur();
  await expect(item.getByRole('status').filter({ hasText: /^Gemt kl\./ })).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'minutes-editor');

  await page.reload();
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  await page
    .getByRole('button', { name: `Åbn mødet Møde 3/${new Date().getFullYear()}` })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Skriv referat' }).click();
  const again = page.getByRole('region', { name: /^2\. Fælles model for udskrivelse/ });
  await expect(again.getByRole('textbox', { name: /^Referat/ })).toHaveValue('Yrsa Thomsen gennemgik modellen. Kommunerne bakker op.');
  await expect(again.getByRole('textbox', { name: /^Beslutning/ })).toHaveValue('Klyngestyregruppen godkendte modellen.');
  await expectNothingCovers(page);
});

test('the editor works in a 360 px wide pane', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signInAs(page, 'Katrine Holm');
  await page
    .getByRole('button', { name: `Åbn mødet Møde 3/${new Date().getFullYear()}` })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Skriv referat' }).click();
  const item = page.getByRole('region', { name: /^1\. Velkomst/ });
  await expect(item.getByRole('textbox', { name: /^Referat/ })).toBeVisible();
  // Nothing wider than the pane.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'minutes-editor-360');
});
