import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { resetSandbox, sandboxGraph } from './support/sandbox-api';
import { SANDBOX_FORUMS } from '../../src/config/app-config';

/**
 * Issue 20 pt 5: the secretary ends the steering group and names the theme group its successor; the steering group's
 * home then says where its work went, and the successor's first agenda lists what carried over (its open actions and
 * the deferred "Evaluering af den akutte natordning"). Named to run last: the steering group stays ended for the run.
 */
const FROM = 'Klyngestyregruppen for Fjordklyngen';
const TO = 'Temagruppen for ældre og kronisk syge';

// The seed as it was: earlier journeys in the same run circulate Møde 3's minutes, defer items and end forums.
test.beforeAll(resetSandbox);

test('the secretary ends a forum and opens its successor’s first agenda with the carried-over items', async ({ page }) => {
  // The successor's year has begun to be planned: its first meeting, in January (the seed's theme group has none left).
  const year = new Date().getFullYear() + 1;
  const first = `Første møde ${year}`;
  const planned = await sandboxGraph(
    'katrine.holm@regionfjord.example',
    'POST',
    `/sites/${SANDBOX_FORUMS[1]?.siteId ?? ''}/lists/Meetings/items`,
    {
      fields: {
        Title: first,
        Kind: 'ordinary',
        Start: `${year}-01-14T12:00:00Z`,
        End: `${year}-01-14T13:30:00Z`,
        Form: 'video',
        Status: 'planned',
      },
    },
  );
  expect(planned.status).toBe(201);

  await signInAs(page, 'Katrine Holm');
  await page.getByRole('button', { name: 'Forumindstillinger' }).click();
  const drawer = page.getByRole('dialog', { name: 'Forumindstillinger' });
  await expect(drawer).toBeVisible();
  await expectNothingCovers(page);
  await drawer.getByRole('tab', { name: 'Afslut forum' }).click();

  // What moves is shown before anything is written.
  await expect(drawer.getByRole('heading', { name: /^\d+ åbne? opfølgningspunkt/ })).toBeVisible();
  await expect(drawer.getByText('Udarbejd fælles pjece om KOL-forløbet', { exact: false })).toBeVisible();
  await expect(drawer.getByText('Evaluering af den akutte natordning')).toBeVisible();
  await expect(drawer.getByRole('group', { name: 'Medlemmer, der fortsætter' }).getByRole('checkbox').first()).toBeChecked();
  await drawer.getByRole('combobox', { name: 'Efterfølger' }).selectOption({ label: TO });
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'successor-end-forum');

  await drawer.getByRole('button', { name: 'Afslut forum …' }).click();
  await expect(drawer.getByText(`Afslut ${FROM}, og overfør arbejdet til ${TO}? Det kan ikke fortrydes.`)).toBeVisible();
  await expectNothingCovers(page);
  await drawer.getByRole('button', { name: 'Afslut og overfør' }).click();
  const done = drawer.getByText(
    new RegExp(`^${FROM} er afsluttet\\. Overført til ${TO} – opfølgningspunkter: \\d+, punkter til kommende møder: 1,`),
  );
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(drawer.getByText(`De står på dagsordenen til ${first}`, { exact: false })).toBeVisible();
  await screenshot(page, 'successor-handed-over');

  // The old forum's home says where its work went, and leads there.
  await drawer.getByRole('button', { name: 'Luk' }).click();
  await expect(drawer).toBeHidden();
  await expectNothingCovers(page);
  const ended = page.getByTestId('forum-ended');
  await expect(ended).toContainText(`${FROM} blev afsluttet`);
  await expect(ended).toContainText(`Arbejdet fortsætter i ${TO}.`);
  await expect(ended).toContainText('Arkivet her kan stadig læses.');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'successor-ended-home');
  await ended.getByRole('button', { name: `Gå til ${TO}` }).click();

  // The successor's first meeting: its agenda lists what came over.
  const open = page.getByRole('button', { name: `Åbn mødet ${first}` }).first();
  // The successor's year view opens at this year: its first meeting is in the next.
  await expect(page.getByRole('region', { name: /^Årets møder / })).toBeVisible();
  await page.getByRole('button', { name: `Vis ${year}` }).click();
  await open.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectNothingCovers(page);
  await expect(dialog.getByText(`Overdragelse fra ${FROM}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'successor-first-agenda');
});
