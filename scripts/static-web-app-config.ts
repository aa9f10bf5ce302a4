/**
 * `npm run swa-config`: writes staticwebapp.config.json (Azure Static Web Apps' headers and routes for dist/app) for
 * Microsoft Graph's global cloud, or — with SEKRETARIAT_GRAPH_BASE_URL set, as for the build — for that Graph.
 * `tests/unit/scripts/lib/static-web-app-config.test.ts` checks the committed file is what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { staticWebAppConfigText, TENANT_ENV } from './lib/static-web-app-config';

const env = process.env.SEKRETARIAT_GRAPH_BASE_URL
  ? { ...TENANT_ENV, SEKRETARIAT_GRAPH_BASE_URL: process.env.SEKRETARIAT_GRAPH_BASE_URL }
  : TENANT_ENV;
const file = join(__dirname, '..', 'staticwebapp.config.json');
writeFileSync(file, staticWebAppConfigText(env));
console.log(`${file} skrevet / written (Graph ${env.SEKRETARIAT_GRAPH_BASE_URL ?? ''})`);
