import { outcomeMail } from '../../../../src/domain/consultation/mail';
import { buildOutcomeDocument } from '../../../../src/domain/consultation/outcome-document';
import { renderOutcomeDocx } from '../../../../src/store/consultation/outcome-docx';
import { docxStyle, partText, readDocx, type DocxParts } from '../../../support/docx-reading';

/**
 * Issue 16 pt 1 (the consultation outcome): the .docx the secretariat files when it closes a written consultation,
 * read by unzipping it and reading its XML — Danish, Word's headings with outline levels, the running header and
 * page numbers, the secretariat as author, the matter as the members got it and the outcome with the remarks as bullets.
 */
const CONSULTATION = {
  reference: 'KSG-2027-03',
  title: 'Opdateret kommissorium',
  question: 'Kan styregruppen godkende det opdaterede kommissorium?',
  recommendations: ['at styregruppen godkender kommissoriet', ' '],
  description: 'Kommissoriet er opdateret efter drøftelsen i juni.',
  deadline: '2027-03-12T11:00:00Z',
  recipients: [
    { memberId: '1', name: 'Jonas Dahl', email: 'jonas@example.dk' },
    { memberId: '2', name: 'Mette Andreassen', email: 'mette@example.dk' },
  ],
  attachments: [{ name: 'Kommissorium.pdf', url: 'https://sp.example/sites/ksg/H%C3%B8ringer/KSG-2027-03/Kommissorium.pdf', size: 100 }],
};
const OUTCOME = [
  'Godkendt ved skriftlig høring med frist den 12. marts 2027.',
  '',
  'Høringen blev sendt til 2 medlemmer. 2 har svaret: 1 godkender, 1 med bemærkninger.',
  '',
  'Bemærkninger:',
  '- Mette Andreassen (Viborg Kommune): Husk at sende <kommissoriet> til KKR.',
].join('\n');

describe('the consultation outcome as a Word document', () => {
  let d: DocxParts;
  beforeAll(async () => {
    d = readDocx(
      await renderOutcomeDocx(
        buildOutcomeDocument({ name: 'Klyngestyregruppen Midtklyngen', shortName: 'KSG' }, CONSULTATION, OUTCOME, '2027-03-14T09:30:00Z'),
      ),
    );
  });

  it('is Danish, written by the secretariat, with the running header and page numbers', () => {
    expect(d.styles).toMatch(/<w:docDefaults>.*<w:lang w:val="da-DK"\/>.*<\/w:docDefaults>/s);
    expect(d.core).toContain('<dc:language>da-DK</dc:language>');
    expect(d.core).toContain('<dc:creator>Sekretariatet, Klyngestyregruppen Midtklyngen</dc:creator>');
    expect(d.core).toContain('<cp:lastModifiedBy>Sekretariatet, Klyngestyregruppen Midtklyngen</cp:lastModifiedBy>');
    expect(partText(d.header)).toBe('KSG · Skriftlig høring KSG-2027-03 · 14. marts 2027');
    expect(partText(d.footer)).toMatch(/^Side \{PAGE\}.* af \{NUMPAGES\}/);
  });

  it('has a title and level-1 headings Word, LibreOffice and a tagged PDF recognise', () => {
    expect(docxStyle(d.styles, 'Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(d.paragraphs.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual(['Resultat af skriftlig høring KSG-2027-03']);
    expect(d.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Sagen', 'Resultat']);
  });

  it('says when it closed, the header lines, the matter with its Bilag linked, then the outcome with the remarks as bullets', () => {
    const t = d.paragraphs.map((p) => p.text).filter((x) => x.trim() !== '');
    expect(t).toEqual([
      'Resultat af skriftlig høring KSG-2027-03',
      'Opdateret kommissorium',
      'Afsluttet 14. marts 2027',
      'Forum:\tKlyngestyregruppen Midtklyngen',
      'Reference:\tKSG-2027-03',
      'Høringsfrist:\tfredag den 12. marts 2027 kl. 12.00',
      'Sendt til:\t2 medlemmer',
      'Sagen',
      'Spørgsmål',
      'Kan styregruppen godkende det opdaterede kommissorium?',
      'Indstilling',
      'at styregruppen godkender kommissoriet',
      'Sagsfremstilling',
      'Kommissoriet er opdateret efter drøftelsen i juni.',
      'Bilag',
      'Bilag 1 – Kommissorium.pdf',
      'Resultat',
      'Godkendt ved skriftlig høring med frist den 12. marts 2027.',
      'Høringen blev sendt til 2 medlemmer. 2 har svaret: 1 godkender, 1 med bemærkninger.',
      'Bemærkninger:',
      'Mette Andreassen (Viborg Kommune): Husk at sende <kommissoriet> til KKR.',
    ]);
    expect(d.paragraphs.find((p) => p.text === 'Bilag 1 – Kommissorium.pdf')?.links).toEqual([CONSULTATION.attachments[0]?.url]);
    expect(d.paragraphs.find((p) => p.text.startsWith('Mette Andreassen'))?.bullet).toBe(true);
    // Hostile text stays text: escaped in the XML, read back as written.
    expect(d.files['word/document.xml']).toContain('&lt;kommissoriet&gt;');
  });

  it('the outcome mail links the document (only an http(s) address)', () => {
    const mail = outcomeMail('Klyngestyregruppen Midtklyngen', CONSULTATION, OUTCOME, 'https://sp.example/R%C3%A9sultat.docx?a=1&b=2');
    expect(String(mail.html)).toContain('<a href="https://sp.example/R%C3%A9sultat.docx?a=1&amp;b=2">Resultatet som dokument (Word)</a>');
    expect(mail.text).toContain('Resultatet som dokument (Word): https://sp.example/R%C3%A9sultat.docx?a=1&b=2');
    expect(String(outcomeMail('K', CONSULTATION, OUTCOME, 'javascript:alert(1)').html)).not.toContain('<a ');
    expect(String(outcomeMail('K', CONSULTATION, OUTCOME).html)).not.toContain('Resultatet som dokument');
  });
});
