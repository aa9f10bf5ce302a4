import { expect, test } from '@playwright/test';
import { buildManifest } from '../../src/cli/manifest/build-manifest';
import { resolveSettings } from '../../src/cli/manifest/settings';

const BASE = 'https://sekretariat.example.org';

/** Every string in the manifest that points into the app. */
function appUrls(value: unknown): string[] {
  if (typeof value === 'string') return value.startsWith(`${BASE}/`) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(appUrls);
  if (value && typeof value === 'object') return Object.values(value).flatMap(appUrls);
  return [];
}

test('every page and icon the manifest points at is served by the built app', async ({ request }) => {
  const urls = [...new Set(appUrls(buildManifest(resolveSettings({ baseUrl: BASE }))))];
  expect(urls.length).toBeGreaterThanOrEqual(8);
  for (const url of urls) {
    const path = url.slice(BASE.length);
    const response = await request.get(path);
    expect(response.status(), `${path}`).toBe(200);
  }
});
