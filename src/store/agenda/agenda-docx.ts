import { HeadingLevel, Paragraph, TextRun, type Document } from 'docx';
import {
  AGENDA_LABELS,
  agendaHeaderLines,
  agendaTitle,
  inviteeLine,
  itemHeading,
  itemMarks,
  type AgendaDocument,
  type AgendaRevision,
} from '../../domain/agenda-document';
import { safeHref } from '../../domain/html';
import {
  docxBytes,
  groupedPeople,
  heading,
  itemFieldParagraphs,
  labelled,
  labelledBullets,
  meetingDocx,
  meetingDocxMeta,
} from '../docx-parts';

/**
 * The agenda as a Word document, in the layout of the reference minutes: the forum and "Dagsorden" as the title,
 * the header as label–tab–value lines, the invited by organisation, then "DAGSORDEN" and each numbered item with
 * Indstilling bullets, Beskrivelse af sagen and Bilag (links). This module carries the `docx` package: load it
 * only through `import('./agenda-docx.js')`. The pieces it shares with the minutes are in src/store/docx-parts.ts.
 */

export function agendaDocxDocument(doc: AgendaDocument, opts: AgendaRevision = {}, issueLine?: string): Document {
  const children: Paragraph[] = [];
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: `${agendaTitle(opts)} ${doc.forumName}` })] }));
  children.push(new Paragraph({ children: [new TextRun({ text: doc.meetingTitle, italics: true })] }));
  if (issueLine) children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: issueLine, italics: true })] }));
  // A revision says first what changed since the agenda the members already have.
  if ((opts.revision ?? 0) > 0 && opts.changes && opts.changes.length > 0)
    children.push(...labelledBullets(AGENDA_LABELS.changes, opts.changes));
  for (const line of agendaHeaderLines(doc)) {
    const link = line.label === AGENDA_LABELS.virtual ? safeHref(line.value) : undefined;
    children.push(link ? labelled(line.label, AGENDA_LABELS.join, link) : labelled(line.label, line.value));
  }
  children.push(
    ...groupedPeople(
      AGENDA_LABELS.invited,
      doc.invited.map((org) => ({ name: org.organisation, lines: org.people.map(inviteeLine) })),
    ),
  );
  children.push(heading(AGENDA_LABELS.agenda.toUpperCase(), HeadingLevel.HEADING_1));
  for (const item of doc.items) {
    children.push(heading(itemHeading(item), HeadingLevel.HEADING_2));
    const marks = itemMarks(item);
    if (marks) children.push(new Paragraph({ children: [new TextRun({ text: marks, italics: true })] }));
    children.push(...itemFieldParagraphs(item, AGENDA_LABELS));
  }
  return meetingDocx(meetingDocxMeta(doc, `${agendaTitle(opts)} ${doc.forumName} ${doc.day}`, doc.meetingTitle), children);
}

/** The .docx bytes. */
export function renderAgendaDocx(doc: AgendaDocument, opts: AgendaRevision = {}, issueLine?: string): Promise<Uint8Array> {
  return docxBytes(agendaDocxDocument(doc, opts, issueLine));
}
