import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';

test.describe('the secretariat', () => {
  test("signs in and sees the forum's year of meetings and what needs doing", async ({ page }) => {
    await signInAs(page, 'Katrine Holm');
    await expect(page.getByRole('heading', { name: 'Sekretariat – Klyngestyregruppen for Fjordklyngen' })).toBeVisible();

    const year = new Date().getFullYear();
    const yearSection = page.getByRole('region', { name: `Årets møder ${year}` });
    await expect(yearSection).toBeVisible();
    // The year opens at what is coming: the meeting still waiting for its minutes is in view, the finished months
    // before it are folded behind one button.
    await expect(yearSection.getByText(`Møde 3/${year}`, { exact: true })).toBeVisible();
    await expect(yearSection.getByText(`Møde 1/${year}`, { exact: true })).toHaveCount(0);
    await yearSection.getByRole('button', { name: /^Vis .+ \(\d+ møder?\)$/ }).click();
    for (const n of [1, 2, 3, 4]) await expect(yearSection.getByText(`Møde ${n}/${year}`, { exact: true })).toBeVisible();
    await expect(yearSection.getByText(`Planlægningsmøde før møde 1/${year}`, { exact: true })).toBeVisible();
    // Danish dates and the one Danish clock: "torsdag 12. marts 2026, kl. 09.00–11.00"; never ISO, never "09:00".
    await expect(yearSection.getByText(/^torsdag \d+\. marts \d{4}, kl\. 09\.00–11\.00$/)).toBeVisible();
    await expect(yearSection).not.toContainText(/\d{4}-\d{2}-\d{2}|\d{2}:\d{2}/);
    await screenshot(page, 'names-da');

    const todo = page.getByRole('region', { name: 'Det skal gøres' });
    // Other specs in the same sandbox run add items (Outlook's "Tilføj til dagsorden"): the seed's two, or more.
    await expect(todo.getByText(/^\d+ (nye punkter|nyt punkt) til vurdering$/)).toBeVisible();
    // The follow-up section loads on its own: let it settle (its buttons change state as it loads) before axe looks.
    await expect(page.getByRole('region', { name: 'Opfølgning' }).getByRole('list').first()).toBeVisible({ timeout: 20_000 });

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'secretariat-home');
  });

  test('is kept signed in on reload, and can switch user', async ({ page }) => {
    await signInAs(page, 'Anne Bisgaard');
    await page.reload();
    await expect(page.getByRole('heading', { name: /^Sekretariat – / })).toBeVisible();
    await page.getByRole('button', { name: 'Skift bruger' }).click();
    await expect(page.getByRole('heading', { name: 'Log ind som' })).toBeVisible();
  });

  test('can switch the app to English', async ({ page }) => {
    await signInAs(page, 'Katrine Holm');
    await page
      .getByRole('button', { name: /Skift sprog til English|English/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: /^Secretariat – / })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // English dates and times the English way; the meetings keep their (Danish) names, which every member shares.
    const yearSection = page.getByRole('region', { name: `Meetings in ${new Date().getFullYear()}` });
    await yearSection.getByRole('button', { name: /^Show .+ \(\d+ meetings?\)$/ }).click();
    await expect(yearSection.getByText(`Møde 1/${new Date().getFullYear()}`, { exact: true })).toBeVisible();
    await expect(yearSection.getByText(/^Thursday \d+ March \d{4}, 09:00–11:00$/)).toBeVisible();
    await expect(yearSection).not.toContainText(/\d{4}-\d{2}-\d{2}|kl\.|\d{2}\.\d{2}–/);
    await screenshot(page, 'names-en');
  });
});
