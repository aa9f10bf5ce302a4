import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';

const nextYear = new Date().getFullYear() + 1;

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Forumindstillinger' }).click();
  const drawer = page.getByRole('dialog', { name: 'Forumindstillinger' });
  await expect(drawer).toBeVisible();
  return drawer;
}

test.describe('forum settings', () => {
  test('the secretary changes the number of meetings and a room, saves, and finds them kept after a reload', async ({ page }) => {
    await signInAs(page, 'Katrine Holm');
    const drawer = await openSettings(page);
    await expect(drawer.getByRole('tab', { name: 'Møder og frister' })).toHaveAttribute('aria-selected', 'true');

    const perYear = drawer.getByLabel('Antal om året');
    await expect(perYear).toHaveValue('4');
    await expect(drawer.getByText(`Giver 4 møder i ${nextYear}`)).toBeVisible();
    await perYear.fill('5');
    await expect(drawer.getByText(`Giver 5 møder i ${nextYear}`)).toBeVisible();
    const room = drawer.getByLabel('Lokale 2', { exact: true });
    await expect(room).toHaveValue('Mødelokale 1, Rådhuset, Torvet 1, Fjordby');
    await room.fill('Byrådssalen, Rådhuset, Torvet 1, Fjordby');

    await perYear.fill('0');
    await expect(drawer.getByText('Skriv et helt tal fra 1 til 24')).toBeVisible();
    await expect(drawer.getByRole('button', { name: 'Gem indstillinger' })).toBeDisabled();
    await perYear.fill('5');

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'forum-settings');
    await drawer.getByRole('button', { name: 'Gem indstillinger' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.locator('.fui-ToastTitle', { hasText: 'Forumindstillingerne er gemt' })).toBeVisible();
    await expectNothingCovers(page);

    await page.reload();
    await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
    const again = await openSettings(page);
    await expectNothingCovers(page);
    await expect(again.getByLabel('Antal om året')).toHaveValue('5');
    await expect(again.getByLabel('Lokale 2', { exact: true })).toHaveValue('Byrådssalen, Rådhuset, Torvet 1, Fjordby');
    await expect(again.getByText(`Giver 5 møder i ${nextYear}`)).toBeVisible();
  });

  test('fits a 360 px task pane and lists the members with their roles', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 720 });
    await signInAs(page, 'Katrine Holm');
    const drawer = await openSettings(page);
    const box = await drawer.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(360.5); // subpixel rounding
    // No sideways scrolling of the form itself at 360 px
    const overflow = await drawer.getByRole('tabpanel').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await drawer.getByRole('tab', { name: 'Medlemmer' }).click();
    const table = drawer.getByRole('table');
    await expect(table.getByRole('row', { name: /Jonas Vestergaard/ })).toContainText('Medformand');
    await expect(table.getByRole('row', { name: /Katrine Holm/ })).toContainText('Sekretariat');
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'forum-settings-members-360');
  });
});
