import { MAX_BODY_CHARS, MAX_LINE, MAX_LINES } from './limits';

/**
 * Plain text as the parser reads it: one newline style, no NBSP or zero-width characters, every line cut to
 * MAX_LINE, at most MAX_LINES lines, trailing spaces gone.
 */
export function toLines(text: string): string[] {
  const capped = text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
  const cleaned = capped
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  const lines = cleaned.split('\n', MAX_LINES);
  return lines.map((line) => (line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line).trimEnd());
}

/** Lines back to text: outer blank lines trimmed, runs of blank lines collapsed to one. */
export function joinLines(lines: readonly string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line.trim() === '' ? '' : line.trim());
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
