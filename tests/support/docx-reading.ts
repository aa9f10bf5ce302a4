import { strFromU8, unzipSync } from 'fflate';

/**
 * Reading a .docx the way an outside tool does — unzip it and read its XML parts — never through the generator's own
 * model: each body paragraph with its style id, outline level, text (a <w:tab/> read as a tab, a break as a newline)
 * and the addresses of its hyperlinks (resolved through the part's relationships), plus the header, footer and core
 * properties as XML.
 */

export interface DocxParagraph {
  /** The paragraph style id ("Heading1", "Title"), '' for Normal. */
  readonly style: string;
  readonly text: string;
  readonly links: readonly string[];
  readonly bullet: boolean;
  readonly pageBreakBefore: boolean;
}

export interface DocxParts {
  readonly files: Readonly<Record<string, string>>;
  readonly paragraphs: readonly DocxParagraph[];
  readonly header: string;
  readonly footer: string;
  readonly core: string;
  readonly styles: string;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  const rels = new Map<string, string>();
  for (const m of (files['word/_rels/document.xml.rels'] ?? '').matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"[^>]*\/>/g))
    rels.set(m[1] ?? '', decode(m[2] ?? ''));
  const body = files['word/document.xml'] ?? '';
  const paragraphs = [...body.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m): DocxParagraph => {
    const xml = m[1] ?? '';
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
      .map((t) => (t[0] === '<w:tab/>' ? '\t' : t[0] === '<w:br/>' ? '\n' : decode(t[1] ?? '')))
      .join('');
    return {
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? '',
      text,
      links: [...xml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)].map((l) => rels.get(l[1] ?? '') ?? ''),
      bullet: xml.includes('<w:numPr>'),
      pageBreakBefore: xml.includes('<w:pageBreakBefore/>'),
    };
  });
  const part = (re: RegExp): string => Object.entries(files).find(([n]) => re.test(n))?.[1] ?? '';
  return {
    files,
    paragraphs,
    header: part(/^word\/header\d*\.xml$/),
    footer: part(/^word\/footer\d*\.xml$/),
    core: files['docProps/core.xml'] ?? '',
    styles: files['word/styles.xml'] ?? '',
  };
}

/** One style's XML from styles.xml, by its id. */
export const docxStyle = (styles: string, id: string): string =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles)?.[0] ?? '';

/** The text of the header or footer part (its runs joined; fields by their instruction, e.g. "PAGE"). */
export function partText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)]
    .map((t) => decode(t[1] ?? `{${(t[2] ?? '').trim()}}`))
    .join('');
}
