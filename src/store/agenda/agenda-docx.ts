import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { AGENDA_LABELS, agendaHeaderLines, inviteeLine, itemHeading, safeHref, type AgendaDocument } from '../../domain/agenda-document';

/**
 * The agenda as a Word document, in the layout of the reference minutes: the forum and "Dagsorden" as the title,
 * the header as label–tab–value lines, the invited by organisation, then "DAGSORDEN" and each numbered item with
 * Indstilling bullets, Beskrivelse af sagen and Bilag (links). This module carries the `docx` package: load it
 * only through `import('./agenda-docx.js')`.
 */

const TAB = 2600;

function labelled(label: string, value: string, link?: string): Paragraph {
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

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph => new Paragraph({ heading: level, children: [new TextRun({ text })] });
const bold = (text: string): Paragraph => new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text, bold: true })] });

export function agendaDocxDocument(doc: AgendaDocument, opts: { revised?: boolean } = {}): Document {
  const children: Paragraph[] = [];
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: `${opts.revised ? AGENDA_LABELS.revised : AGENDA_LABELS.agenda} ${doc.forumName}` })] }));
  children.push(new Paragraph({ children: [new TextRun({ text: doc.meetingTitle, italics: true })] }));
  for (const line of agendaHeaderLines(doc)) children.push(labelled(line.label, line.value, line.label === AGENDA_LABELS.virtual ? line.value : undefined));
  if (doc.invited.length > 0) {
    children.push(bold(`${AGENDA_LABELS.invited}:`));
    for (const org of doc.invited) {
      children.push(new Paragraph({ spacing: { before: 120 }, indent: { left: TAB }, children: [new TextRun({ text: org.organisation, bold: true })] }));
      for (const person of org.people) children.push(new Paragraph({ indent: { left: TAB }, children: [new TextRun({ text: inviteeLine(person) })] }));
    }
  }
  children.push(heading(AGENDA_LABELS.agenda.toUpperCase(), HeadingLevel.HEADING_1));
  for (const item of doc.items) {
    children.push(heading(itemHeading(item), HeadingLevel.HEADING_2));
    if (item.recommendations.length > 0) {
      children.push(bold(AGENDA_LABELS.recommendation));
      for (const r of item.recommendations) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: r })] }));
    }
    if (item.description) {
      children.push(bold(AGENDA_LABELS.description));
      for (const p of item.description.split(/\n{2,}/)) {
        const lines = p.split('\n');
        children.push(new Paragraph({ children: lines.map((l, i) => new TextRun({ text: l, ...(i > 0 ? { break: 1 } : {}) })) }));
      }
    }
    if (item.attachments.length > 0) {
      children.push(bold(AGENDA_LABELS.attachments));
      for (const a of item.attachments) {
        const href = safeHref(a.url);
        children.push(
          new Paragraph({
            bullet: { level: 0 },
            children: [href ? new ExternalHyperlink({ link: href, children: [new TextRun({ text: a.name, style: 'Hyperlink' })] }) : new TextRun({ text: a.name })],
          }),
        );
      }
    }
  }
  return new Document({
    creator: 'Sekretariat',
    title: `${AGENDA_LABELS.agenda} ${doc.forumName} ${doc.day}`,
    description: doc.meetingTitle,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
}

/** The .docx bytes. */
export async function renderAgendaDocx(doc: AgendaDocument, opts: { revised?: boolean } = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(agendaDocxDocument(doc, opts)));
}
