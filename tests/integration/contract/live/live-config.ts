// What `npm run test:live` is pointed at: a Graph base URL, where the tokens come from, the throwaway test forum
// (a JSON file of addresses, so the same file serves a tenant and the sandbox) and whether it may write.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';

export const LIVE_BASE_URL_ENV = 'SEKRETARIAT_LIVE_BASE_URL';
export const LIVE_FORUM_ENV = 'SEKRETARIAT_LIVE_FORUM';
export const LIVE_TOKEN_COMMAND_ENV = 'SEKRETARIAT_LIVE_TOKEN_COMMAND';
/** The role a token command is asked for (secretary, chair, member, app). */
export const LIVE_ROLE_ENV = 'SEKRETARIAT_LIVE_ROLE';

/** The throwaway forum: only test accounts, a group and mailbox made for this and nothing else. */
const ForumFile = z.object({
  /** The forum's Microsoft 365 group, provisioned by `sekretariat provision --forum`. */
  groupId: z.string().min(1),
  /** A group the chair is not a member of (the 403 probe; the application must not be granted its site). */
  otherGroupId: z.string().min(1),
  /** userPrincipalName or address of each role's test account. */
  secretary: z.string().min(3),
  chair: z.string().min(3),
  member: z.string().min(3),
  /** The forum's shared submission mailbox. */
  sharedMailbox: z.string().min(3),
  /** A test address outside the forum that receives the walk's mails. */
  outsideRecipient: z.string().min(3),
  /**
   * The Teams join link of a forum meeting in the group's calendar that has been held (the secretary its organiser):
   * the meeting side panel's reads — the meeting by its join link, its attendance reports — are checked on it.
   * Without it they are listed as not checked.
   */
  meetingJoinUrl: z.url().optional(),
});
export type LiveForum = z.infer<typeof ForumFile>;

export interface LiveConfig {
  /** Graph's root, e.g. https://graph.microsoft.com/v1.0. */
  readonly graphUrl: string;
  readonly forumFile: string;
  readonly forum: LiveForum;
  readonly writes: boolean;
  /** Where the JSON report goes; the text report goes to standard output and beside it as .txt. */
  readonly reportFile: string;
}

/** A usage mistake: said in one sentence with what to do, exit 2. */
export class LiveUsageError extends Error {}

export const LIVE_USAGE = `npm run test:live -- [--write] [--forum forum.json] [--report live-report.json]

  ${LIVE_BASE_URL_ENV}       Graph's root, e.g. https://graph.microsoft.com/v1.0 (or --base-url)
  ${LIVE_FORUM_ENV}          the test forum's JSON file (or --forum)
  ${LIVE_TOKEN_COMMAND_ENV}  a command that prints an access token for the role in ${LIVE_ROLE_ENV}
  SEKRETARIAT_LIVE_TOKEN_SECRETARY / _CHAIR / _MEMBER / _APP   tokens given directly instead
  --write   also create, change, send and delete inside the test forum, and clean up after`;

function option(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  const arg = args[at] ?? '';
  if (arg.includes('=')) return arg.slice(arg.indexOf('=') + 1);
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new LiveUsageError(`${name} needs a value`);
  return value;
}

const KNOWN = new Set(['--write', '--forum', '--report', '--base-url', '--help']);

/** Reads the run's configuration from its arguments and environment; refuses what would point it at the wrong place. */
export function liveConfig(args: readonly string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): LiveConfig {
  if (args.some((a) => /^--(token|.*-token)(=|$)/.test(a)))
    throw new LiveUsageError('tokens are not taken as arguments (shell history, process list): use the environment');
  const unknown = args.filter((a) => a.startsWith('--') && !KNOWN.has(a.split('=')[0] ?? a));
  if (unknown.length > 0) throw new LiveUsageError(`unknown option ${unknown.join(', ')}\n\n${LIVE_USAGE}`);
  const base = (option(args, '--base-url') ?? env[LIVE_BASE_URL_ENV] ?? '').trim().replace(/\/+$/, '');
  if (base === '') throw new LiveUsageError(`no base URL: set ${LIVE_BASE_URL_ENV}\n\n${LIVE_USAGE}`);
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new LiveUsageError(`${LIVE_BASE_URL_ENV} is not a URL: ${base}`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !local) throw new LiveUsageError(`${base}: tokens go only over https (or to localhost)`);
  if (!/\/v1\.0$/.test(url.pathname)) throw new LiveUsageError(`${base}: the base URL ends in /v1.0 (the contract is Graph v1.0's)`);
  const forumFile = option(args, '--forum') ?? env[LIVE_FORUM_ENV];
  if (forumFile === undefined || forumFile.trim() === '') throw new LiveUsageError(`no test forum: set ${LIVE_FORUM_ENV} or --forum`);
  const forumPath = resolve(cwd, forumFile);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(forumPath, 'utf8'));
  } catch (e) {
    throw new LiveUsageError(`the test forum file ${forumPath} could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = ForumFile.safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.') || '(file)').join(', ');
    throw new LiveUsageError(`the test forum file ${forumPath} lacks or misspells: ${fields}`);
  }
  return {
    graphUrl: base,
    forumFile: forumPath,
    forum: parsed.data,
    writes: args.includes('--write'),
    reportFile: resolve(cwd, option(args, '--report') ?? 'live-report.json'),
  };
}
