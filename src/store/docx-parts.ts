import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type HeadingLevel,
  type IParagraphStyleOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { MeetingDocumentHeader } from '../domain/agenda-document';
import { safeHref } from '../domain/html';

/**
 * The pieces a meeting's Word documents (the agenda, the minutes) are built from, so both keep one layout: header
 * lines as label–tab–value, bold labels, paragraphs from plain text, people grouped under a heading, bullets, and
 * the document itself. This module carries the `docx` package: import it only from modules loaded through `import()`.
 */

export const TAB = 2600;

/** A label–tab–value line whose value wraps under itself (at the tab), not back under the label. */
const HANGING = { left: TAB, hanging: TAB } as const;

/** "Tidspunkt:<tab>torsdag …" — the value a link when `link` is a safe http(s) address. */
export function labelled(label: string, value: string, link?: string): Paragraph {
  const href = safeHref(link);
  return new Paragraph({
    tabStops: [{ type: TabStopType.LEFT, position: TAB }],
    indent: HANGING,
    children: [
      new TextRun({ text: `${label}:`, bold: true }),
      new TextRun({ children: [new Tab()] }),
      href
        ? new ExternalHyperlink({ link: href, children: [new TextRun({ text: value, style: 'Hyperlink' })] })
        : new TextRun({ text: value }),
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
    children: [
      new TextRun({ text: `${label}:`, bold: true }),
      new TextRun({ children: [new Tab()] }),
      new TextRun({ text: code, font: MONO, size: 16 }),
    ],
  });
}

/** A note under a heading: plain text in italics. */
export const note = (text: string): Paragraph =>
  new Paragraph({ spacing: { before: 60, after: 120 }, children: [new TextRun({ text, italics: true })] });

/** A bold label over what follows ("Indstilling", "Referat"): kept with it, never alone at the foot of a page. */
export const bold = (text: string): Paragraph =>
  new Paragraph({ spacing: { before: 120 }, keepNext: true, children: [new TextRun({ text, bold: true })] });

/** Plain text as paragraphs: blank lines part paragraphs, single newlines become line breaks. */
export function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n{2,}/)
    .map((p) => new Paragraph({ children: p.split('\n').map((l, i) => new TextRun({ text: l, ...(i > 0 ? { break: 1 } : {}) })) }));
}

/** "Inviterede:" / "Deltagere:" and the people under each group's name, indented to the header's tab. */
export function groupedPeople(title: string, groups: readonly { readonly name: string; readonly lines: readonly string[] }[]): Paragraph[] {
  if (groups.length === 0) return [];
  return [
    bold(`${title}:`),
    ...groups.flatMap((g) => [
      new Paragraph({
        spacing: { before: 120 },
        keepNext: true,
        indent: { left: TAB },
        children: [new TextRun({ text: g.name, bold: true })],
      }),
      ...g.lines.map((line) => new Paragraph({ indent: { left: TAB }, children: [new TextRun({ text: line })] })),
    ]),
  ];
}

/** "Afbud:<tab>Per Lund, direktør" and the rest under the first at the header's tab, as the reference lists them. */
export function labelledLines(label: string, lines: readonly string[]): Paragraph[] {
  return lines.map((line, i) =>
    i === 0
      ? new Paragraph({
          spacing: { before: 120 },
          tabStops: [{ type: TabStopType.LEFT, position: TAB }],
          indent: HANGING,
          children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun({ children: [new Tab()] }), new TextRun({ text: line })],
        })
      : new Paragraph({ indent: { left: TAB }, children: [new TextRun({ text: line })] }),
  );
}

/** An agenda item's own fields, in the agenda and again in the minutes. */
export interface ItemFields {
  readonly recommendations: readonly string[];
  readonly description: string;
  readonly attachments: readonly { readonly label: string; readonly url?: string | undefined }[];
}

