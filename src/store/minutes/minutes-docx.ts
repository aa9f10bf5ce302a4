import { HeadingLevel, Paragraph, TextRun, type Document } from 'docx';
import { MINUTES_LABELS, minutesHeaderLines, type MinutesDocument } from '../../domain/minutes/minutes-document';
import { bold, docxBytes, groupedPeople, heading, labelled, labelledBullets, meetingDocx, textParagraphs } from '../docx-parts';

/**
 * The minutes as a Word document, in the agenda's layout (the shared pieces in src/store/docx-parts.ts): "Referat
 * <forum>" as the title with the marking ("Udkast – version 2" / "Godkendt") under it, the header as label–tab–value
 * lines, the attendance by group, then "REFERAT" and each numbered item with Indstilling bullets, Referat and
 * Beslutning. This module carries the `docx` package: load it only through `import()`.
 */

export function minutesDocxDocument(doc: MinutesDocument): Document {
  const children: Paragraph[] = [
    heading(`${MINUTES_LABELS.minutes} ${doc.forumName}`, HeadingLevel.TITLE),
    new Paragraph({ children: [new TextRun({ text: doc.marking, bold: true, italics: true })] }),
    new Paragraph({ children: [new TextRun({ text: doc.meetingTitle, italics: true })] }),
    ...minutesHeaderLines(doc).map((l) => labelled(l.label, l.value)),
    ...groupedPeople(MINUTES_LABELS.attendance, doc.attendance.map((g) => ({ name: g.label, lines: g.people }))),
    heading(MINUTES_LABELS.minutes.toUpperCase(), HeadingLevel.HEADING_1),
  ];
  for (const item of doc.items) {
    children.push(heading(item.heading, HeadingLevel.HEADING_2));
    children.push(...labelledBullets(MINUTES_LABELS.recommendation, item.recommendations));
    if (item.referat) children.push(bold(MINUTES_LABELS.referat), ...textParagraphs(item.referat));
    if (item.beslutning) children.push(bold(MINUTES_LABELS.beslutning), ...textParagraphs(item.beslutning));
  }
  return meetingDocx({ title: `${MINUTES_LABELS.minutes} ${doc.forumName} ${doc.day}`, description: `${doc.meetingTitle} – ${doc.marking}` }, children);
}

/** The .docx bytes. */
export function renderMinutesDocx(doc: MinutesDocument): Promise<Uint8Array> {
  return docxBytes(minutesDocxDocument(doc));
}
