import { strFromU8, unzipSync } from 'fflate';
import { buildAgendaDocument } from '../../../src/domain/agenda-document';
import { buildMinutesDocument } from '../../../src/domain/minutes/minutes-document';
import type { AgendaItem, ForumMember } from '../../../src/domain/types';
import { renderAgendaDocx } from '../../../src/store/agenda/agenda-docx';
import { renderMinutesDocx } from '../../../src/store/minutes/minutes-docx';
import { content } from '../domain/minutes/minutes-fixture';

/**
 * What a Word document must carry to be read outside Word and by assistive technology (WCAG 3.1.1, 1.3.1): its
 * language in the styles and the core properties, headings as Word's built-in heading styles with an outline level
 * (LibreOffice's tagged PDF then has H1/H2 and bookmarks), kept with the next paragraph; a running header and page
 * numbers; real tabs; the Teams link as link text, not a raw address; the secretariat as author and last modifier.
 */
const MEMBERS: ForumMember[] = [
  {
    id: 'mette',
    name: 'Mette Andreassen',
    email: 'mette@example.dk',
    organisation: 'Viborg Kommune',
    organisationKind: 'municipality',
    jobTitle: 'direktør',
    role: 'chair',
    external: false,
  },
  {
    id: 'katrine',
    name: 'Katrine Gimm',
    email: 'katrine@example.dk',
    organisation: 'Hospitalsenhed Midt',
    organisationKind: 'hospital',
    jobTitle: 'specialkonsulent',
    role: 'secretariat',
    external: false,
  },
];
const item = (number: number, title: string): AgendaItem => ({
  id: `i${number}`,
  meetingId: 'm1',
  number,
  title,
  durationMinutes: 20,
  recommendations: ['at klyngestyregruppen godkender'],
  description: '',
  standing: false,
  etag: '"1"',
});
const JOIN =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abcdefghijklmnopqrstuvwxyz%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d';
const agenda = buildAgendaDocument({
  forum: { name: 'Klyngestyregruppen Midtklyngen', shortName: 'KSG', members: MEMBERS },
  meeting: {
    title: 'Møde 2/2027',
    start: '2027-06-07T06:30:00Z',
    end: '2027-06-07T09:30:00Z',
    form: 'hybrid',
    location: 'Mødelokale 303',
    joinUrl: JOIN,
  },
  items: [item(1, 'Velkomst'), item(2, 'Økonomi og årshjul')],
});

const files = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

/** One style's XML from styles.xml, by its id. */
const style = (styles: string, id: string): string =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`, 's').exec(styles)?.[0] ?? '';

describe.each([
  [
    'the agenda',
    () => renderAgendaDocx(agenda),
    'KSG · Møde 2/2027 · mandag den 7. juni 2027',
    'Sekretariatet, Klyngestyregruppen Midtklyngen',
  ],
  ['the minutes', () => renderMinutesDocx(buildMinutesDocument(content(), { kind: 'draft', version: 2 })), undefined, undefined],
])('%s as a Word document', (_name, render, header, author) => {
  let f: Record<string, string>;
  beforeAll(async () => {
    f = files(await render());
  });

  it('says it is Danish: in the default run properties and in the core properties', () => {
    expect(f['word/styles.xml']).toMatch(/<w:docDefaults>.*<w:lang w:val="da-DK"\/>.*<\/w:docDefaults>/s);
    expect(f['docProps/core.xml']).toContain('<dc:language>da-DK</dc:language>');
    expect(f['docProps/core.xml']).toMatch(/xmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
  });

  it("uses Word's built-in heading styles with outline levels, space before and keep-with-next", () => {
    const styles = f['word/styles.xml'] ?? '';
    const h1 = style(styles, 'Heading1');
    const h2 = style(styles, 'Heading2');
    expect(h1).toContain('<w:name w:val="heading 1"/>');
    expect(h1).toContain('<w:outlineLvl w:val="0"/>');
    expect(h2).toContain('<w:name w:val="heading 2"/>');
    expect(h2).toContain('<w:outlineLvl w:val="1"/>');
    for (const h of [h1, h2]) {
      expect(h).toContain('<w:keepNext/>');
      expect(h).toMatch(/<w:spacing [^>]*w:before="\d+"/);
    }
    // The document uses them.
    expect(f['word/document.xml']).toContain('<w:pStyle w:val="Heading1"/>');
    expect(f['word/document.xml']).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('has a running header and "Side X af Y" in the footer', () => {
    const headerXml = Object.entries(f).find(([n]) => /^word\/header\d*\.xml$/.test(n))?.[1] ?? '';
    const footerXml = Object.entries(f).find(([n]) => /^word\/footer\d*\.xml$/.test(n))?.[1] ?? '';
    expect(headerXml).toMatch(/<w:t[^>]*>[^<]+·[^<]+<\/w:t>/);
    if (header) expect(headerXml).toContain(header);
    expect(footerXml).toMatch(/PAGE/);
    expect(footerXml).toMatch(/NUMPAGES/);
  });

  it('aligns labels with real tabs, never a tab character in a text run', () => {
    expect(f['word/document.xml']).toContain('<w:tab/>');
    expect(f['word/document.xml']).not.toMatch(/<w:t[^>]*>[^<]*\t[^<]*<\/w:t>/);
  });

  it('is written and last modified by the secretariat', () => {
    const core = f['docProps/core.xml'] ?? '';
    expect(core).toMatch(/<dc:creator>Sekretariatet, [^<]+<\/dc:creator>/);
    expect(core).toMatch(/<cp:lastModifiedBy>Sekretariatet, [^<]+<\/cp:lastModifiedBy>/);
    if (author) expect(core).toContain(`<dc:creator>${author}</dc:creator>`);
  });
});

it("the agenda shows the Teams link as 'Deltag i Teams-mødet', a working link, not the raw address", async () => {
  const f = files(await renderAgendaDocx(agenda));
  const doc = f['word/document.xml'] ?? '';
  expect(doc).toMatch(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>.*?<w:t[^>]*>Deltag i Teams-mødet<\/w:t>.*?<\/w:hyperlink>/s);
  expect(doc).not.toContain('meetup-join');
  const rid = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>(?:(?!<\/w:hyperlink>).)*Deltag i Teams-mødet/s.exec(doc)?.[1] ?? 'none';
  const target = new RegExp(`<Relationship Id="${rid}"[^>]*Target="([^"]*)"`).exec(f['word/_rels/document.xml.rels'] ?? '')?.[1];
  expect(target?.replace(/&amp;/g, '&')).toBe(JOIN);
});
