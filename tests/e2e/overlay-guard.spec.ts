import { expect, test, type Page } from '@playwright/test';
import { signInAs } from './support/journeys';
import { expectNothingCovers } from './support/overlays';

/**
 * The guard every journey step runs (support/overlays.ts) fails on the layer issue 15 found — a full-width opaque
 * layer at z-index 1000000 over the top of the page — over `main` and over an open dialog, and names it; the page's
 * own modal backdrop under an open dialog does not fail it.
 */

/** A layer like the portal mount node that carried the page's background: absolute at the top, 900 px, opaque. */
async function coverTopOfPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    const layer = document.createElement('div');
    layer.className = 'stray-layer';
    layer.setAttribute('data-portal-node', 'true');
    Object.assign(layer.style, {
      position: 'absolute',
      top: '0',
      left: '0',
      right: '0',
      height: '900px',
      zIndex: '1000000',
      backgroundColor: 'rgb(245, 245, 245)',
    });
    document.body.append(layer);
  });
}

const removeLayer = (page: Page): Promise<void> => page.evaluate(() => document.querySelector('.stray-layer')?.remove());

test('an opaque layer over main fails the guard, naming the layer and its z-index', async ({ page }) => {
  await signInAs(page, 'Katrine Holm');
  await coverTopOfPage(page);
  await expect(expectNothingCovers(page)).rejects.toThrow(
    /main <main#main[^>]*> is covered at \(\d+, \d+\) by <div\.stray-layer\[data-portal-node="true"\]> \(z-index 1000000; position absolute; \d+×900 px at 0,0; background rgb\(245, 245, 245\)\)/,
  );
  // …and it is the layer that fails it: without it the same page passes.
  await removeLayer(page);
  await expectNothingCovers(page);
});

test('an open dialog is judged instead of main; its own backdrop passes, a layer over it fails', async ({ page }) => {
  await signInAs(page, 'Katrine Holm');
  await page
    .getByRole('button', { name: /^Åbn mødet Møde \d+\/\d{4}$/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Deltagere' })).toBeVisible();
  // The backdrop covers main now, and belongs to the dialog.
  await expectNothingCovers(page);
  await coverTopOfPage(page);
  await expect(expectNothingCovers(page)).rejects.toThrow(
    /dialog "[^"]*" <div[^>]*\[role="dialog"\][^>]*> is covered at \(\d+, \d+\) by <div\.stray-layer/,
  );
  await removeLayer(page);
  await dialog.getByRole('button', { name: 'Luk' }).click();
  await expect(dialog).toBeHidden();
  await expectNothingCovers(page);
});

test('a popup over main belongs to it only when its trigger is in main', async ({ page }) => {
  await signInAs(page, 'Katrine Holm');
  // A tooltip in a portal of its own, over the middle of the page, as Fluent renders one.
  await page.evaluate(() => {
    const tip = document.createElement('div');
    tip.id = 'stray-tip';
    tip.setAttribute('role', 'tooltip');
    tip.textContent = 'Forklaring';
    Object.assign(tip.style, {
      position: 'fixed',
      top: '0',
      bottom: '0',
      left: '40%',
      width: '20%',
      zIndex: '1000000',
      backgroundColor: 'white',
    });
    document.body.append(tip);
  });
  await expect(expectNothingCovers(page)).rejects.toThrow(/is covered at .* by <div#stray-tip\[role="tooltip"\]>/);
  // Its trigger in main: a control there that it describes.
  await page.evaluate(() => {
    const trigger = document.createElement('button');
    trigger.textContent = 'Hjælp';
    trigger.setAttribute('aria-describedby', 'stray-tip');
    document.querySelector('main')?.prepend(trigger);
  });
  await expectNothingCovers(page);
});
