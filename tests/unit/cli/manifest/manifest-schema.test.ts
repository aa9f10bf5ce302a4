import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIVITY_TYPES, MANIFEST_VERSION, buildManifest } from '../../../../src/cli/manifest/build-manifest';
import { buildLocalization } from '../../../../src/cli/manifest/localization';
import { DEFAULT_BASE_URL, PLACEHOLDER_CLIENT_ID, resolveSettings } from '../../../../src/cli/manifest/settings';
import { localizationErrors, manifestErrors, schemaPath } from '../../../../src/cli/manifest/validate';
import { ASSETS_DIR } from '../../../../src/cli/package/build-package';
import { urlsIn } from '../../manifest/manifest-urls';

const CLIENT_ID = '3f2a8c1e-7b4d-4e9a-9c21-6d5e4f3a2b10';
const defaults = buildManifest(resolveSettings({ env: { SEKRETARIAT_CLIENT_ID: CLIENT_ID } }));
const hosted = buildManifest(resolveSettings({ baseUrl: 'https://sekretariat.example.org', env: { SEKRETARIAT_CLIENT_ID: CLIENT_ID } }));

describe('the unified manifest', () => {
  it(`declares ${MANIFEST_VERSION}, the newest schema @microsoft/app-manifest ships`, () => {
    expect(defaults.manifestVersion).toBe(MANIFEST_VERSION);
    expect(existsSync(schemaPath('MicrosoftTeams.schema.json'))).toBe(true);
    const schema = JSON.parse(readFileSync(schemaPath('MicrosoftTeams.schema.json'), 'utf8')) as { $schema: string };
    expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
  });

  it.each([
    ['default base URL', defaults],
    ['https://sekretariat.example.org', hosted],
  ])("is valid against Microsoft's JSON schema (%s)", (_, manifest) => {
    expect(manifestErrors(manifest)).toEqual([]);
  });

  it('has a valid English localization file', () => {
    expect(localizationErrors(buildLocalization())).toEqual([]);
  });

  it('is refused by the validator when something is wrong', () => {
    expect(manifestErrors({ ...defaults, manifestVersion: '1.29' })).toEqual([expect.stringContaining('/manifestVersion')]);
    const http = buildManifest(resolveSettings({ baseUrl: 'http://localhost:3000' }));
    expect(manifestErrors(http)).toEqual([expect.stringContaining('https')]);
  });

  it('puts every URL under the base URL', () => {
    const urls = urlsIn(defaults);
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.filter(({ url }) => !url.startsWith(`${DEFAULT_BASE_URL}/`))).toEqual([]);
  });

  it('moves every URL, the valid domain and the SSO resource with a second base URL', () => {
    const moved = urlsIn(hosted);
    expect(moved.map((u) => u.path)).toEqual(urlsIn(defaults).map((u) => u.path));
    expect(moved.filter(({ url }) => !url.startsWith('https://sekretariat.example.org/'))).toEqual([]);
    expect(hosted.validDomains).toEqual(['sekretariat.example.org']);
    expect(hosted.webApplicationInfo).toEqual({ id: CLIENT_ID, resource: `api://sekretariat.example.org/${CLIENT_ID}` });
  });

  it('has the personal tab, the team tab and the client id for nested app authentication', () => {
    expect(defaults.staticTabs).toEqual([
      expect.objectContaining({ name: 'Mit overblik', contentUrl: `${DEFAULT_BASE_URL}/teams.html?view=home`, scopes: ['personal'] }),
    ]);
    expect(defaults.configurableTabs?.[0]?.configurationUrl).toBe(`${DEFAULT_BASE_URL}/teams-config.html`);
    expect(defaults.webApplicationInfo?.id).toBe(CLIENT_ID);
  });

  it('offers the configurable tab in a Teams meeting (side panel, details and chat) with the group chat scope a meeting needs', () => {
    const tab = defaults.configurableTabs?.[0];
    expect(tab?.context).toEqual(['channelTab', 'meetingSidePanel', 'meetingDetailsTab', 'meetingChatTab']);
    expect(tab?.scopes).toEqual(['team', 'groupChat']);
  });

  it("refuses a meeting context the schema does not know, and a meeting tab's scope outside its list", () => {
    const tab = defaults.configurableTabs?.[0];
    const withTab = (change: Record<string, unknown>) => ({ ...defaults, configurableTabs: [{ ...tab, ...change }] });
    expect(manifestErrors(withTab({ context: ['meetingSidebar'] }))).toEqual([expect.stringContaining('/configurableTabs/0/context/0')]);
    expect(manifestErrors(withTab({ scopes: ['meeting'] }))).toEqual([expect.stringContaining('/configurableTabs/0/scopes/0')]);
  });

  it('falls back to a placeholder client id when none is configured', () => {
    expect(resolveSettings({ env: {} })).toMatchObject({ clientId: PLACEHOLDER_CLIENT_ID, placeholderClientId: true });
    expect(resolveSettings({ env: { SEKRETARIAT_CLIENT_ID: 'sandbox' } }).placeholderClientId).toBe(true);
    expect(() => resolveSettings({ env: { SEKRETARIAT_CLIENT_ID: 'not-a-guid' } })).toThrow(/GUID/);
  });

  it('declares the activity types the approval flow sends', () => {
    const types = defaults.activities?.activityTypes ?? [];
    expect(types.map((t) => t.type)).toEqual([ACTIVITY_TYPES.approvalRequested, ACTIVITY_TYPES.approvalReminder]);
    expect(types[0]?.templateText).toBe('{actor} beder dig godkende referatet for {meeting}');
  });

  it('adds Outlook buttons for reading mail, composing mail and organising a meeting', () => {
    const extension = defaults.extensions?.[0];
    const contexts = (extension?.ribbons ?? []).flatMap((r) => r.contexts ?? []);
    expect(contexts).toEqual(['mailRead', 'mailCompose', 'meetingDetailsOrganizer']);
    const actions = extension?.runtimes?.[0]?.actions?.map((a) => a.id) ?? [];
    const controls = (extension?.ribbons ?? []).flatMap((r) => r.tabs.flatMap((t) => (t.groups ?? []).flatMap((g) => g.controls ?? [])));
    expect(controls.map((c) => c.label)).toEqual(['Tilføj til dagsorden', 'Indsend dagsordenspunkt', 'Book som forummøde']);
    expect(controls.map((c) => c.actionId)).toEqual(actions);
    expect(extension?.runtimes?.[0]?.code.page).toBe(`${DEFAULT_BASE_URL}/outlook-taskpane.html`);
  });

  it('references icons that exist with the sizes the platform requires', () => {
    const size = (file: string) => {
      // A PNG's IHDR chunk comes first: width and height as 32-bit big-endian at bytes 16 and 20.
      const png = readFileSync(join(ASSETS_DIR, file));
      return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
    };
    expect(size('icon-color.png')).toBe('192x192');
    expect(size('icon-outline.png')).toBe('32x32');
    const ribbonIcons = (defaults.extensions?.[0]?.ribbons ?? []).flatMap((r) =>
      r.tabs.flatMap((t) => (t.groups ?? []).flatMap((g) => [...(g.icons ?? []), ...(g.controls ?? []).flatMap((c) => c.icons)])),
    );
    expect(new Set(ribbonIcons.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const icon of ribbonIcons) {
      const file = icon.url.slice(`${DEFAULT_BASE_URL}/assets/`.length);
      expect(size(file)).toBe(`${icon.size}x${icon.size}`);
    }
  });
});
