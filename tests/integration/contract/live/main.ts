/**
 * `npm run test:live`: the contract walk of tests/integration/contract — the same steps, batch, error probes and shape
 * checks the sandbox's own test runs — against any Graph v1.0 root: a tenant, or a sandbox known only by its URL and
 * token source. Read-only unless --write; with --write it writes only inside the test forum and takes away what it
 * made, also when a check fails. Exit 0: no differences and a clean clean-up; 1: differences; 2: usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { graphModel } from '../../../support/csdl/metadata';
import { isJsonObject } from '../../../support/csdl/check';
import { runBatchCheck } from '../batch';
import { runErrorProbes } from '../errors';
import { emptyResult, runSteps } from '../runner';
import type { Exchange, WalkEnv, WalkResult } from '../runner';
import { ALL_STEPS } from '../steps';
import { Ids } from '../walk';
import { runBehaviourChecks } from './live-behaviour';
import { emptyOutcome, MovedMail, runUndos, sweepUndos, undoFor } from './live-cleanup';
import type { CleanupOutcome, Undo } from './live-cleanup';
import { LIVE_FORUM_ENV, LIVE_USAGE, LiveUsageError, liveConfig } from './live-config';
import type { LiveConfig } from './live-config';
import { buildReport, reportPassed, reportText } from './live-report';
import { liveSender } from './live-send';
import type { LiveSender } from './live-send';
import { liveTokens, ROLES } from './live-tokens';
import type { LiveTokens, Role } from './live-tokens';

/** The days the calendar steps put their events on (steps-calendar.ts), for finding attendee copies again. */
const EVENT_DAYS = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'];

/** A person's object id and address, looked up by the address the forum file gives. */
async function lookUp(sender: LiveSender, token: string, who: string): Promise<{ id: string; mail: string }> {
  const res = await sender.send('GET', `/users/${encodeURIComponent(who)}?$select=id,mail,userPrincipalName`, { token });
  const body = isJsonObject(res.body) ? res.body : {};
  if (res.status !== 200 || typeof body['id'] !== 'string')
    throw new LiveUsageError(`${who} from the test forum file: GET /users answered ${res.status}`);
  return { id: body['id'], mail: typeof body['mail'] === 'string' ? body['mail'] : who };
}

async function forumIds(config: LiveConfig, sender: LiveSender, tokens: LiveTokens, runId: string): Promise<Ids> {
  const reader = tokens.tokens.secretary ?? tokens.tokens.chair ?? tokens.tokens.member ?? tokens.tokens.app;
  if (reader === undefined) throw new LiveUsageError('no token for any role: nothing can be checked');
  const f = config.forum;
  const [secretary, chair, member, shared] = [
    await lookUp(sender, reader, f.secretary),
    await lookUp(sender, reader, f.chair),
    await lookUp(sender, reader, f.member),
    await lookUp(sender, reader, f.sharedMailbox),
  ];
  return new Ids({
    runId,
    groupId: f.groupId,
    otherGroupId: f.otherGroupId,
    secretaryId: secretary.id,
    secretaryMail: secretary.mail,
    chairId: chair.id,
    chairMail: chair.mail,
    memberId: member.id,
    memberMail: member.mail,
    patientMail: f.outsideRecipient,
    sharedMailboxId: shared.id,
    ...(f.meetingJoinUrl === undefined ? {} : { seededJoinUrl: f.meetingJoinUrl }),
  });
}

/** What the walk left that it can name: the file folder it uploaded into. */
function walkLeftovers(ids: Ids): Undo[] {
  if (!ids.has('driveId') || !ids.has('folderId')) return [];
  return [
    {
      what: 'the walk\'s "Kontrakt" folder',
      method: 'DELETE',
      path: `/drives/${ids.seg('driveId')}/items/${ids.seg('folderId')}`,
      as: 'secretary',
    },
  ];
}

async function cleanUp(
  sender: LiveSender,
  tokens: LiveTokens,
  ids: Ids,
  ledger: readonly Undo[],
  moved: MovedMail,
): Promise<CleanupOutcome> {
  const outcome = emptyOutcome();
  await runUndos(sender.send, tokens.tokens, moved.undos(), outcome);
  await runUndos(sender.send, tokens.tokens, [...ledger].reverse(), outcome);
  await runUndos(sender.send, tokens.tokens, walkLeftovers(ids), outcome);
  const places = {
    runId: ids.get('runId'),
    groupId: ids.get('groupId'),
    sharedMailboxId: ids.get('sharedMailboxId'),
    eventDays: EVENT_DAYS,
  };
  for (let round = 0; round < 2; round += 1)
    await runUndos(sender.send, tokens.tokens, await sweepUndos(sender.send, tokens.tokens, places), outcome);
  return outcome;
}

export async function runLive(
  config: LiveConfig,
  env: NodeJS.ProcessEnv,
  now: () => Date = () => new Date(),
): Promise<ReturnType<typeof buildReport>> {
  const startedAt = now();
  const runId = `live${String(startedAt.getTime() % 1_000_000_000)}`;
  // A token command reads the forum file too (which account is which role), wherever the path came from.
  const tokens = liveTokens({ ...env, [LIVE_FORUM_ENV]: config.forumFile });
  const sender = liveSender(config.graphUrl);
  const ids = await forumIds(config, sender, tokens, runId);
  const ledger: Undo[] = [];
  const moved = new MovedMail();
  const observe = (ex: Exchange): void => {
    const undo = undoFor(ex);
    if (undo !== undefined) ledger.push(undo);
    moved.record(ex, isJsonObject(ex.body) ? ex.body['destinationId'] : undefined);
  };
  const walkEnv: WalkEnv = { send: sender.send, model: graphModel(), tokens: tokens.tokens, ids, writes: config.writes, observe };
  const results: WalkResult[] = [emptyResult(), emptyResult(), emptyResult(), emptyResult()];
  const [steps, batch, errors, behaviour] = results as [WalkResult, WalkResult, WalkResult, WalkResult];
  let cleanup: CleanupOutcome | undefined;
  try {
    await runSteps(walkEnv, ALL_STEPS, steps);
    await runBatchCheck(walkEnv, ALL_STEPS, batch);
    await runErrorProbes(walkEnv, errors);
    await runBehaviourChecks(walkEnv, behaviour);
  } finally {
    if (config.writes) cleanup = await cleanUp(sender, tokens, ids, ledger, moved);
  }
  const tokenLines = ROLES.map((role: Role) => ({
    role,
    present: tokens.tokens[role] !== undefined,
    ...(tokens.missing[role] !== undefined ? { why: tokens.missing[role] } : {}),
  }));
  return buildReport(
    { target: config.graphUrl, mode: config.writes ? 'write' : 'read-only', runId, startedAt: startedAt.toISOString(), tokens: tokenLines },
    results,
    sender.throttled,
    cleanup,
    now(),
  );
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(LIVE_USAGE);
    return 0;
  }
  try {
    const config = liveConfig(args, process.env);
    const report = await runLive(config, process.env);
    const text = reportText(report);
    mkdirSync(dirname(config.reportFile), { recursive: true });
    writeFileSync(config.reportFile, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(config.reportFile.replace(/\.json$/, '') + '.txt', `${text}\n`);
    console.log(text);
    console.log(`\nReport: ${config.reportFile}`);
    return reportPassed(report) ? 0 : 1;
  } catch (e) {
    if (e instanceof LiveUsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  void main().then((code) => process.exit(code));
}
