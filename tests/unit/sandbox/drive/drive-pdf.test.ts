import { Document, HeadingLevel, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument } from 'pdf-lib';
import { docxParagraphs, textPdf } from '../../../../src/sandbox/drive/pdf';
import { pdfText } from '../../../support/pdf-reading';

/** The sandbox's `content?format=pdf` without LibreOffice: a .docx's paragraphs, and a PDF of them poppler reads. */
const docx = async (children: (Paragraph | Table)[]): Promise<Uint8Array> =>
  new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children }] })));
const text = async (pdf: Uint8Array): Promise<string> => pdfText(Buffer.from(pdf));
/** The page's text lines, each trimmed, blank ones left out. */
const lines = (t: string): string[] =>
  t
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

describe('docxParagraphs', () => {
  it('reads each paragraph of a Word document made by the docx package: runs joined, tabs as spaces, line breaks kept', async () => {
    const bytes = await docx([
      new Paragraph({ children: [new TextRun('Dagsorden for '), new TextRun({ text: 'Fjordklyngen', bold: true })] }),
      new Paragraph('Æbler & pærer <ok>'),
      new Paragraph({
        children: [
          new TextRun('Tid:'),
          new TextRun({ children: [new Tab()] }),
          new TextRun('kl. 9.00'),
          new TextRun({ text: 'Sted: Regionshuset', break: 1 }),
        ],
      }),
      new Paragraph(''),
    ]);
    expect((await docxParagraphs(bytes)).map((p) => p.text)).toEqual([
      'Dagsorden for Fjordklyngen',
      'Æbler & pærer <ok>',
      'Tid: kl. 9.00\nSted: Regionshuset',
      '',
    ]);
  });

  it("knows headings by Word's style, and reads table cells in order", async () => {
    const bytes = await docx([
      new Paragraph({ text: 'Dagsorden', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '1. Godkendelse af dagsorden', heading: HeadingLevel.HEADING_2 }),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph('Indstilling')] }),
              new TableCell({ children: [new Paragraph('Godkendes')] }),
            ],
          }),
        ],
      }),
    ]);
    expect(await docxParagraphs(bytes)).toEqual([
      { text: 'Dagsorden', heading: 1 },
      { text: '1. Godkendelse af dagsorden', heading: 2 },
      { text: 'Indstilling' },
      { text: 'Godkendes' },
    ]);
  });

  it('refuses bytes that are not a .docx', async () => {
    await expect(docxParagraphs(new TextEncoder().encode('not a zip'))).rejects.toThrow();
  });
});

describe('textPdf', () => {
  it('is a PDF poppler reads in order: headings, items, Danish letters, dashes, bullets and parentheses', async () => {
    const pdf = await textPdf(
      [
        { text: 'Dagsorden – Klyngestyregruppen', heading: 1 },
        { text: '1. Økonomi og årshjul', heading: 2 },
        { text: '• at styregruppen godkender æøå ÆØÅ (punkt 1) for 5 €' },
        { text: 'Emoji ✓ og 中 kan ikke skrives' },
      ],
      { title: 'Dagsorden' },
    );
    expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(lines(await text(pdf))).toEqual([
      'Dagsorden – Klyngestyregruppen',
      '1. Økonomi og årshjul',
      '• at styregruppen godkender æøå ÆØÅ (punkt 1) for 5 €',
      'Emoji ? og ? kan ikke skrives',
    ]);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Dagsorden');
    expect(doc.getPage(0).getSize()).toEqual({ width: 595, height: 842 });
  });

  it('wraps long paragraphs to the page width, cuts a word longer than a line, and paginates', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `ord${i}`).join(' ');
    const link = `https://teams.microsoft.com/l/meetup-join/${'x'.repeat(200)}`;
    const wrapped = lines(await text(await textPdf([{ text: long }, { text: link }])));
    expect(wrapped.length).toBeGreaterThan(12);
    expect(wrapped.slice(0, -3).join(' ')).toBe(long);
    expect(wrapped.slice(-3).join('')).toBe(link);

    const paragraphs = Array.from({ length: 120 }, (_, i) => ({ text: `Linje ${i + 1}` }));
    const pdf = await textPdf(paragraphs);
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    expect(pages).toBe(Math.ceil(120 / Math.floor((842 - 2 * 56) / Math.round(11 * 1.3))));
    const all = await text(pdf);
    expect(lines(all)).toEqual(paragraphs.map((p) => p.text));
    expect(all.split('\f').filter((p) => p.trim() !== '').length).toBe(pages);
  });

  it('keeps one blank line for a run of empty paragraphs', async () => {
    const t = await text(await textPdf([{ text: 'Første' }, { text: '' }, { text: '' }, { text: 'Anden' }]));
    expect(
      t
        .split('\n')
        .map((l) => l.trim())
        .slice(0, 3),
    ).toEqual(['Første', '', 'Anden']);
  });

  it('an empty document is one empty page', async () => {
    const pdf = await textPdf([]);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    expect((await text(pdf)).trim()).toBe('');
  });

  it('gives the same bytes for the same document', async () => {
    const paragraphs = [{ text: 'Referat', heading: 1 as const }, { text: 'Godkendt' }];
    expect(
      Buffer.from(await textPdf(paragraphs, { title: 'Referat' })).equals(Buffer.from(await textPdf(paragraphs, { title: 'Referat' }))),
    ).toBe(true);
  });
});
