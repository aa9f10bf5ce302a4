import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

/** Where a command writes and what it reads from its surroundings; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
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

export const processIo = (): CliIo => ({
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
});
