import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';

/** Presses Tab until the focused element has this accessible name (at most `limit` presses). */
async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    // Focus that fell to the page is on no control: the page's text is not a control's name.
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el && el !== document.body ? (el.getAttribute('aria-label') ?? el.innerText ?? '').trim() : '';
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test('a person can sign in and switch language with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Log ind som' })).toBeVisible();
  await tabTo(page, /^Log ind som Katrine Holm$/);
  await page.keyboard.press('Enter');
  // Signing in reloads into the home; on a loaded CI machine that has taken more than the default 10 s.
  await expect(page.getByRole('heading', { name: 'Sekretariat – Klyngestyregruppen for Fjordklyngen' })).toBeVisible({ timeout: 25_000 });
  await tabTo(page, /English/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^Secretariat – / })).toBeVisible();
  await expectNothingCovers(page);
});

test("the secretariat's menus and dialogs, loaded on opening, open by keyboard with focus inside and give it back", async ({ page }) => {
  await signInAs(page, 'Katrine Holm');
  // A meeting's "…" in the year: a menu button whose Menu loads when it is first opened.
  const more = page.getByRole('button', { name: /^Handlinger for / }).first();
  await expect(more).toHaveAttribute('aria-haspopup', 'menu');
  await more.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Flyt mødet' })).toBeFocused();
  await expectNothingCovers(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Flyt mødet' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(more).toBeFocused();

  // "Opret opfølgning": its dialog loads when it is opened.
  const create = page.getByRole('region', { name: 'Opfølgning' }).getByRole('button', { name: 'Opret opfølgning' });
  await create.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Opret opfølgning' });
  await expect(dialog).toBeVisible();
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await expectNothingCovers(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(create).toBeFocused();

  // The year's and the consultations' dialogs, each loaded on opening, give focus back to the button that opened them
  // (Fluent's focus restorer comes after the first view, with the header's late parts: ui/components/restore-focus.ts).
  for (const [region, button, title] of [
    [/^Årets møder/, 'Ekstraordinært møde', /^Ekstraordinært møde/],
    ['Skriftlige høringer', 'Ny høring', /^Ny skriftlig høring/],
  ] as const) {
    const opener = page.getByRole('region', { name: region }).getByRole('button', { name: button });
    await opener.focus();
    await page.keyboard.press('Enter');
    const opened = page.getByRole('dialog', { name: title });
    await expect(opened).toBeVisible();
    await expect.poll(() => opened.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(opened).toBeHidden();
    await expect(opener).toBeFocused();
  }
});

/** Relative luminance (0 black … 1 white) of the background the page's main region shows: its first opaque ancestor's. */
async function appBackgroundLuminance(page: Page): Promise<number> {
  const color = await page
    .locator('main')
    .first()
    .evaluate((main) => {
      for (let el: Element | null = main; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (bg !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(bg)) return bg;
      }
      return 'transparent';
    });
  const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (r === undefined || g === undefined || b === undefined || a === 0) throw new Error(`no opaque app background: ${color}`);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

for (const [scheme, check] of [
  ['light', (l: number) => expect(l).toBeGreaterThan(0.8)],
  ['dark', (l: number) => expect(l).toBeLessThan(0.2)],
] as const) {
  test.describe(`in a browser that prefers ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    test(`the app uses the Fluent ${scheme} theme`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Log ind som Jonas Vestergaard' }).click();
      await expect(page.getByRole('region', { name: 'Til godkendelse' })).toBeVisible();
      check(await appBackgroundLuminance(page));
      await expectNothingCovers(page);
    });
  });
}
