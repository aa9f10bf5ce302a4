// The walk's four callers' tokens, from the environment or from a token command run once per role — the way a
// tenant's tokens are had (`az account get-access-token …`, a script around MSAL, the sandbox's token endpoint).
// A role without a token is reported, and its steps are skipped rather than failed.
import { spawnSync } from 'node:child_process';
import type { Who } from '../walk';
import { LIVE_ROLE_ENV, LIVE_TOKEN_COMMAND_ENV } from './live-config';

export type Role = Exclude<Who, 'anonymous'>;
export const ROLES: readonly Role[] = ['secretary', 'chair', 'member', 'app'];

export interface LiveTokens {
  readonly tokens: Partial<Record<Role, string>>;
  /** Why a role has none, e.g. "the token command exited with 1: …". */
  readonly missing: Partial<Record<Role, string>>;
}

const tokenEnv = (role: Role): string => `SEKRETARIAT_LIVE_TOKEN_${role.toUpperCase()}`;

/** A JWT or an opaque bearer: one line of URL-safe characters, nothing else (a command's chatter is not a token). */
const TOKEN_SHAPE = /^[A-Za-z0-9._~+/=-]{16,}$/;

function fromCommand(command: string, role: Role, env: NodeJS.ProcessEnv): { token?: string; why?: string } {
  const run = spawnSync(command, {
    shell: true,
    env: { ...env, [LIVE_ROLE_ENV]: role },
    encoding: 'utf8',
    timeout: 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (run.error) return { why: `the token command could not run: ${run.error.message}` };
  if (run.status !== 0) return { why: `the token command exited with ${String(run.status)}: ${run.stderr.trim().slice(0, 200)}` };
  const token = run.stdout.trim();
  if (!TOKEN_SHAPE.test(token)) return { why: 'the token command printed something that is not a token' };
  return { token };
}

export function liveTokens(env: NodeJS.ProcessEnv): LiveTokens {
  const tokens: Partial<Record<Role, string>> = {};
  const missing: Partial<Record<Role, string>> = {};
  const command = env[LIVE_TOKEN_COMMAND_ENV]?.trim();
  for (const role of ROLES) {
    const given = env[tokenEnv(role)]?.trim();
    if (given) {
      tokens[role] = given;
      continue;
    }
    if (!command) {
      missing[role] = `neither ${tokenEnv(role)} nor ${LIVE_TOKEN_COMMAND_ENV} is set`;
      continue;
    }
    const got = fromCommand(command, role, env);
    if (got.token !== undefined) tokens[role] = got.token;
    else missing[role] = got.why ?? 'no token';
  }
  return { tokens, missing };
}
