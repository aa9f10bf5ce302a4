/**
 * `npx tsx scripts/print-csp.ts`: the Content-Security-Policy header to send with dist/app's pages when hosting
 * them, for the same SEKRETARIAT_* environment the build had. The pages carry the policy in a meta tag already;
 * only a header can say who may frame them (Teams, Outlook, Microsoft 365).
 */
import { contentSecurityPolicyHeader } from './lib/content-security-policy';

console.log(contentSecurityPolicyHeader(process.env));
