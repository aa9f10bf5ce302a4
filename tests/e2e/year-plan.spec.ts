import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot } from './support/journeys';
import { expectNothingCovers } from './support/overlays';

/** The secretariat books next year's plan from the Teams tab page (signed in to the sandbox outside Teams). */
test('the secretariat books next year\'s plan in the Teams tab view', async ({ page }) => {
  test.setTimeout(90_000);
  const next = new Date().getFullYear() + 1;
  await page.goto('/teams.html');
  await expect(page.getByRole('heading', { name: 'Log ind som' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Log ind som Katrine Holm' }).click();
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();

  await page.getByRole('button', { name: `Vis ${next}` }).click();
  const year = page.getByRole('region', { name: `Årets møder ${next}` });
  await expect(year).toBeVisible();
  await year.getByRole('button', { name: `Læg årsplan for ${next}` }).click();

  const dialog = page.getByRole('dialog', { name: `Årsplan ${next}` });
  await expect(dialog).toBeVisible();
  const table = dialog.getByRole('table', { name: 'Møder i årsplanen' });
  // Header + one row per ordinary meeting of the commissorium (4, or more when another spec changed the settings).
  await expect(table.getByRole('row').nth(4)).toBeVisible();
  const meetings = (await table.getByRole('row').count()) - 1;
  expect(meetings).toBeGreaterThanOrEqual(4);
  // The seed's planned (unbooked) March meeting is adopted, not duplicated.
  await expect(table.getByText('Findes – bookes nu')).toHaveCount(1);
  await expect(dialog.getByText('Tjekker formandskabets og sekretariatets kalendere …')).toHaveCount(0, { timeout: 15_000 });
  // Lene Damgaard chairs from a municipality outside the tenant: her calendar is unknown, never "free".
  await expect(table.getByText(/Ukendt: .*Lene Damgaard/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'year-plan-dialog');

  await dialog.getByRole('button', { name: `Book ${meetings} møder` }).click();
  await expect(dialog.getByText(new RegExp(`${meetings} møder er booket i gruppekalenderen`))).toBeVisible({ timeout: 30_000 });
  await expectNothingCovers(page);
  await dialog.getByRole('button', { name: 'Luk' }).click();
  await expect(dialog).toBeHidden();
  await expectNothingCovers(page);

  await expect(year.getByRole('list', { name: `Årets møder ${next}` })).toBeVisible();
  for (const n of [2, 3, 4]) await expect(year.getByRole('button', { name: `Åbn mødet Møde ${n}/${next}` })).toBeVisible();
  await expect(year.getByText('Booket').first()).toBeVisible();
  await expect(year.getByText(`Frist for punkter til Møde 2/${next}`)).toBeVisible();
  await expect(year.getByText('Planlagt')).toHaveCount(0);

  // Booking again finds nothing left to book.
  await year.getByRole('button', { name: `Læg årsplan for ${next}` }).click();
  await expect(page.getByRole('button', { name: `Alle møder i ${next} er allerede booket.` })).toBeDisabled();
  await expectNothingCovers(page);
  await page.getByRole('button', { name: 'Luk' }).click();
  await expect(dialog).toBeHidden();
  await expectNothingCovers(page);

  // The year exports as an iCalendar file.
  const download = page.waitForEvent('download');
  await year.getByRole('button', { name: 'Eksportér som kalender (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`ksg-${next}.ics`);
  // Booked events carry the calendar's own UIDs (an import updates members' invitations, never duplicates them),
  // and the Teams link is in the description Outlook shows.
  const ics = readFileSync(await file.path(), 'utf8').replace(/\r\n /g, '');
  const uids = [...ics.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1] ?? '');
  expect(uids.length).toBeGreaterThan(4);
  expect(uids.filter((u) => u.endsWith('@sekretariat'))).toEqual([]);
  expect(ics).toMatch(/^DESCRIPTION:Deltag i Teams-mødet: https:\/\//m);
  await screenshot(page, 'year-plan-booked');
});
