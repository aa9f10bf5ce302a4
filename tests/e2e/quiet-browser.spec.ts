import { expect, test } from '@playwright/test';

/**
 * The tests and the cold-load bench run in Debian's Chromium, which in headless mode is the whole browser and preloads
 * its own address-bar popups with every window — a renderer of their own, about half a second of CPU on this
 * two-core machine, beside the page under test. Outlook's and Teams' web views have no address bar, so
 * `scripts/lib/headless-chromium.ts` switches them off; a new Chromium that preloads another one shows up here.
 */
test("Chromium preloads none of its own WebUI beside the page (the address bar's popups are off)", async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    // The preload follows a new window within a few hundred milliseconds; give it well over that.
    await page.waitForTimeout(1500);
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const browserUi = targetInfos.filter((t) => t.url.startsWith('chrome://')).map((t) => `${t.type} ${t.url}`);
    expect(browserUi).toEqual([]);
    expect(targetInfos.some((t) => t.type === 'page' && t.url === 'about:blank')).toBe(true);
    await cdp.detach();
  } finally {
    await context.close();
  }
});
