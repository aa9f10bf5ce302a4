import { strFromU8, unzipSync } from 'fflate';
import { approvalStatus } from '../../../../src/domain/approval';
import { approvedMarking, buildMinutesDocument } from '../../../../src/domain/minutes/minutes-document';
import type { Approval, ForumMember } from '../../../../src/domain/types';
import { docxParagraphs } from '../../../../src/sandbox/drive/pdf';
import { renderMinutesDocx } from '../../../../src/store/minutes/minutes-docx';
import { content } from '../../domain/minutes/minutes-fixture';

/** The approved minutes' Word document ends with the approval appendix on a page of its own; a draft has none. */
const HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

const chair = (id: string, name: string, organisation: string, jobTitle: string): ForumMember => ({
  id,
  name,
  email: `${id}@fjordklyngen.example`,
  organisation,
  organisationKind: 'other',
  jobTitle,
  role: 'chair',
  external: false,
});
const JONAS = chair('jonas', 'Jonas Vestergaard', 'Regionshospitalet', 'Hospitalsdirektør');
const LENE = chair('lene', 'Lene Damgaard', 'Fjordby Kommune', '');

const approved = (by: ForumMember, createdAt: string, channel: Approval['channel']): Approval => ({
  id: by.id,
  minutesVersionId: 'v2',
  contentHash: HASH,
  decision: 'approved',
  channel,
  createdBy: { id: `u-${by.id}`, name: by.name, email: by.email },
  modifiedById: `u-${by.id}`,
  createdAt,
});

const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());

describe('the minutes as a Word document', () => {
  it('the approved minutes end with "Bilag: Formandskabets godkendelse": the rule, the hash once, then each chair', async () => {
    const status = approvalStatus(
      { contentHash: HASH },
      [approved(JONAS, '2026-12-03T13:05:00Z', 'teams'), approved(LENE, '2026-12-04T07:30:00Z', 'browser')],
      [JONAS, LENE],
    );
    const bytes = await renderMinutesDocx(
      buildMinutesDocument(
        content(),
        approvedMarking(
          { version: 2, contentHash: HASH, requests: [{ email: LENE.email, channel: 'mail', at: '2026-12-01T09:00:00Z' }] },
          status,
        ),
      ),
    );
    // Each paragraph's text, label and tab-aligned value read as "Label: value".
    const paragraphs = (await docxParagraphs(bytes)).map((p) => p.text.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
    const start = paragraphs.indexOf('Bilag: Formandskabets godkendelse');
    expect(start).toBeGreaterThan(paragraphs.indexOf('3. Økonomi og årshjul'));
    expect(paragraphs.slice(start)).toEqual([
      'Bilag: Formandskabets godkendelse',
      'Version 2 af referatet er godkendt af begge medformænd.',
      `SHA-256: ${HASH}`,
      'SHA-256 er et fingeraftryk af referatets indhold; enhver ændring af indholdet giver en ny værdi. Hver medformand nedenfor har godkendt netop denne værdi.',
      'Jonas Vestergaard',
      'Stilling: Hospitalsdirektør',
      'Organisation: Regionshospitalet',
      'E-mail: jonas@fjordklyngen.example',
      'Godkendt: 3. december 2026 kl. 14.05 i Teams',
      `SHA-256: ${HASH}`,
      'Lene Damgaard',
      'Organisation: Fjordby Kommune',
      'E-mail: lene@fjordklyngen.example',
      'Godkendt: 4. december 2026 kl. 08.30 i browseren, anmodet på mail',
      `SHA-256: ${HASH}`,
    ]);

    // Structure: the appendix's heading starts a new page as a level-1 heading; each hash is one monospaced run.
    const xml = documentXml(bytes);
    const headingParagraph = /<w:p>(?:(?!<\/w:p>)[\s\S])*Bilag: Formandskabets godkendelse[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(headingParagraph).toContain('<w:pStyle w:val="Heading1"/>');
    expect(headingParagraph).toContain('<w:pageBreakBefore/>');
    const hashRuns = [...xml.matchAll(/<w:r>((?:(?!<\/w:r>)[\s\S])*)<\/w:r>/g)].map((m) => m[1] ?? '').filter((run) => run.includes(HASH));
    expect(hashRuns).toHaveLength(3);
    for (const run of hashRuns) expect(run).toContain('w:ascii="Courier New"');
  });

  it('a draft has no appendix', async () => {
    const xml = documentXml(await renderMinutesDocx(buildMinutesDocument(content(), { kind: 'draft', version: 2 })));
    expect(xml).toContain('Udkast – version 2');
    expect(xml).not.toContain('Bilag: Formandskabets godkendelse');
    expect(xml).not.toContain('pageBreakBefore');
  });
});
