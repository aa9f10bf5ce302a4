/**
 * A token command for `npm run test:live` against a sandbox (SEKRETARIAT_LIVE_TOKEN_COMMAND="node --import tsx
 * tests/integration/contract/live/sandbox-token-command.ts"): prints the access token of the role in
 * SEKRETARIAT_LIVE_ROLE, got from the sandbox's token endpoint over HTTP by the app's own SandboxTokenProvider — as
 * `az account get-access-token` would print a tenant's. The account is the role's in the test forum file; the
 * application is the unattended run's registration.
 */
import { readFileSync } from 'node:fs';
import { SandboxTokenProvider } from '../../../../src/auth/sandbox-token-provider';
import { GRAPH_SCOPES } from '../../../../src/auth/token-provider';
import { SANDBOX_AUTOMATION_APP_ID } from '../../../../src/config/app-config';
import { LIVE_BASE_URL_ENV, LIVE_FORUM_ENV, LIVE_ROLE_ENV } from './live-config';

async function main(): Promise<void> {
  const role = process.env[LIVE_ROLE_ENV];
  const base = process.env[LIVE_BASE_URL_ENV];
  const forumFile = process.env[LIVE_FORUM_ENV];
  if (!role || !base || !forumFile) throw new Error(`${LIVE_ROLE_ENV}, ${LIVE_BASE_URL_ENV} and ${LIVE_FORUM_ENV} must be set`);
  const origin = new URL(base).origin;
  let provider: SandboxTokenProvider;
  if (role === 'app') {
    provider = SandboxTokenProvider.forApp(origin, process.env.SEKRETARIAT_AUTOMATION_APP_ID ?? SANDBOX_AUTOMATION_APP_ID);
  } else {
    const forum = JSON.parse(readFileSync(forumFile, 'utf8')) as Record<string, unknown>;
    const account = forum[role];
    if (typeof account !== 'string') throw new Error(`the test forum file names no account for ${role}`);
    provider = new SandboxTokenProvider(origin, account);
  }
  process.stdout.write(`${await provider.getAccessToken(GRAPH_SCOPES)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
