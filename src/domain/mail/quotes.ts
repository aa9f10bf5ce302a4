import { QUOTE_MARKER } from './html-text';

/** Where an earlier message begins in a reply or forward, and whether it was forwarded. */
export interface ThreadSplit {
  /** The sender's own lines (before the first quote). */
  readonly own: readonly string[];
  /** The quoted/forwarded lines from the quote header on (header included), or empty. */
  readonly quoted: readonly string[];
  /** The quote header says "forwarded" ("---------- Forwarded message ---------", "Videresendt meddelelse" …). */
  readonly forwardHeader: boolean;
}

const SEPARATOR =
  /^\s{0,4}(?:-{2,}|_{2,}|={2,})\s{0,3}(?:original message|oprindelig meddelelse|original meddelelse|oprindelig besked|forwarded message|videresendt meddelelse|videresendt besked|weitergeleitete nachricht|ursprüngliche nachricht)\s{0,3}(?:-{2,}|_{2,}|={2,})?\s{0,4}$/i;
const FORWARD_WORDS = /forward|videresend|weitergeleitet/i;
const BEGIN_FORWARD = /^\s{0,4}(?:begin forwarded message|start på videresendt besked|videresendt besked)\s{0,3}:\s{0,4}$/i;
const HEADER_FROM = /^\s{0,4}\*{0,2}(?:fra|from|von|de)\s{0,2}:\*{0,2}\s/i;
const HEADER_FIELD =
  /^\s{0,4}\*{0,2}(?:fra|from|von|sendt|sent|gesendet|dato|date|datum|til|to|an|cc|bcc|emne|subject|betreff|vigtighed|importance|afsender|modtager)\s{0,2}:/i;
const HEADER_DATE = /^\s{0,4}\*{0,2}(?:sendt|sent|dato|date|gesendet|datum)\s{0,2}:/i;
const INLINE_HEADER = /^\s{0,4}(?:fra|from)\s{0,2}:.{1,300}\s(?:sendt|sent|dato|date)\s{0,2}:/i;
const WROTE_SHORT = /^.{1,300}\s(?:skrev|wrote)\s{0,3}:\s{0,4}$/i;
const UNDERSCORES = /^\s{0,4}_{8,}\s{0,4}$/;

/**
 * "Den 2. feb. 2027 kl. 10.12 skrev Katrine Holm <k@…>:", "On Tue, 2 Feb 2027, X wrote:" – checked with indexOf, not a
 * regex with two open-ended parts (that would backtrack quadratically on long lines).
 */
function wroteLine(line: string): boolean {
  const l = line.trim();
  if (l.length > 400 || !/^(?:den|on|am|le|d\.)\s/i.test(l)) return false;
  const lower = l.toLowerCase();
  if (![' skrev', ' wrote', ' schrieb', ' a écrit'].some((w) => lower.includes(w))) return false;
  return l.endsWith(':') || /(?:skrev|wrote|schrieb|écrit)(?:\s{1,3}følgende)?$/i.test(l);
}
const WROTE = { test: wroteLine };

/** "Katrine Holm <k@…> skrev:" — needs an address or a date, so "Lægen skrev:" in a case text is not a quote. */
const wroteShort = (line: string): boolean => WROTE_SHORT.test(line) && /[\d@]/.test(line);

const isQuoteLine = (line: string): boolean => /^\s{0,4}>/.test(line);

