import AxeBuilder from '@axe-core/playwright';
import { expect, type Frame, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { expectNothingCovers } from './overlays';

/**
 * The steps every journey goes through — signing in, axe, screenshots — also check that nothing covers the page
 * (`expectNothingCovers`); specs call it themselves after steps that open dialogs, toasts or tooltips.
 */

/** Signs in to the sandbox as a seeded person, as a person would: the "Log ind som" page. */
export async function signInAs(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Log ind som' })).toBeVisible();
  await page.getByRole('button', { name: `Log ind som ${name}` }).click();
  await expect(page.getByText('Forsiden er indlæst')).toBeAttached();
  await expectNothingCovers(page);
}

/** A full-page screenshot kept with the test results, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await expectNothingCovers(page);
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/**
 * WCAG 2.1 A/AA checks with axe; serious and critical findings fail the test. Tabster's focus sentinels
 * (`<i data-tabster-dummy tabindex="0" aria-hidden>` that Fluent's TabList and Toaster add at moments of their
 * choosing, and that hand focus on at once) are left out: axe's aria-hidden-focus flagged them in some runs and not
 * others, on views that had not changed. Finite animations (a toast fading in) are let finish first. `app`: the frame
 * the app runs in when a host page frames it (a simulated Teams client); axe checks every frame either way.
 */
export async function expectNoSeriousA11yViolations(page: Page, app: Page | Frame = page): Promise<void> {
  // Views still loading change what is on screen (a button enabled once its section has loaded fades its colour in):
  // let the network go quiet first, so nothing starts a transition while axe measures.
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  // A toast fading in is half transparent: axe would measure its contrast mid-animation. Let running animations end.
  const animationsEnd = (): Promise<unknown> =>
    page.evaluate(() =>
      Promise.race([
        Promise.all(
          document
            .getAnimations()
            .filter((a) => a.effect?.getTiming().iterations !== Infinity)
            .map((a) => a.finished.catch(() => undefined)),
        ),
        new Promise((r) => setTimeout(r, 2000)),
      ]),
    );
  await animationsEnd();
  await expectNothingCovers(app);
  const seriousNow = async (): Promise<{ id: string; line: string }[]> => {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .exclude('[data-tabster-dummy]')
      .analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, line: `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})` }));
  };
  let serious = await seriousNow();
  // `networkidle` returns at once on a page that was idle before, so a section whose store arrives later can enable
  // a button while axe measures, its colour half-way through Fluent's transition. Contrast is measured again once
  // that has settled; a colour that really fails fails both times.
  if (serious.length > 0 && serious.every((v) => v.id === 'color-contrast')) {
    await page.waitForTimeout(500);
    await animationsEnd();
    serious = await seriousNow();
  }
  expect(serious.map((v) => v.line)).toEqual([]);
}
