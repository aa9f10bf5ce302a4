import mammoth from 'mammoth';
import { breakTextIntoLines, PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

/**
 * What the sandbox's `content?format=pdf` does without LibreOffice: a .docx's paragraphs read by mammoth, laid out
 * by pdf-lib on A4 in Helvetica (WinAnsi, so æ, ø, å, – and • print) — headings in bold, lines wrapped to the page
 * width, paginated. It is not a layout engine: tables and bullets become plain paragraphs.
 */

/** A paragraph of a document: its text ("\n" where the paragraph breaks a line) and, for a heading, its level. */
export interface TextParagraph {
  readonly text: string;
  readonly heading?: 1 | 2 | 3;
}

/** The part of mammoth's document tree read here (mammoth's `transformDocument` hands it over untyped). */
interface DocxElement {
  readonly type: string;
  readonly children?: readonly DocxElement[];
  readonly value?: string;
  readonly styleName?: string | null;
}

const textOf = (e: DocxElement): string => {
  if (e.type === 'text') return e.value ?? '';
  if (e.type === 'tab') return ' ';
  if (e.type === 'break') return '\n';
  return (e.children ?? []).map(textOf).join('');
};

/** "Heading 1" (Word's built-in name, whatever the display language), "Title": the level; else undefined. */
function headingLevel(styleName: string | null | undefined): TextParagraph['heading'] {
  if (styleName === 'Title') return 1;
  const level = Number(/^heading (\d)$/i.exec(styleName ?? '')?.[1]);
  return level >= 1 ? (Math.min(level, 3) as 1 | 2 | 3) : undefined;
}

function paragraphsIn(e: DocxElement, out: TextParagraph[]): TextParagraph[] {
  if (e.type === 'paragraph') {
    const heading = headingLevel(e.styleName);
    out.push({ text: textOf(e), ...(heading ? { heading } : {}) });
  } else {
    for (const child of e.children ?? []) paragraphsIn(child, out);
  }
  return out;
}

/** Each paragraph of a .docx's main document (table cells' too), in order; rejects bytes that are not a .docx. */
export async function docxParagraphs(bytes: Uint8Array): Promise<TextParagraph[]> {
  let document: DocxElement | undefined;
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      transformDocument: (element: DocxElement) => {
        document = element;
        return element;
      },
    },
  );
  if (!document) throw new Error('Not a Word document.');
  return paragraphsIn(document, []);
}

export interface PdfOptions {
  readonly title?: string;
}

const PAGE: [number, number] = [595, 842]; // A4 in points
const MARGIN = 56;
const WIDTH = PAGE[0] - 2 * MARGIN;
const BODY_SIZE = 11;
const HEADING_SIZE = { 1: 16, 2: 13, 3: BODY_SIZE } as const;

interface Line {
  readonly text: string;
  readonly font: PDFFont;
  readonly size: number;
  /** Space above the line, in points (a heading gets some; none at the top of a page). */
  readonly before: number;
}

/** The paragraph's lines at `size`, wrapped at spaces; a word wider than the page is cut where it must be. */
function wrap(text: string, font: PDFFont, size: number): string[] {
  const widthOf = (t: string): number => font.widthOfTextAtSize(t, size);
  return text.split('\n').flatMap((hard) => {
    const lines = breakTextIntoLines(hard, [' '], WIDTH, widthOf).flatMap((l) =>
      widthOf(l.trimEnd()) > WIDTH ? breakTextIntoLines(l, [''], WIDTH, widthOf) : [l],
    );
    return lines.length > 0 ? lines.map((l) => l.trimEnd()) : [''];
  });
}

/** The document as lines: headings bold, one blank line for any run of empty paragraphs. */
function layout(paragraphs: readonly TextParagraph[], regular: PDFFont, bold: PDFFont): Line[] {
  // Helvetica's standard encoding (WinAnsi) has no glyph for other characters: they print as "?".
  const printable = new Set(regular.getCharacterSet());
  const clean = (text: string): string =>
    Array.from(text.replace(/\t/g, ' '), (c) => (c === '\n' || printable.has(c.codePointAt(0) ?? 0) ? c : '?')).join('');
  const lines: Line[] = [];
  for (const p of paragraphs) {
    if (p.text.trim() === '') {
      if (lines.length > 0 && lines[lines.length - 1]?.text !== '') lines.push({ text: '', font: regular, size: BODY_SIZE, before: 0 });
      continue;
    }
    const size = p.heading ? HEADING_SIZE[p.heading] : BODY_SIZE;
    const font = p.heading ? bold : regular;
    wrap(clean(p.text), font, size).forEach((text, i) => lines.push({ text, font, size, before: p.heading && i === 0 ? size / 2 : 0 }));
  }
  return lines;
}

/** A PDF of the paragraphs on A4 pages; an empty document is one empty page. */
export async function textPdf(paragraphs: readonly TextParagraph[], opts: PdfOptions = {}): Promise<Uint8Array> {
  // No creation or modification date: the same document gives the same bytes.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(opts.title ?? '');
  pdf.setLanguage('da');
  pdf.setProducer('Sekretariat sandbox');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage(PAGE);
  let y = PAGE[1] - MARGIN;
  for (const line of layout(paragraphs, regular, bold)) {
    const leading = Math.round(line.size * 1.3);
    const atTop = y === PAGE[1] - MARGIN;
    if (y - line.before - leading < MARGIN) {
      page = pdf.addPage(PAGE);
      y = PAGE[1] - MARGIN;
    } else if (!atTop) {
      y -= line.before;
    }
    y -= leading;
    if (line.text !== '') page.drawText(line.text, { x: MARGIN, y, size: line.size, font: line.font });
  }
  return pdf.save();
}