/** Index of the line where the quoted thread starts, or -1; `forward` when the header says forwarded. */
function quoteStart(lines: readonly string[]): { index: number; forward: boolean } {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > 400 && !isQuoteLine(line)) continue;
    if (line.trim() === QUOTE_MARKER || SEPARATOR.test(line)) {
      return { index: i, forward: FORWARD_WORDS.test(line) || forwardHeaderFollows(lines, i + 1) };
    }
    if (BEGIN_FORWARD.test(line)) return { index: i, forward: true };
    if (HEADER_FROM.test(line)) {
      for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) {
        if (HEADER_DATE.test(lines[j] ?? '')) return { index: withSeparatorAbove(lines, i), forward: false };
        if (!HEADER_FIELD.test(lines[j] ?? '')) break;
      }
    }
    if (INLINE_HEADER.test(line)) return { index: withSeparatorAbove(lines, i), forward: false };
    if (WROTE.test(line) || wroteShort(line)) return { index: i, forward: false };
    if (/^\s{0,4}(?:den|on)\s/i.test(line) && i + 1 < lines.length && wroteShort(`${line} ${lines[i + 1] ?? ''}`))
      return { index: i, forward: false };
    if (isQuoteLine(line)) return { index: i, forward: false };
  }
  return { index: -1, forward: false };
}

/** "____" (Outlook's plain-text reply line) just above the header belongs to the quote. */
function withSeparatorAbove(lines: readonly string[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (lines[k] ?? '').trim() === '') k--;
  return k >= 0 && UNDERSCORES.test(lines[k] ?? '') ? k : i;
}

function forwardHeaderFollows(lines: readonly string[], from: number): boolean {
  for (let j = from; j < Math.min(lines.length, from + 8); j++) {
    const line = lines[j] ?? '';
    if (/^\s{0,4}(?:emne|subject)\s{0,2}:\s{0,3}(?:fwd?|vs|wg|videresend)\s?:/i.test(line)) return true;
  }
  return false;
}

export function splitThread(lines: readonly string[]): ThreadSplit {
  const { index, forward } = quoteStart(lines);
  if (index < 0) return { own: lines, quoted: [], forwardHeader: false };
  return { own: lines.slice(0, index), quoted: lines.slice(index), forwardHeader: forward };
}

/**
 * The message inside a quoted/forwarded block: the separator and header fields ("Fra:", "Sendt:", "Til:", "Emne:")
 * dropped, "> " prefixes removed. Also returns the quoted subject ("Emne:"/"Subject:").
 */
export function unwrapQuoted(quoted: readonly string[]): { lines: string[]; subject: string | null } {
  let i = 0;
  let subject: string | null = null;
  const skipBlank = () => {
    while (i < quoted.length && (quoted[i] ?? '').trim() === '') i++;
  };
  const line0 = quoted[0] ?? '';
  if (
    line0.trim() === QUOTE_MARKER ||
    SEPARATOR.test(line0) ||
    BEGIN_FORWARD.test(line0) ||
    UNDERSCORES.test(line0) ||
    WROTE.test(line0) ||
    wroteShort(line0)
  )
    i = 1;
  else if (/^\s{0,4}(?:den|on)\s/i.test(line0) && wroteShort(`${line0} ${quoted[1] ?? ''}`)) i = 2;
  skipBlank();
  let fields = 0;
  while (i < quoted.length) {
    const line = (quoted[i] ?? '').replace(/^\s{0,4}>\s?/, '');
    if (HEADER_FIELD.test(line) || INLINE_HEADER.test(line)) {
      const m = /^\s{0,4}\*{0,2}(?:emne|subject|betreff)\s{0,2}:\*{0,2}\s{0,3}(.*)$/i.exec(line);
      if (m?.[1] !== undefined) subject = m[1].trim();
      fields++;
      i++;
      continue;
    }
    // A folded header value (a long "Til:" list) continues on an indented line.
    if (
      fields > 0 &&
      /^\s{2,}\S/.test(line) &&
      !/^\s{0,4}$/.test(line) &&
      i + 1 < quoted.length &&
      HEADER_FIELD.test(quoted[i + 1] ?? '')
    ) {
      i++;
      continue;
    }
    break;
  }
  const body = quoted.slice(i);
  const allQuoted = body.filter((l) => l.trim() !== '').every(isQuoteLine);
  return { lines: allQuoted ? body.map((l) => l.replace(/^\s{0,4}>\s?/, '')) : body, subject };
}
