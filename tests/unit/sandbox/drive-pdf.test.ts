import { Document, Packer, Paragraph, TextRun } from 'docx';
import { docxParagraphs, layoutPages, textPdf, textWidth, wrapText } from '../../../src/sandbox/drive/pdf';

/** The sandbox's `content?format=pdf`: a .docx's paragraphs, and a real PDF 1.4 of them. */
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

function pageCount(pdf: string): number {
  return (pdf.match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

describe('docxParagraphs', () => {
  it('reads each paragraph of a Word document made by the docx package, entities decoded', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('Dagsorden for '), new TextRun({ text: 'Fjordklyngen', bold: true })] }), new Paragraph('Æbler & pærer <ok>'), new Paragraph('')] }],
    });
    const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
    expect(docxParagraphs(bytes)).toEqual(['Dagsorden for Fjordklyngen', 'Æbler & pærer <ok>', '']);
  });

  it('refuses bytes that are not a .docx', () => {
    expect(() => docxParagraphs(new TextEncoder().encode('not a zip'))).toThrow();
  });
});

describe('textPdf', () => {
  it('starts with %PDF-, ends with %%EOF, has a correct xref, and carries the text in WinAnsi (æøå, –, •)', () => {
    const pdf = latin1(textPdf(['Dagsorden – Klyngestyregruppen', '• at styregruppen godkender æøå ÆØÅ (punkt 1)'], { title: 'Dagsorden' }));
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding');
    expect(pdf).toContain('(Dagsorden \x96 Klyngestyregruppen) Tj');
    expect(pdf).toContain('(\x95 at styregruppen godkender æøå ÆØÅ \\(punkt 1\\)) Tj');
    expect(pageCount(pdf)).toBe(1);
    // Every xref offset points at its object.
    const start = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    const rows = pdf.slice(start).split('\n').slice(3).filter((l) => /^\d{10} 00000 n/.test(l));
    rows.forEach((row, i) => expect(pdf.slice(Number(row.slice(0, 10))).startsWith(`${i + 1} 0 obj`)).toBe(true));
  });

  it('wraps long paragraphs to the page width and paginates', () => {
    const long = Array.from({ length: 400 }, (_, i) => `ord${i}`).join(' ');
    const lines = wrapText(long, 11, 483);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.every((l) => textWidth(l, 11) <= 483)).toBe(true);
    expect(lines.join(' ')).toBe(long);
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Linje ${i + 1}`);
    const pages = layoutPages(paragraphs);
    const pdf = latin1(textPdf(paragraphs));
    expect(pages.length).toBe(Math.ceil(120 / (pages[0]?.length ?? 1)));
    expect(pageCount(pdf)).toBe(pages.length);
    expect(pdf).toContain(`/Count ${pages.length}`);
    expect(pdf).toContain('(Linje 120) Tj');
  });

  it('an empty document is one empty page', () => {
    expect(pageCount(latin1(textPdf([])))).toBe(1);
  });
});
