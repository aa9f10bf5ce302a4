import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { simulateOutlook, simulateOutlookAppointment, simulateOutlookCompose } from './support/fake-office';
import { expectNoSeriousA11yViolations, screenshot } from './support/journeys';
import { expectNothingCovers } from './support/overlays';
import { deliverSubmission, sandboxGraph } from './support/sandbox-api';

/**
 * Issue 17, point 2: the Outlook task pane leads with what the open item offers — "Tilføj til dagsorden" on a mail
 * read, "Indsend dagsordenspunkt" on a mail written, "Book som forummøde" on an appointment organised — with its
 * button on screen at 360 × 800 without scrolling; the year and the to-do list are one step away (a tab), not above
 * the fold and not rendered until the person goes there.
 */

const KATRINE = { name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' };
const METTE = { name: 'Mette Lund Kjær', email: 'mette.lund.kjaer@regionfjord.example' };
const SHARED = 'ksg-sekretariat@regionfjord.example';
const PANE = { width: 360, height: 800 };
const HOME_TAB = 'Årets møder og opgaver';

/** A case presentation from outside in the forum's shared mailbox; answers its Graph id there. */
const mailSubmission = (messageId: string, subject: string): Promise<string> =>
  deliverSubmission({
    subject,
    messageId,
    html: [
      '<p><b>Indstilling</b></p><ul><li>at klyngestyregruppen drøfter en fælles model</li></ul>',
      '<p><b>Sagsfremstilling</b></p><p>Skovlund har afprøvet telemedicinsk opfølgning.</p><p><b>Tidsforbrug:</b> 20 min</p>',
    ],
  });

/** What the person sees in the pane, without scrolling (the journeys' screenshots are of the whole page). */
async function paneShot(page: Page, name: string): Promise<void> {
  await expectNothingCovers(page);
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** The message's Graph id in the shared mailbox now (adding it to the agenda moves it to "Behandlet": a new id). */
async function messageIdNow(internetMessageId: string): Promise<string> {
  const filter = encodeURIComponent(`internetMessageId eq '${internetMessageId}'`);
  const res = await sandboxGraph<{ value: { id: string }[] }>(
    KATRINE.email,
    'GET',
    `/users/${SHARED}/messages?$filter=${filter}&$select=id`,
  );
  expect(res.status).toBe(200);
  return res.body.value[0]?.id ?? '';
}

/**
 * The button is on screen as the pane opened — its whole box inside the 360 × 800 viewport, the page not scrolled —
 * and it is what a click at its centre reaches (nothing lies over it).
 */
async function expectOnScreenUnscrolled(page: Page, button: Locator): Promise<void> {
  await expect(button).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = await button.boundingBox();
  if (!box) throw new Error('the button has no box');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PANE.width);
  expect(box.y + box.height).toBeLessThanOrEqual(PANE.height);
  const hit = await button.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top !== null && el.contains(top);
  });
  expect(hit).toBe(true);
  await expectNothingCovers(page);
}

/** The year and to-do list are behind one tab: not on the page before, reached by the keyboard in one step. */
async function expectHomeOneStepAway(page: Page, itemTab: string): Promise<void> {
  const views = page.getByRole('navigation', { name: 'Opgaverudens visninger' });
  await expect(views.getByRole('tab', { name: itemTab })).toHaveAttribute('aria-selected', 'true');
  await expect(views.getByRole('tab', { name: HOME_TAB })).toHaveAttribute('aria-selected', 'false');
  // Not above the fold, nor below it: the home's views are not rendered until the person goes there.
  await expect(page.getByRole('region', { name: 'Det skal gøres' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Årets møder \d{4}$/ })).toHaveCount(0);
  // The keyboard: to the tab list, one arrow to the next tab, Enter.
  await views.getByRole('tab', { name: itemTab }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(views.getByRole('tab', { name: HOME_TAB })).toBeFocused();
  // Focus moved, the selection did not (manual activation, as Fluent's TabList): the item's tab is still selected.
  await expect(views.getByRole('tab', { name: itemTab })).toHaveAttribute('aria-selected', 'true');
  await paneShot(page, `outlook-pane-tabs-keyboard-${itemTab.toLowerCase().replace(/\W+/g, '-')}`);
  await page.keyboard.press('ArrowLeft');
  await expect(views.getByRole('tab', { name: itemTab })).toBeFocused();
  await page.keyboard.press('End');
  await expect(views.getByRole('tab', { name: HOME_TAB })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(views.getByRole('tab', { name: HOME_TAB })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: HOME_TAB })).toBeVisible();
}

