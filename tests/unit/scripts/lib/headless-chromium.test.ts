import { chromiumArgs } from '../../../../scripts/lib/headless-chromium';

function disabledFeatures(args: readonly string[]): string[] {
  const switches = args.filter((a) => a.startsWith('--disable-features='));
  expect(switches).toHaveLength(1);
  return (switches[0] ?? '').slice('--disable-features='.length).split(',');
}

describe('chromiumArgs', () => {
  it("keeps Chromium's address-bar popup from being preloaded with every window", () => {
    expect(disabledFeatures(chromiumArgs())).toEqual(expect.arrayContaining(['PreloadTopChromeWebUI', 'WebUIOmniboxPopup']));
  });

  it('lifts the local network access checks only for a public host framing localhost', () => {
    expect(disabledFeatures(chromiumArgs())).not.toContain('LocalNetworkAccessChecks');
    expect(disabledFeatures(chromiumArgs({ publicHostFramesLocalhost: true }))).toContain('LocalNetworkAccessChecks');
  });

  it('leaves headless to Playwright, so a debugged test can show its window', () => {
    expect(chromiumArgs().some((a) => a.startsWith('--headless'))).toBe(false);
  });
});
