import { runCommand } from '../../src/cli/commands/run';
import type { CliIo } from '../../src/cli/cli-command';

/** What the handler uses of the Functions host's InvocationContext (`@azure/functions`). */
export interface TimerLog {
  log(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** What it reads of the timer (`@azure/functions` Timer). */
export interface TimerInfo {
  readonly isPastDue: boolean;
}

/**
 * The timer's handler: exactly `sekretariat run` — the same command, the same environment (the Function app's
 * settings), its lines in the invocation's log. A pass that failed anywhere fails the invocation, so the host's
 * monitoring shows it; the next tick runs again (every step is safe to repeat).
 */
export async function runTimer(
  timer: TimerInfo,
  context: TimerLog,
  local: { readonly env?: CliIo['env']; readonly args?: readonly string[] } = {},
): Promise<void> {
  if (timer.isPastDue) context.log('Forsinket kørsel / the timer is past due: running now');
  const io: CliIo = {
    out: (text) => context.log(text),
    err: (text) => context.error(text),
    env: local.env ?? process.env,
    cwd: process.cwd(),
  };
  // The host passes no arguments (the certificate from the app settings); a local test passes `--sandbox-app`.
  const code = await runCommand.run(local.args ?? [], io);
  if (code !== 0) throw new Error(`sekretariat run sluttede med ${code} / ended with exit code ${code}: se loggen / see the log`);
}