test('read mode: the pane opens on the mail — not yet on the agenda, "Tilføj til dagsorden" on screen; once added, which item, meeting and status', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PANE);
  const stamp = Date.now();
  const messageId = `<pane-leads-${stamp}@skovlund.example>`;
  const subject = `Sagsfremstilling: Telemedicin ved KOL ${stamp}`;
  const id = await mailSubmission(messageId, subject);
  await simulateOutlook(page, KATRINE, {
    subject,
    from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
    internetMessageId: messageId,
    itemId: id,
    sharedMailbox: SHARED,
  });
  await page.goto('/outlook-taskpane.html');

  const panel = page.getByRole('region', { name: 'Tilføj til dagsorden' });
  const status = panel.getByRole('group', { name: 'Mailen på dagsordenen' });
  await expect(status).toContainText('Ikke tilføjet endnu');
  await expect(panel.getByRole('textbox', { name: /Titel/ })).not.toHaveValue('');
  const add = panel.getByRole('button', { name: 'Tilføj til dagsorden' });
  await expectOnScreenUnscrolled(page, add);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
  await expectNoSeriousA11yViolations(page);
  await paneShot(page, 'outlook-pane-leads-read-360x800');
  await screenshot(page, 'outlook-pane-leads-read');

  // One click adds it (the fields as read from the mail, the next meeting open for items).
  const meeting =
    ((await panel.getByRole('combobox', { name: 'Møde' }).locator('option:checked').textContent()) ?? '').split(' – ')[0]?.trim() ?? '';
  await add.click();
  await expect(panel.getByRole('status')).toContainText('er oprettet', { timeout: 20_000 });
  await expectNothingCovers(page);
  const reference = /KSG-\d{4}/.exec((await panel.getByRole('status').textContent()) ?? '')?.[0] ?? '';
  expect(reference).not.toBe('');

  // Opened again on the same mail: the pane says up front that it is an item already, for which meeting, how far.
  await page.unrouteAll();
  await simulateOutlook(page, KATRINE, {
    subject,
    from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
    internetMessageId: messageId,
    itemId: await messageIdNow(messageId),
    sharedMailbox: SHARED,
  });
  await page.goto('/outlook-taskpane.html');
  await expect(status).toContainText(`${reference}: modtaget, afventer formandskabet`, { timeout: 20_000 });
  await expect(status).toContainText(`${meeting}, `);
  await expectOnScreenUnscrolled(page, panel.getByRole('button', { name: 'Gem rettelser på punktet' }));
  await paneShot(page, 'outlook-pane-leads-read-added-360x800');
  await screenshot(page, 'outlook-pane-leads-read-added');

  await expectHomeOneStepAway(page, 'Mailen');
  await expect(page.getByRole('region', { name: 'Det skal gøres' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Årets møder \d{4}$/ })).toBeVisible();
  await expectNothingCovers(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'outlook-pane-leads-read-home');
  // And back: the form is as it was left (the item view stays mounted behind its tab).
  await page.getByRole('tab', { name: 'Mailen' }).click();
  await expect(panel.getByRole('button', { name: 'Gem rettelser på punktet' })).toBeVisible();
});

test('compose mode: the pane opens on "Indsend dagsordenspunkt" with "Skriv i mailen" on screen; the year one tab away', async ({
  page,
}) => {
  await page.setViewportSize(PANE);
  await simulateOutlookCompose(page, METTE);
  await page.goto('/outlook-taskpane.html');
  const panel = page.getByRole('region', { name: 'Indsend dagsordenspunkt' });
  await expect(panel.getByRole('textbox', { name: /Titel/ })).toBeVisible();
  await expectOnScreenUnscrolled(page, panel.getByRole('button', { name: 'Skriv i mailen' }));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
  await expectNoSeriousA11yViolations(page);
  await paneShot(page, 'outlook-pane-leads-compose-360x800');
  await screenshot(page, 'outlook-pane-leads-compose');

  await expectHomeOneStepAway(page, 'Ny mail');
  // A member's home: her meetings and what she has submitted.
  await expect(page.getByRole('tabpanel', { name: HOME_TAB }).getByRole('heading').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'outlook-pane-leads-compose-home');
});

test('appointment organizer: the pane opens on "Book som forummøde" with "Gem og registrér" on screen; the year one tab away', async ({
  page,
}) => {
  await page.setViewportSize(PANE);
  const start = new Date(Date.now() + 2 * 86_400_000);
  await simulateOutlookAppointment(page, KATRINE, {
    subject: '',
    start: start.toISOString(),
    end: new Date(start.getTime() + 30 * 60_000).toISOString(),
    location: '',
    ewsId: 'AAMkPaneLeads/AAA=',
  });
  await page.goto('/outlook-taskpane.html');
  const panel = page.getByRole('region', { name: 'Book som forummøde' });
  await expectOnScreenUnscrolled(page, panel.getByRole('button', { name: 'Gem og registrér' }));
  await expect(panel.getByRole('button', { name: 'Udfyld aftalen' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
  await expectNoSeriousA11yViolations(page);
  await paneShot(page, 'outlook-pane-leads-appointment-360x800');
  await screenshot(page, 'outlook-pane-leads-appointment');

  await expectHomeOneStepAway(page, 'Aftalen');
  await expect(page.getByRole('region', { name: /^Årets møder \d{4}$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'outlook-pane-leads-appointment-home');
});

test('a member reading a mail: nothing to add for her, so the pane opens on her meetings and to-dos', async ({ page }) => {
  await page.setViewportSize(PANE);
  await simulateOutlook(page, METTE, {
    subject: 'Referat fra temadag',
    from: { name: 'Lars Harbo', address: 'lars.harbo@skovlund.example' },
    internetMessageId: '<temadag@skovlund.example>',
  });
  await page.goto('/outlook-taskpane.html');
  await expect(page.getByRole('tab', { name: HOME_TAB })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: HOME_TAB })).toBeVisible();
  await page.getByRole('tab', { name: 'Mailen' }).click();
  await expect(page.getByText('Kun forummets sekretariat tilføjer mails til dagsordenen.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tilføj til dagsorden' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await paneShot(page, 'outlook-pane-leads-member-read-360x800');
});
