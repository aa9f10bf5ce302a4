/**
 * Azure Static Web Apps' `staticwebapp.config.json` for hosting `dist/app`: the Content-Security-Policy header (from
 * content-security-policy.ts, so the host says what the pages' meta tags say, plus who may frame the app) and the
 * other security headers the local static server sends. The policy depends only on the Graph origin, so the
 * committed file (`TENANT_ENV`, Microsoft Graph's global cloud) serves every such tenant; a national cloud
 * regenerates it with `npm run swa-config` in its own environment.
 */
import type { ConfigEnv } from '../../src/config/app-config';
import { contentSecurityPolicyHeader } from './content-security-policy';

/** The environment the committed staticwebapp.config.json is generated for (README, "Installér i jeres tenant"). */
export const TENANT_ENV: ConfigEnv = {
  SEKRETARIAT_CLIENT_ID: '00000000-0000-0000-0000-000000000000',
  SEKRETARIAT_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
};

export function staticWebAppConfig(env: ConfigEnv): Record<string, unknown> {
  return {
    // No X-Frame-Options: it cannot allow Teams and Outlook to frame the app; the policy's frame-ancestors does.
    globalHeaders: {
      'Content-Security-Policy': contentSecurityPolicyHeader(env),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    },
    routes: [
      // Content-hashed bundles never change under their name; the pages always revalidate so a new build is seen.
      { route: '/js/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
      { route: '/*.html', headers: { 'Cache-Control': 'no-cache' } },
      // The build ships no source maps; should one be copied up by hand, it is not served.
      { route: '/*.map', statusCode: 404 },
    ],
    mimeTypes: { '.json': 'application/json' },
  };
}

/** The file's text as committed: two-space JSON and a final newline. */
export const staticWebAppConfigText = (env: ConfigEnv): string => `${JSON.stringify(staticWebAppConfig(env), null, 2)}\n`;
