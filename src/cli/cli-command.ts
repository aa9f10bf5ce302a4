import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

/** Where a command writes and what it reads from its surroundings; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** All of standard input, read only when a command asks for it (`--token-stdin`); absent: nothing is piped in. */
  readonly readStdin?: () => Promise<string>;
}

export interface CliCommand {
  readonly name: string;
  /** One line for `--help`: Danish first, then English. */
  readonly summary: string;
  /** Arguments as shown in `--help`, e.g. "[--base-url URL]". */
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Wrong arguments: the CLI prints usage and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/** `node:util` parseArgs, with its errors turned into `UsageError`. */
export function parseOptions<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function readProcessStdin(): Promise<string> {
  if (process.stdin.isTTY)
    process.stderr.write('Indsæt token(s), én pr. linje, og afslut med Ctrl-D / paste the token(s), one per line, then Ctrl-D\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

export const processIo = (): CliIo => ({
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
  readStdin: readProcessStdin,
});

/** The pass's "now": the clock, or `--now`, which only a dry run may set (a real send is never dated otherwise). */
export function passClock(options: { readonly now?: string | undefined; readonly 'dry-run'?: boolean | undefined }): Date {
  if (options.now !== undefined && options['dry-run'] !== true)
    throw new UsageError('--now kan kun bruges med --dry-run / only with --dry-run');
  const now = options.now === undefined ? new Date() : new Date(options.now);
  if (Number.isNaN(now.getTime()))
    throw new UsageError(`--now skal være et ISO-tidspunkt / must be an ISO date-time: ${options.now ?? ''}`);
  return now;
}
