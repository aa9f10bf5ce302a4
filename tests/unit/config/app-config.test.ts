import { loadConfig, SANDBOX_AUTOMATION_APP_ID, SANDBOX_FORUMS } from '../../../src/config/app-config';
import { seed } from '../../../src/sandbox/seed/seed-data';

describe('the app configuration', () => {
  it('defaults to the local Graph sandbox and its seeded forums', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      sandbox: true,
      clientId: 'sandbox',
      graphBaseUrl: 'http://localhost:3001/v1.0',
      appBaseUrl: 'http://localhost:3000',
    });
    expect(config.forums.map(({ groupId, siteId }) => ({ groupId, siteId }))).toEqual(SANDBOX_FORUMS);
    // The sandbox's registered application runs the unattended pass: its writes count as the secretariat's.
    expect(config.automationAppId).toBe(SANDBOX_AUTOMATION_APP_ID);
    expect(config.forums.every((f) => f.trustedAppIds?.includes(SANDBOX_AUTOMATION_APP_ID))).toBe(true);
    expect(seed.forums.map((f) => ({ groupId: f.groupId, siteId: f.siteId }))).toEqual(SANDBOX_FORUMS);
  });

  it('takes a real tenant from the build environment', () => {
    const forums = [{ groupId: 'a3f1c2d4-0000-4000-8000-000000000001', siteId: 'contoso.sharepoint.com,1,2' }];
    const config = loadConfig({
      SEKRETARIAT_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
      SEKRETARIAT_TENANT_ID: 'contoso.onmicrosoft.com',
      SEKRETARIAT_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
      SEKRETARIAT_APP_BASE_URL: 'https://sekretariat.contoso.example',
      SEKRETARIAT_FORUMS: JSON.stringify(forums),
    });
    expect(config).toMatchObject({
      sandbox: false,
      tenantId: 'contoso.onmicrosoft.com',
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      forums,
    });
    expect(config.automationAppId).toBeUndefined();
  });

  it('names the automation application as trusted by every forum when it is configured', () => {
    const config = loadConfig({
      SEKRETARIAT_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
      SEKRETARIAT_FORUMS: JSON.stringify([
        { groupId: 'g1', siteId: 's1' },
        { groupId: 'g2', siteId: 's2', trustedAppIds: ['other-app'] },
      ]),
      SEKRETARIAT_AUTOMATION_APP_ID: 'run-app',
    });
    expect(config.automationAppId).toBe('run-app');
    expect(config.forums.map((f) => f.trustedAppIds)).toEqual([['run-app'], ['other-app', 'run-app']]);
  });

  it('refuses a configuration that cannot work', () => {
    expect(() => loadConfig({ SEKRETARIAT_GRAPH_BASE_URL: 'not a url' })).toThrow();
    expect(() => loadConfig({ SEKRETARIAT_FORUMS: '[]' })).toThrow();
    expect(() => loadConfig({ SEKRETARIAT_FORUMS: '[{"groupId": ""}]' })).toThrow();
  });
});
