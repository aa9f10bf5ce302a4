import { strFromU8, unzipSync } from 'fflate';

/**
 * What the sandbox's `content?format=pdf` needs: the paragraphs' text of a .docx (w:p / w:t), and a small but real
 * PDF 1.4 writer — Helvetica with WinAnsiEncoding (so æ, ø, å, – and • print), lines wrapped to the page width and
 * paginated on A4. It is not a layout engine: headings, tables and bullets become plain paragraphs.
 */

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return XML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of each paragraph of a .docx's main document, in order; throws when the bytes are not a .docx. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  const doc = files['word/document.xml'];
  if (!doc) throw new Error('Not a Word document: word/document.xml is missing.');
  const xml = strFromU8(doc);
  const paragraphs: string[] = [];
  for (const p of xml.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    let text = '';
    for (const run of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)) {
      if (run[2] === 'tab') text += ' ';
      else if (run[2] === 'br') text += '\n';
      else text += decodeXml(run[1] ?? '');
    }
    paragraphs.push(text);
  }
  return paragraphs;
}

// Helvetica's advance widths (1/1000 em) for ASCII 32–126, from the standard 14 fonts' AFM.
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const WIDE: Readonly<Record<string, number>> = { æ: 889, Æ: 1000, ø: 611, Ø: 778, å: 556, Å: 667, '–': 556, '—': 1000, '•': 350, '…': 1000, '€': 556 };

function charWidth(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32] ?? 556;
  return WIDE[c] ?? 556;
}

/** Width of a string in points at `size`. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const c of text) w += charWidth(c);
  return (w * size) / 1000;
}

// WinAnsiEncoding is Latin-1 above 0xA0; 0x80–0x9F hold typographic characters.
const WIN_ANSI_EXTRA: Readonly<Record<string, number>> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '™': 0x99 };

function winAnsiByte(c: string): number {
  const code = c.codePointAt(0) ?? 63;
  if ((code >= 32 && code <= 126) || (code >= 0xa0 && code <= 0xff)) return code;
  return WIN_ANSI_EXTRA[c] ?? 63; // '?'
}

/** A PDF string literal of WinAnsi bytes, as a binary (latin1) JS string. */
function pdfString(text: string): string {
  let out = '(';
  for (const c of text) {
    const b = winAnsiByte(c);
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else out += String.fromCharCode(b);
  }
  return `${out})`;
}

/** Breaks a paragraph into lines no wider than `width` points (a word longer than a line is cut). */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const hard of text.split('\n')) {
    let line = '';
    for (const word of hard.split(/\s+/).filter((w) => w !== '')) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (textWidth(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && textWidth(rest.slice(0, cut), size) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export interface PdfOptions {
  readonly fontSize?: number;
  readonly title?: string;
}

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;

/** The pages' lines: paragraphs wrapped, a blank line between paragraphs, as many lines per page as fit. */
export function layoutPages(paragraphs: readonly string[], fontSize = 11): string[][] {
  const leading = Math.round(fontSize * 1.3);
  const perPage = Math.max(1, Math.floor((PAGE_HEIGHT - 2 * MARGIN) / leading));
  const lines: string[] = [];
  for (const p of paragraphs) {
    if (p.trim() === '') {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    lines.push(...wrapText(p, fontSize, PAGE_WIDTH - 2 * MARGIN));
  }
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  return pages.length > 0 ? pages : [[]];
}

/** A PDF 1.4 document of the paragraphs: one Helvetica font, uncompressed content streams, a correct xref table. */
export function textPdf(paragraphs: readonly string[], opts: PdfOptions = {}): Uint8Array {
  const fontSize = opts.fontSize ?? 11;
  const leading = Math.round(fontSize * 1.3);
  const pages = layoutPages(paragraphs, fontSize);
  // Objects: 1 catalog, 2 pages, 3 font, 4 info, then per page: page object and its content stream.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< /Producer (Sekretariat sandbox) /Title ${pdfString(opts.title ?? '')} >>`;
  pages.forEach((lines, i) => {
    const pageId = pageIds[i] ?? 0;
    const ops = ['BT', `/F1 ${fontSize} Tf`, `${leading} TL`, `${MARGIN} ${PAGE_HEIGHT - MARGIN - fontSize} Td`];
    for (const line of lines) ops.push(`${pdfString(line)} Tj T*`);
    ops.push('ET');
    const stream = ops.join('\n');
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id] ?? 'null'}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1) out += `${String(offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is one byte (latin1), so string offsets are byte offsets.
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i += 1) bytes[i] = out.charCodeAt(i) & 0xff;
  return bytes;
}
