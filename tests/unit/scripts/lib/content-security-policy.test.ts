import { createHash } from 'node:crypto';
import {
  contentSecurityPolicyHeader,
  contentSecurityPolicyMeta,
  FRAME_ANCESTORS,
  PAGE_STYLE,
} from '../../../../scripts/lib/content-security-policy';

const directive = (policy: string, name: string): string[] =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

const TENANT = { SEKRETARIAT_CLIENT_ID: 'app', SEKRETARIAT_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0' };

describe('the Content-Security-Policy', () => {
  it('lets the app connect to the Graph origin it was built for, and to the local sandbox by default', () => {
    expect(directive(contentSecurityPolicyMeta(TENANT), 'connect-src')).toContain('https://graph.microsoft.com');
    expect(directive(contentSecurityPolicyMeta({}), 'connect-src')).toContain('http://localhost:3001');
    expect(directive(contentSecurityPolicyMeta({ SEKRETARIAT_GRAPH_BASE_URL: 'http://localhost:4301/v1.0' }), 'connect-src')).toContain(
      'http://localhost:4301',
    );
    expect(directive(contentSecurityPolicyMeta(TENANT), 'connect-src')).toEqual(
      expect.arrayContaining(['https://login.microsoftonline.com', 'https://*.sharepoint.com']),
    );
  });

  it('runs only our scripts and office.js: no inline script, no eval, no plugins', () => {
    const policy = contentSecurityPolicyMeta(TENANT);
    expect(directive(policy, 'script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com', 'https://res.cdn.office.net']);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*(?!\.)/);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri')).toEqual(["'self'"]);
  });

  it('allows inline style only as empty elements (Fluent fills them through the CSSOM) and the page template’s own rule', () => {
    const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(directive(contentSecurityPolicyMeta(TENANT), 'style-src')).toEqual(["'self'", hash(''), hash(PAGE_STYLE)]);
  });

  it('names who may frame the app only in the header (browsers ignore frame-ancestors in a meta tag)', () => {
    const meta = contentSecurityPolicyMeta(TENANT);
    const header = contentSecurityPolicyHeader(TENANT);
    expect(directive(meta, 'frame-ancestors')).toEqual([]);
    expect(header).toBe(`${meta}; frame-ancestors ${FRAME_ANCESTORS.join(' ')}`);
    expect(FRAME_ANCESTORS).toEqual(
      expect.arrayContaining([
        'https://teams.microsoft.com',
        'https://*.cloud.microsoft',
        'https://outlook.office.com',
        'https://*.office.com',
      ]),
    );
  });
});
