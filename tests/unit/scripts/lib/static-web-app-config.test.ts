import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicyHeader, FRAME_ANCESTORS } from '../../../../scripts/lib/content-security-policy';
import { staticWebAppConfig, staticWebAppConfigText, TENANT_ENV } from '../../../../scripts/lib/static-web-app-config';

const committed = readFileSync(join(__dirname, '..', '..', '..', '..', 'staticwebapp.config.json'), 'utf8');

describe('staticwebapp.config.json (Azure Static Web Apps)', () => {
  it('is committed exactly as npm run swa-config writes it for the documented environment (Graph’s global cloud)', () => {
    expect(committed).toBe(staticWebAppConfigText(TENANT_ENV));
  });

  it("sends the app's policy as a header, framing allowed only to Teams, Outlook and Microsoft 365, and no X-Frame-Options", () => {
    const headers = (JSON.parse(committed) as { globalHeaders: Record<string, string> }).globalHeaders;
    expect(headers['Content-Security-Policy']).toBe(
      contentSecurityPolicyHeader({ SEKRETARIAT_CLIENT_ID: 'x', SEKRETARIAT_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0' }),
    );
    expect(headers['Content-Security-Policy']).toContain(`frame-ancestors ${FRAME_ANCESTORS.join(' ')}`);
    expect(headers['Content-Security-Policy']).toContain("connect-src 'self' https://graph.microsoft.com ");
    expect(headers['Content-Security-Policy']).not.toContain('localhost');
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Strict-Transport-Security': expect.stringMatching(/^max-age=\d{8}/),
    });
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('x-frame-options');
  });

  it('follows the Graph the build is for (a national cloud regenerates it)', () => {
    const china = staticWebAppConfig({ ...TENANT_ENV, SEKRETARIAT_GRAPH_BASE_URL: 'https://microsoftgraph.chinacloudapi.cn/v1.0' }) as {
      globalHeaders: Record<string, string>;
    };
    expect(china.globalHeaders['Content-Security-Policy']).toContain("connect-src 'self' https://microsoftgraph.chinacloudapi.cn ");
  });
});
