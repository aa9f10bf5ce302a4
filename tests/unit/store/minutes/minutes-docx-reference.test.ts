import { buildMinutesDocument } from '../../../../src/domain/minutes/minutes-document';
import { renderMinutesDocx } from '../../../../src/store/minutes/minutes-docx';
import { approvedReferenceDocx, REFERENCE_CONTENT } from './minutes-reference-fixture';
import { docxStyle, partText, readDocx, type DocxParts } from '../../../support/docx-reading';

/**
 * Issue 16 pt 2: the minutes .docx as the reference minutes lay them out, read by unzipping the file and reading its
 * XML (tests/support/docx-reading.ts), never through the generator's model: Danish, Word's heading styles with
 * outline levels, running header and page numbers, Mødeledere/Referent, those present by organisation with their
 * titles, Afbud and "Stedfortræder for …", each item's slot, Indstilling, Beskrivelse af sagen and Bilag before its
 * Referat and Beslutning, and on the approved version "Godkendt <dag> af <medformænd>".
 */
const texts = (d: DocxParts): string[] => d.paragraphs.map((p) => p.text.trim()).filter((t) => t !== '');

describe.each([
  ['draft', () => renderMinutesDocx(buildMinutesDocument(REFERENCE_CONTENT, { kind: 'draft', version: 2 }))],
  ['approved', approvedReferenceDocx],
])('the %s minutes .docx read as XML', (kind, render) => {
  let d: DocxParts;
  beforeAll(async () => {
    d = readDocx(await render());
  });

  it('is Danish, with headings Word, LibreOffice and a tagged PDF recognise', () => {
    expect(d.styles).toMatch(/<w:docDefaults>.*<w:lang w:val="da-DK"\/>.*<\/w:docDefaults>/s);
    expect(d.core).toContain('<dc:language>da-DK</dc:language>');
    expect(docxStyle(d.styles, 'Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(docxStyle(d.styles, 'Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    expect(d.paragraphs.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual(['Referat Klyngestyregruppen Midtklyngen']);
    expect(d.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)[0]).toBe('REFERAT');
    // Each item a level-2 heading with its slot; Eventuelt's zero-length slot is not shown.
    expect(
      d.paragraphs
        .filter((p) => p.style === 'Heading2')
        .map((p) => p.text)
        .slice(0, 3),
    ).toEqual([
      '1. Velkomst og godkendelse af dagsorden v. Jonas Dahl (kl. 08.30–08.40)',
      '2. Økonomi og årshjul (kl. 08.40–09.05)',
      '3. Eventuelt',
    ]);
  });

  it('has the running header (forum, meeting, date) and "Side X af Y"; author the secretariat', () => {
    expect(partText(d.header)).toBe('KSG · Møde 2/2027 · mandag den 7. juni 2027');
    expect(partText(d.footer)).toMatch(/^Side \{PAGE\}.* af \{NUMPAGES\}/);
    expect(d.core).toContain('<dc:creator>Sekretariatet, Klyngestyregruppen Midtklyngen</dc:creator>');
    expect(d.core).toContain('<cp:lastModifiedBy>Sekretariatet, Klyngestyregruppen Midtklyngen</cp:lastModifiedBy>');
  });

  it('has the header block: date and time, place, Mødeledere (two) and Referent (one)', () => {
    const t = texts(d);
    expect(t).toContain('Tidspunkt:\tmandag den 7. juni 2027 kl. 08.30–11.30');
    expect(t).toContain('Mødelokale:\tMødelokale 303+304, Regionshospitalet Viborg');
    expect(t).toContain('Mødeledere:\tJonas Dahl, Mette Andreassen');
    expect(t).toContain('Referent:\tKatrine Gimm');
    expect(t.some((x) => x.startsWith('Referenter:') || x.startsWith('Mødeleder:'))).toBe(false);
  });

  it('lists those present by organisation in the reference order with job titles, then Afbud and the substitute', () => {
    const t = texts(d);
    const from = t.indexOf('Deltagere:');
    const to = t.indexOf('REFERAT');
    expect(t.slice(from, to)).toEqual([
      'Deltagere:',
      'Hospitalsenhed Midt',
      'Jonas Dahl, konst. hospitalsdirektør (medformand)',
      'Katrine Gimm, specialkonsulent',
      'Regionspsykiatrien',
      'Yrsa Bro, chefsygeplejerske',
      'Viborg Kommune',
      'Mette Andreassen, direktør (medformand)',
      'Kristine Stange, sundhedschef (deltog online)',
      'Almen praksis',
      'Poul Oluf Olesen, praksiskoordinator',
      'Patient- og pårørenderepræsentanter',
      'Trine Frøstrup, Scleroseforeningen, Danske Patienter (deltog online)',
      'Afbud:\tClaus Brøckner Nielsen, lægefaglig direktør, Hospitalsenhed Midt',
      'Lauge Clemmensen, koncerndirektør, Silkeborg Kommune',
      'Stedfortrædere:\tEllen Høstrup, sygeplejefaglig konsulent, Silkeborg Kommune – Stedfortræder for Lauge Clemmensen',
    ]);
  });

  it("gives each item the agenda's fields (Indstilling, Beskrivelse af sagen, Bilag with links) before Referat and Beslutning", () => {
    const t = texts(d);
    const item2 = t.slice(t.indexOf('2. Økonomi og årshjul (kl. 08.40–09.05)'), t.indexOf('3. Eventuelt'));
    expect(item2).toEqual([
      '2. Økonomi og årshjul (kl. 08.40–09.05)',
      'Indstilling',
      'At Klyngestyregruppen godkender budgettet',
      'Beskrivelse af sagen',
      'Budgettet for 2027 forelægges.',
      'Bilag',
      'Bilag 1 – Budget 2027.pdf',
      'Bilag 2 – Noter.docx',
      'Referat',
      'Budgettet blev drøftet.',
      'Beslutning',
      'Budgettet blev godkendt.',
    ]);
    const bilag = d.paragraphs.filter((p) => p.text.startsWith('Bilag 1 –') || p.text.startsWith('Bilag 2 –'));
    expect(bilag.map((p) => [p.bullet, p.links])).toEqual([
      [true, ['https://sp.example/sites/ksg/Budget%202027.pdf']],
      [true, []],
    ]);
  });

  it(kind === 'approved' ? 'says "Godkendt <dag> af <medformænd>" under the title' : 'is marked as the draft version', () => {
    const t = texts(d);
    expect(t[1]).toBe(kind === 'approved' ? 'Godkendt 12. juni 2027 af Jonas Dahl og Mette Andreassen' : 'Udkast – version 2');
  });
});
