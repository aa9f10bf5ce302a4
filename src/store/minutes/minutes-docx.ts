import { HeadingLevel, Paragraph, TextRun, type Document } from 'docx';
import { APPROVAL_APPENDIX_LABELS, type ApprovalAppendix } from '../../domain/minutes/approval-appendix';
import { MINUTES_LABELS, minutesHeaderLines, type MinutesDocument } from '../../domain/minutes/minutes-document';
import {
  bold,
  docxBytes,
  groupedPeople,
  heading,
  itemFieldParagraphs,
  labelled,
  labelledCode,
  labelledLines,
  meetingDocx,
  meetingDocxMeta,
  note,
  textParagraphs,
} from '../docx-parts';

/**
 * The minutes as a Word document, in the agenda's layout (the shared pieces in src/store/docx-parts.ts): "Referat
 * <forum>" as the title with the marking ("Udkast – version 2" / "Godkendt <dag> af <medformænd>") under it, the
 * header as label–tab–value lines (Mødeleder(e), Referent(er) among them), those who took part by organisation with
 * their titles, Afbud, Stedfortrædere and Gæster, then "REFERAT" and each numbered item as the agenda had it
 * (heading with slot, Indstilling, Beskrivelse af sagen, Bilag) followed by Referat and Beslutning. The approved minutes end, on a page of their own, with the appendix that proves the approval: the
 * version, its SHA-256 and what that is, then each approving co-chair with job title, organisation, e-mail, when and where they
 * approved, and the hash they approved. This module carries the `docx` package: load it only through `import()`.
 */

/** "Bilag: Formandskabets godkendelse" and its lines, in the header's label–tab–value layout. */
function approvalAppendixParagraphs(appendix: ApprovalAppendix): Paragraph[] {
  const L = APPROVAL_APPENDIX_LABELS;
  return [
    heading(appendix.heading, HeadingLevel.HEADING_1, true),
    new Paragraph({ children: [new TextRun({ text: appendix.summary })] }),
    labelledCode(L.hash, appendix.contentHash),
    note(appendix.hashNote),
    ...appendix.chairs.flatMap((chair) => [
      heading(chair.name, HeadingLevel.HEADING_2),
      ...(chair.jobTitle ? [labelled(L.jobTitle, chair.jobTitle)] : []),
      ...(chair.organisation ? [labelled(L.organisation, chair.organisation)] : []),
      labelled(L.email, chair.email),
      labelled(L.approved, `${chair.at} ${chair.channel}`),
      labelledCode(L.hash, chair.contentHash),
    ]),
  ];
}

export function minutesDocxDocument(doc: MinutesDocument): Document {
  const children: Paragraph[] = [
    heading(`${MINUTES_LABELS.minutes} ${doc.forumName}`, HeadingLevel.TITLE),
    new Paragraph({ children: [new TextRun({ text: doc.marking, bold: true, italics: true })] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: doc.meetingTitle, italics: true })] }),
    ...minutesHeaderLines(doc).map((l) => labelled(l.label, l.value)),
    ...groupedPeople(
      MINUTES_LABELS.attendance,
      doc.participants.map((o) => ({ name: o.organisation, lines: o.people })),
    ),
    ...doc.attendance.flatMap((g) => labelledLines(g.label, g.people)),
    ...(doc.quorum ? [labelled(MINUTES_LABELS.quorum, doc.quorum)] : []),
    heading(MINUTES_LABELS.minutes.toUpperCase(), HeadingLevel.HEADING_1),
  ];
  for (const item of doc.items) {
    children.push(heading(item.heading, HeadingLevel.HEADING_2));
    children.push(...itemFieldParagraphs(item, MINUTES_LABELS));
    if (item.referat) children.push(bold(MINUTES_LABELS.referat), ...textParagraphs(item.referat));
    if (item.beslutning) children.push(bold(MINUTES_LABELS.beslutning), ...textParagraphs(item.beslutning));
    // The decision record's own words under the decision: who stepped out, and a quorum the item lost or regained.
    for (const line of [...item.notParticipating, ...(item.quorum ? [item.quorum] : [])]) children.push(note(line));
  }
  if (doc.approval) children.push(...approvalAppendixParagraphs(doc.approval));
  return meetingDocx(
    meetingDocxMeta(doc, `${MINUTES_LABELS.minutes} ${doc.forumName} ${doc.day}`, `${doc.meetingTitle} – ${doc.marking}`),
    children,
  );
}

/** The .docx bytes. */
export function renderMinutesDocx(doc: MinutesDocument): Promise<Uint8Array> {
  return docxBytes(minutesDocxDocument(doc));
}
