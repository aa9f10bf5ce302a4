import type { CliIo } from '../../../src/cli/command';

/** A CliIo that keeps what was written, for assertions. */
export function memoryIo(env: Record<string, string | undefined> = {}, cwd = process.cwd()): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, env, cwd, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}
