import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';

/**
 * Reading a PDF the way a test needs to: its objects as text (also those inside compressed object streams), its
 * bookmark titles (LibreOffice makes one per heading), and its text as poppler extracts it.
 */

/** A PDF text string: literal "(…)" or hex "<FEFF…>" (UTF-16BE), decoded. */
export function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const bytes = Buffer.from(raw.slice(1, -1).replace(/\s+/g, ''), 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return raw.slice(1, -1).replace(/\\(.)/g, '$1');
}

/** The document's objects as text: the uncompressed ones and those inside compressed object streams. */
export function pdfObjectsText(bytes: Buffer): string {
  const latin = bytes.toString('latin1');
  const parts = [latin];
  for (const m of latin.matchAll(/\/Type\s*\/ObjStm[^]*?stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    try {
      parts.push(inflateSync(bytes.subarray(start, bytes.indexOf('endstream', start))).toString('latin1'));
    } catch {
      // not a Flate stream: nothing to add
    }
  }
  return parts.join('\n');
}

/** The bookmarks' titles (the headings, in a PDF LibreOffice made). */
export function pdfBookmarkTitles(bytes: Buffer): string[] {
  return [...pdfObjectsText(bytes).matchAll(/\/Title\s*(<[0-9A-Fa-f\s]+>|\((?:\\.|[^\\)])*\))/g)].map((m) => pdfString(m[1] ?? ''));
}

/**
 * The PDF's text as poppler's `pdftotext -layout` reads it (Debian's poppler-utils; `.ci/run` installs it): what a
 * person reading the page sees, in reading order, labels and their values on one line.
 */
export function pdfText(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: bytes, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}

/**
 * The PDF's text as running words, every run of whitespace one space: where a line breaks depends on the fonts the
 * machine's LibreOffice finds, so a phrase (or a secret) is looked for across line ends.
 */
export function pdfWords(bytes: Buffer): string {
  return pdfText(bytes).replace(/\s+/g, ' ');
}
