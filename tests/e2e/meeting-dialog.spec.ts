import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';

/**
 * The meeting dialog in sections (Dagsorden, Deltagere folded to its counts, Referat) with one primary action that
 * fits the meeting's state, an action bar whose labels stay on one line in a 360 px Teams side panel, and the minutes
 * editor opening at the items with the attendance folded.
 */
// The seed names meetings as the app does (src/domain/meeting-names.ts): "Møde 3/2026".
const HELD = `Møde 3/${new Date().getFullYear()}`;

async function openMeeting(page: Page, title: string): Promise<Locator> {
  const open = page.getByRole('button', { name: `Åbn mødet ${title}` }).first();
  await expect(page.getByRole('region', { name: /^Årets møder / })).toBeVisible();
  // A finished month is folded in the year: unfold it.
  if (!(await open.isVisible())) await page.getByRole('button', { name: /^Vis .+ \(\d+ møder?\)$/ }).click();
  await open.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectNothingCovers(page);
  return dialog;
}

/**
 * Each button in the bar shows its label on one line: the label's text box is less than two of its line-heights tall,
 * and it fits inside the button (a label kept on one line must not be cut off either).
 */
async function expectOneLineLabels(bar: Locator): Promise<void> {
  const buttons = await bar.getByRole('button').all();
  expect(buttons.length).toBeGreaterThan(0);
  for (const button of buttons) {
    const m = await button.evaluate((el) => {
      const range = document.createRange();
      const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!text) throw new Error(`no label text in ${el.outerHTML}`);
      range.selectNodeContents(text);
      return {
        label: text.textContent,
        textHeight: range.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(el).lineHeight),
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
      };
    });
    expect(m.textHeight, `"${m.label}" is on one line`).toBeLessThan(2 * m.lineHeight);
    expect(m.scrollWidth, `"${m.label}" fits its button`).toBeLessThanOrEqual(m.clientWidth);
  }
}

test('a held meeting: "Skriv referat" is the primary, the attendees fold to their counts, Referat is one link away; at 360 px no label wraps', async ({
  page,
}) => {
  await signInAs(page, 'Katrine Holm');
  const dialog = await openMeeting(page, HELD);
  const bar = dialog.getByRole('group', { name: 'Handlinger' });
  await expect(bar.locator('[data-appearance="primary"]')).toHaveText('Skriv referat');
  await expect(bar.locator('[data-appearance="primary"]')).toHaveCount(1);
  // The meeting is over: no "Deltag i Teams-møde".
  await expect(bar.getByRole('button', { name: 'Deltag i Teams-møde' })).toHaveCount(0);

  const nav = dialog.getByRole('navigation', { name: 'Afsnit i mødet' });
  await expect(nav.getByRole('button')).toHaveText(['Dagsorden', 'Deltagere', 'Referat']);
  const attendees = dialog.getByRole('region', { name: 'Deltagere' });
  await expect(attendees.getByText(/ \d+ afbud$/)).toBeVisible();
  await expect(attendees.getByRole('button', { name: 'Vis deltagere' })).toHaveAttribute('aria-expanded', 'false');
  await expect(attendees.getByRole('listitem')).toHaveCount(0);
  await expect(
    dialog.getByRole('region', { name: 'Referat' }).getByText('Der er endnu ikke sendt et udkast til formandskabet.'),
  ).toBeVisible();

  await nav.getByRole('button', { name: 'Referat' }).click();
  const referat = dialog.getByRole('heading', { name: 'Referat', exact: true });
  await expect(referat).toBeFocused();
  await expect(referat).toBeInViewport();
  await expectNothingCovers(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'meeting-dialog-held');

  await page.setViewportSize({ width: 360, height: 740 });
  await expect(bar.getByRole('button', { name: 'Skriv referat' })).toBeVisible();
  await expectOneLineLabels(bar);
  await expectNothingCovers(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'meeting-dialog-360');
});

test('an upcoming meeting offers "Deltag i Teams-møde", on one line at 360 px', async ({ page }) => {
  await signInAs(page, 'Jonas Vestergaard');
  await page
    .getByRole('region', { name: 'Næste møde' })
    .getByRole('button', { name: /^Åbn mødet / })
    .click();
  const dialog = page.getByRole('dialog');
  const bar = dialog.getByRole('group', { name: 'Handlinger' });
  await expect(bar.getByRole('button', { name: 'Deltag i Teams-møde' })).toBeVisible();
  // A chair has no minutes to write: no "Skriv referat", no Referat section.
  await expect(bar.getByRole('button', { name: 'Skriv referat' })).toHaveCount(0);
  await expect(dialog.getByRole('navigation', { name: 'Afsnit i mødet' }).getByRole('button')).toHaveText(['Dagsorden', 'Deltagere']);
  await expectNothingCovers(page);
  await expectNoSeriousA11yViolations(page);

  await page.setViewportSize({ width: 360, height: 740 });
  await expectOneLineLabels(bar);
  await expectNothingCovers(page);
  await expectNoSeriousA11yViolations(page);
});

test('"Skriv referat" opens the editor at the items, the attendance folded to its counts; keyboard goes on into the first Referat', async ({
  page,
}) => {
  await signInAs(page, 'Katrine Holm');
  const dialog = await openMeeting(page, HELD);
  await dialog.getByRole('group', { name: 'Handlinger' }).getByRole('button', { name: 'Skriv referat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Referat – ${HELD}` })).toBeVisible();

  const first = page.getByRole('region', { name: /^1\. / });
  const heading = first.getByRole('heading', { level: 3 });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByText(/^\d+ til stede( \(\d+ online\))? · \d+ afbud · \d+ fraværende$/)).toBeVisible();
  const show = page.getByRole('button', { name: 'Vis fremmøde' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: /^Deltagelse for / })).toHaveCount(0);
  await expectNothingCovers(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'minutes-editor-open');

  await page.keyboard.press('Tab');
  await expect(first.getByRole('textbox', { name: /^Referat/ })).toBeFocused();

  await show.click();
  await expect(page.getByRole('button', { name: 'Skjul fremmøde' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('combobox', { name: 'Deltagelse for Jonas Vestergaard' })).toBeVisible();
  await expectNothingCovers(page);

  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSeriousA11yViolations(page);
});