/** Indstilling (bullets), Beskrivelse af sagen, and Bilag ("Bilag 3 – Budget.pdf", a link where the file has one). */
export function itemFieldParagraphs(
  item: ItemFields,
  labels: { readonly recommendation: string; readonly description: string; readonly attachments: string },
): Paragraph[] {
  const out = labelledBullets(labels.recommendation, item.recommendations);
  if (item.description) out.push(bold(labels.description), ...textParagraphs(item.description));
  if (item.attachments.length > 0) {
    out.push(bold(labels.attachments));
    for (const a of item.attachments) {
      const href = safeHref(a.url);
      out.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [
            href
              ? new ExternalHyperlink({ link: href, children: [new TextRun({ text: a.label, style: 'Hyperlink' })] })
              : new TextRun({ text: a.label }),
          ],
        }),
      );
    }
  }
  return out;
}

/** A bold label and the items as bullets (nothing when there are none). */
export function labelledBullets(label: string, items: readonly string[]): Paragraph[] {
  return items.length === 0
    ? []
    : [bold(label), ...items.map((r) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: r })] }))];
}

/** The documents' language: Word's proofing, a screen reader's voice and a tagged PDF's /Lang (WCAG 3.1.1). */
export const DOCUMENT_LANGUAGE = 'da-DK';

/**
 * Word's built-in heading styles by their own ids and names ("heading 1"), with an outline level — what LibreOffice,
 * a tagged PDF's H1/H2 and bookmarks, and python-docx recognise as headings — space before, and kept with the text
 * that follows (never a heading alone at the foot of a page).
 */
const HEADING_STYLES: readonly IParagraphStyleOptions[] = [
  {
    id: 'Title',
    name: 'Title',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 36, bold: true },
    paragraph: { keepNext: true, spacing: { after: 120 } },
  },
  {
    id: 'Heading1',
    name: 'heading 1',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 28, bold: true },
    paragraph: { outlineLevel: 0, keepNext: true, keepLines: true, spacing: { before: 360, after: 120 } },
  },
  {
    id: 'Heading2',
    name: 'heading 2',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size: 24, bold: true },
    paragraph: { outlineLevel: 1, keepNext: true, keepLines: true, spacing: { before: 240, after: 80 } },
  },
];

export interface MeetingDocxMeta {
  readonly title: string;
  readonly description: string;
  /** Author and last modifier: the forum's secretariat (never the library's "Un-named"). */
  readonly author: string;
  /** The running header on every page: forum, meeting and date. */
  readonly runningHeader: string;
}

/** A forum document's properties: the forum's secretariat writes every one (agenda, minutes, a consultation's outcome). */
export function forumDocxMeta(forumName: string, title: string, description: string, runningHeader: string): MeetingDocxMeta {
  return { title, description, author: `Sekretariatet, ${forumName}`, runningHeader };
}

/** A meeting document's properties and running header, from the header both documents share. */
export function meetingDocxMeta(doc: MeetingDocumentHeader, title: string, description: string): MeetingDocxMeta {
  return forumDocxMeta(doc.forumName, title, description, `${doc.forumShortName || doc.forumName} · ${doc.meetingTitle} · ${doc.date}`);
}

/** "Side 2 af 5", centred in the footer. */
const pageFooter = (): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES], size: 18 })],
      }),
    ],
  });

export function meetingDocx(meta: MeetingDocxMeta, children: readonly Paragraph[]): Document {
  return new Document({
    creator: meta.author,
    lastModifiedBy: meta.author,
    title: meta.title,
    description: meta.description,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: DOCUMENT_LANGUAGE } } } },
      paragraphStyles: HEADING_STYLES,
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: meta.runningHeader, size: 18 })] })],
          }),
        },
        footers: { default: pageFooter() },
        children: [...children],
      },
    ],
  });
}

/**
 * The .docx bytes, with the core properties' `dc:language` set (the `docx` package writes none, and a PDF made from
 * the file would otherwise say en-US).
 */
export async function docxBytes(document: Document): Promise<Uint8Array> {
  return withCoreLanguage(new Uint8Array(await Packer.toArrayBuffer(document)), DOCUMENT_LANGUAGE);
}

export function withCoreLanguage(docx: Uint8Array, language: string): Uint8Array {
  const files = unzipSync(docx);
  const core = files['docProps/core.xml'];
  if (!core) return docx;
  const xml = strFromU8(core).replace(/<dc:language>[^<]*<\/dc:language>/, '');
  files['docProps/core.xml'] = strToU8(xml.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`));
  return zipSync(files);
}
