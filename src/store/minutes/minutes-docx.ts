import { Document, HeadingLevel, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { MINUTES_LABELS, minutesHeaderLines, type MinutesDocument } from '../../domain/minutes/minutes-document';

/**
 * The minutes as a Word document, in the agenda's layout (src/store/agenda/agenda-docx.ts): "Referat <forum>" as the
 * title with the marking ("Udkast – version 2" / "Godkendt") under it, the header as label–tab–value lines, the
 * attendance by group, then "REFERAT" and each numbered item with Indstilling bullets, Referat and Beslutning.
 * This module carries the `docx` package: load it only through `import()`.
 */

const TAB = 2600;

const labelled = (label: string, value: string): Paragraph =>
  new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: TAB }], children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun({ text: '\t' }), new TextRun({ text: value })] });
const bold = (text: string): Paragraph => new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text, bold: true })] });

function textParagraphs(text: string): Paragraph[] {
  return text.split(/\n{2,}/).map((p) => new Paragraph({ children: p.split('\n').map((l, i) => new TextRun({ text: l, ...(i > 0 ? { break: 1 } : {}) })) }));
}

export function minutesDocxDocument(doc: MinutesDocument): Document {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: `${MINUTES_LABELS.minutes} ${doc.forumName}` })] }),
    new Paragraph({ children: [new TextRun({ text: doc.marking, bold: true, italics: true })] }),
    new Paragraph({ children: [new TextRun({ text: doc.meetingTitle, italics: true })] }),
    ...minutesHeaderLines(doc).map((l) => labelled(l.label, l.value)),
  ];
  if (doc.attendance.length > 0) {
    children.push(bold(`${MINUTES_LABELS.attendance}:`));
    for (const group of doc.attendance) {
      children.push(new Paragraph({ spacing: { before: 120 }, indent: { left: TAB }, children: [new TextRun({ text: group.label, bold: true })] }));
      for (const person of group.people) children.push(new Paragraph({ indent: { left: TAB }, children: [new TextRun({ text: person })] }));
    }
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: MINUTES_LABELS.minutes.toUpperCase() })] }));
  for (const item of doc.items) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: item.heading })] }));
    if (item.recommendations.length > 0) {
      children.push(bold(MINUTES_LABELS.recommendation));
      for (const r of item.recommendations) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: r })] }));
    }
    if (item.referat) children.push(bold(MINUTES_LABELS.referat), ...textParagraphs(item.referat));
    if (item.beslutning) children.push(bold(MINUTES_LABELS.beslutning), ...textParagraphs(item.beslutning));
  }
  return new Document({
    creator: 'Sekretariat',
    title: `${MINUTES_LABELS.minutes} ${doc.forumName} ${doc.day}`,
    description: `${doc.meetingTitle} – ${doc.marking}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
}

/** The .docx bytes. */
export async function renderMinutesDocx(doc: MinutesDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(minutesDocxDocument(doc)));
}
