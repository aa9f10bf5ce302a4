import { inflateSync } from 'node:zlib';

/**
 * Reading a PDF the way a test needs to, without a PDF library: its objects as text (also those inside compressed
 * object streams), its bookmark titles (LibreOffice makes one per heading), and the literal strings the sandbox's
 * plain text fallback writes. Enough to check structure and headings; not a text extractor.
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
 * What a test can read of a PDF's words: the bookmark titles, and the literal text runs of an uncompressed page (the
 * sandbox's plain text PDF). A laid-out PDF's body text is in compressed, font-encoded streams and is not included.
 */
export function pdfReadableText(bytes: Buffer): string {
  const runs = [...bytes.toString('latin1').matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'));
  return [...pdfBookmarkTitles(bytes), ...runs].join('\n');
}
