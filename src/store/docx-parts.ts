import { Document, ExternalHyperlink, Packer, Paragraph, TabStopType, TextRun, type HeadingLevel } from 'docx';
import { safeHref } from '../domain/agenda-document';

/**
 * The pieces a meeting's Word documents (the agenda, the minutes) are built from, so both keep one layout: header
 * lines as label–tab–value, bold labels, paragraphs from plain text, people grouped under a heading, bullets, and
 * the document itself. This module carries the `docx` package: import it only from modules loaded through `import()`.
 */

export const TAB = 2600;

/** "Tidspunkt:<tab>torsdag …" — the value a link when `link` is a safe http(s) address. */
export function labelled(label: string, value: string, link?: string): Paragraph {
  const href = safeHref(link);
  return new Paragraph({
    tabStops: [{ type: TabStopType.LEFT, position: TAB }],
    children: [
      new TextRun({ text: `${label}:`, bold: true }),
      new TextRun({ text: '\t' }),
      href ? new ExternalHyperlink({ link: href, children: [new TextRun({ text: value, style: 'Hyperlink' })] }) : new TextRun({ text: value }),
    ],
  });
}

/** A heading; `newPage` starts it on a page of its own (an appendix). */
export const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], newPage = false): Paragraph =>
  new Paragraph({ heading: level, ...(newPage ? { pageBreakBefore: true } : {}), children: [new TextRun({ text })] });

/** A monospaced font Word and LibreOffice both have (LibreOffice maps it to the metric-equal Liberation Mono). */
const MONO = 'Courier New';

/**
 * "SHA-256:<tab>e3b0c442…" — a value to compare character by character (a hash) in a small monospaced run, so all
 * 64 hex digits of a SHA-256 stay on the header's line (8 pt Courier New: about 307 pt after the tab on A4).
 */
export function labelledCode(label: string, code: string): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.LEFT, position: TAB }],
    children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun({ text: '\t' }), new TextRun({ text: code, font: MONO, size: 16 })],
  });
}

/** A note under a heading: plain text in italics. */
export const note = (text: string): Paragraph => new Paragraph({ spacing: { before: 60, after: 120 }, children: [new TextRun({ text, italics: true })] });

export const bold = (text: string): Paragraph => new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text, bold: true })] });

/** Plain text as paragraphs: blank lines part paragraphs, single newlines become line breaks. */
export function textParagraphs(text: string): Paragraph[] {
  return text.split(/\n{2,}/).map((p) => new Paragraph({ children: p.split('\n').map((l, i) => new TextRun({ text: l, ...(i > 0 ? { break: 1 } : {}) })) }));
}

/** "Inviterede:" / "Deltagere:" and the people under each group's name, indented to the header's tab. */
export function groupedPeople(title: string, groups: readonly { readonly name: string; readonly lines: readonly string[] }[]): Paragraph[] {
  if (groups.length === 0) return [];
  return [
    bold(`${title}:`),
    ...groups.flatMap((g) => [
      new Paragraph({ spacing: { before: 120 }, indent: { left: TAB }, children: [new TextRun({ text: g.name, bold: true })] }),
      ...g.lines.map((line) => new Paragraph({ indent: { left: TAB }, children: [new TextRun({ text: line })] })),
    ]),
  ];
}

/** A bold label and the items as bullets (nothing when there are none). */
export function labelledBullets(label: string, items: readonly string[]): Paragraph[] {
  return items.length === 0 ? [] : [bold(label), ...items.map((r) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: r })] }))];
}

export function meetingDocx(meta: { readonly title: string; readonly description: string }, children: readonly Paragraph[]): Document {
  return new Document({
    creator: 'Sekretariat',
    title: meta.title,
    description: meta.description,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: [...children] }],
  });
}

export async function docxBytes(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
