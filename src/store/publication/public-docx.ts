import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { PUBLIC_LABELS, publicItemHeading, type PublicRecord } from '../../domain/public-record/public-record';
import { docxBytes, heading, labelled, labelledBullets, meetingDocx, meetingDocxMeta, textParagraphs } from '../docx-parts';

/**
 * The public record as a Word document, made only to become its tagged PDF (Graph's `content?format=pdf`; the
 * sandbox's LibreOffice export is tagged, with the headings as bookmarks and da-DK as its language): the title,
 * the meeting's facts, then an item per heading with what `publicRecord` lets through. Loaded through `import()`.
 */
export function renderPublicDocx(record: PublicRecord): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: `${record.title}: ${record.meetingTitle}` })] }),
    new Paragraph({ children: [new TextRun({ text: record.forumName, italics: true })] }),
  ];
  if (record.issued)
    children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: record.issued, italics: true })] }));
  children.push(labelled(PUBLIC_LABELS.time, `${record.date} ${record.timeSpan}`), labelled(PUBLIC_LABELS.form, record.form));
  if (record.room) children.push(labelled(PUBLIC_LABELS.room, record.room));
  for (const item of record.items) {
    children.push(heading(publicItemHeading(item), HeadingLevel.HEADING_1));
    if (item.caseNumber)
      children.push(new Paragraph({ children: [new TextRun({ text: `${PUBLIC_LABELS.caseNumber} ${item.caseNumber}`, italics: true })] }));
    if (item.closed) {
      children.push(new Paragraph({ children: [new TextRun({ text: PUBLIC_LABELS.closedNote })] }));
      if (item.reason) children.push(labelled(PUBLIC_LABELS.reason, item.reason));
      continue;
    }
    if (item.recommendations.length > 0) children.push(...labelledBullets(PUBLIC_LABELS.recommendation, item.recommendations));
    if (item.description) children.push(heading(PUBLIC_LABELS.description, HeadingLevel.HEADING_2), ...textParagraphs(item.description));
    if (item.bilag && item.bilag.length > 0) children.push(...labelledBullets(PUBLIC_LABELS.bilag, item.bilag));
    if (item.decision !== undefined)
      children.push(heading(PUBLIC_LABELS.decision, HeadingLevel.HEADING_2), ...textParagraphs(item.decision || PUBLIC_LABELS.noDecision));
  }
  return docxBytes(
    meetingDocx(meetingDocxMeta(record, `${record.title} ${record.forumName} ${record.day}`, record.meetingTitle), children),
  );
}
