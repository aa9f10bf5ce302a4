import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { OUTCOME_LABELS, type OutcomeDocument } from '../../domain/consultation/outcome-document';
import { bold, docxBytes, forumDocxMeta, heading, itemFieldParagraphs, labelled, meetingDocx, textParagraphs } from '../docx-parts';

/**
 * A written consultation's outcome as a Word document, through the meeting documents' parts (Danish, Word's heading
 * styles, running header, "Side X af Y", the secretariat as author): the title and the day it closed, the header
 * lines, then "Sagen" (Spørgsmål, Indstilling, Sagsfremstilling, Bilag) and "Resultat". The outcome's "- …" lines
 * (the remarks by name) become bullets. Carries the `docx` package: load it only through `import()`.
 */

/** The outcome text: blank lines part blocks; a block's "- " lines are bullets, a line ending in ":" before them bold. */
function outcomeParagraphs(text: string): Paragraph[] {
  return text.split(/\n{2,}/).flatMap((block) => {
    const lines = block.split('\n');
    const bullets = lines.filter((l) => l.startsWith('- '));
    if (bullets.length === 0) return textParagraphs(block);
    return lines.map((l) =>
      l.startsWith('- ')
        ? new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: l.slice(2) })] })
        : l.trim().endsWith(':')
          ? bold(l.trim())
          : new Paragraph({ children: [new TextRun({ text: l })] }),
    );
  });
}

export function renderOutcomeDocx(doc: OutcomeDocument): Promise<Uint8Array> {
  const children: Paragraph[] = [
    heading(doc.heading, HeadingLevel.TITLE),
    new Paragraph({ children: [new TextRun({ text: doc.title, italics: true })] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: doc.issueLine, italics: true })] }),
    ...doc.headerLines.map((l) => labelled(l.label, l.value)),
    heading(OUTCOME_LABELS.matter, HeadingLevel.HEADING_1),
    ...(doc.question ? [bold(OUTCOME_LABELS.question), ...textParagraphs(doc.question)] : []),
    ...itemFieldParagraphs(doc, OUTCOME_LABELS),
    heading(OUTCOME_LABELS.outcome, HeadingLevel.HEADING_1),
    ...outcomeParagraphs(doc.outcome),
  ];
  return docxBytes(meetingDocx(forumDocxMeta(doc.forumName, `${doc.heading} – ${doc.title}`, doc.issueLine, doc.runningHeader), children));
}
