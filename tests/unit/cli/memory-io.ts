import type { CliIo } from '../../../src/cli/cli-command';

/** A CliIo that keeps what was written, for assertions; `stdin` is what is piped in, if anything. */
export function memoryIo(
  env: Record<string, string | undefined> = {},
  cwd = process.cwd(),
  stdin?: string,
): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    env,
    cwd,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    ...(stdin !== undefined ? { readStdin: () => Promise.resolve(stdin) } : {}),
  };
}
