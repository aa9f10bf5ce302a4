import type { CliIo } from '../cli-command';

/** One line of doctor's report: what was checked, and for a failure what to do about it. */
export interface CheckLine {
  readonly ok: boolean;
  /** Danish / English, naming the exact thing (list, column, scope, permission). */
  readonly what: string;
  /** What to run or change to fix it (failures only). */
  readonly fix?: string;
}

export const passed = (what: string): CheckLine => ({ ok: true, what });
export const failed = (what: string, fix: string): CheckLine => ({ ok: false, what, fix });

export function printCheck(io: CliIo, line: CheckLine): void {
  io.out(`${line.ok ? '✓' : '✗'} ${line.what}`);
  if (!line.ok && line.fix) io.out(`    → ${line.fix}`);
}
