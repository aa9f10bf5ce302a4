import { createHash, webcrypto } from 'node:crypto';
import {
  agendaDescription,
  approvalText,
  bilagDescription,
  caseFileName,
  replyText,
} from '../../../../src/domain/case-file/case-file-documents';
import {
  caseFilePackage,
  csvCell,
  CSV_COLUMNS,
  DESCRIPTION_MAX,
  listedDocuments,
  manifestCsv,
  safeEntryName,
  type CaseFileMeeting,
  type CaseFileSource,
} from '../../../../src/domain/case-file/case-file-manifest';

const digest = async (bytes: Uint8Array): Promise<ArrayBuffer> => webcrypto.subtle.digest('SHA-256', new Uint8Array(bytes));
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

const MEETING: CaseFileMeeting = {
  forumName: 'Klyngestyregruppen for Fjordklyngen',
  forumShortName: 'KSG',
  meetingTitle: 'Møde 2/2026',
  start: '2026-06-11T07:00:00Z',
  end: '2026-06-11T09:00:00Z',
  minutesVersion: 2,
  minutesHash: 'ab'.repeat(32),
  circulatedAt: '2026-06-25T10:00:00Z',
  items: [
    { number: 1, title: 'Velkomst' },
    { number: 2, title: 'Natordning', caseNumber: '24/1234' },
  ],
};

const source = (over: Partial<CaseFileSource>): CaseFileSource => ({
  kind: 'bilag',
  fileName: 'fil.pdf',
  date: '2026-06-01T08:00:00Z',
  description: 'Bilag',
  caseNumbers: [],
  items: [],
  contentType: 'application/pdf',
  bytes: bytes('x'),
  ...over,
});

/** An independent reader of the CSV as Excel reads it: RFC 4180 quoting, `;` between cells, CRLF between rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('the archive package (case file)', () => {
  it('numbers the documents in kind order, dates them on the Copenhagen clock and hashes their bytes', async () => {
    const reply = source({ kind: 'consultation-reply', fileName: 'Høringssvar.txt', date: '2026-06-20T22:30:00Z', bytes: bytes('svar') });
    const minutes = source({ kind: 'minutes', fileName: 'Referat (godkendt).pdf', date: '2026-06-25T10:00:00Z', bytes: bytes('referat') });
    const agenda = source({ kind: 'agenda', fileName: 'Dagsorden 2026-06-11.pdf', date: '2026-06-03', bytes: bytes('dagsorden') });
    const bilag = source({ fileName: 'KSG-0004 Notat.pdf', caseNumbers: ['24/1234', '24/1234', ' '], items: [2, 2], bytes: bytes('b') });
    const pkg = await caseFilePackage(MEETING, [reply, minutes, agenda, bilag], '2026-07-01T08:00:00Z', digest);

    expect(pkg.manifest.documents.map((d) => [d.number, d.file, d.kind, d.date])).toEqual([
      [1, 'Dokumenter/01 Dagsorden 2026-06-11.pdf', 'agenda', '2026-06-03'],
      [2, 'Dokumenter/02 KSG-0004 Notat.pdf', 'bilag', '2026-06-01'],
      [3, 'Dokumenter/03 Referat (godkendt).pdf', 'minutes', '2026-06-25'],
      // 22:30 UTC on 20 June is 00:30 on 21 June in Copenhagen (summer time).
      [4, 'Dokumenter/04 Høringssvar.txt', 'consultation-reply', '2026-06-21'],
    ]);
    expect(pkg.manifest.documents[1]).toMatchObject({ caseNumbers: ['24/1234'], items: [2] });
    for (const d of pkg.manifest.documents) {
      const file = pkg.files.find((f) => f.path === d.file);
      expect(d.sha256).toBe(sha(file?.bytes ?? new Uint8Array()));
      expect(d.size).toBe(file?.bytes.length);
    }
    expect(pkg.files.map((f) => f.path).slice(-2)).toEqual(['manifest.json', 'manifest.csv']);
  });

  it('writes the JSON manifest with Danish keys, and reads back what it lists', async () => {
    const pkg = await caseFilePackage(
      MEETING,
      [source({ kind: 'minutes', description: 'Godkendt referat', caseNumbers: ['24/1234'], items: [2] })],
      '2026-07-01T08:00:00Z',
      digest,
    );
    const text = new TextDecoder().decode(pkg.files.find((f) => f.path === 'manifest.json')?.bytes);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: 'sekretariat-arkivpakke/1',
      dannet: '2026-07-01T08:00:00Z',
      møde: { titel: 'Møde 2/2026', dato: '2026-06-11' },
      referat: { version: 2, indholdSha256: 'ab'.repeat(32) },
      punkter: [
        { nummer: 1, titel: 'Velkomst' },
        { nummer: 2, titel: 'Natordning', sagsnummer: '24/1234' },
      ],
      dokumenter: [
        {
          nr: 1,
          dokumenttype: 'Godkendt referat',
          dokumentdato: '2026-06-01',
          kortBeskrivelse: 'Godkendt referat',
          sagsnumre: ['24/1234'],
        },
      ],
    });
    expect(listedDocuments(text)).toEqual([
      {
        file: 'Dokumenter/01 fil.pdf',
        kind: 'Godkendt referat',
        date: '2026-06-01',
        description: 'Godkendt referat',
        size: 1,
        sha256: sha(bytes('x')),
      },
    ]);
    expect(listedDocuments('{"format":"noget andet","dokumenter":[]}')).toBeUndefined();
    expect(listedDocuments('ikke json')).toBeUndefined();
  });

  it('withholds a closed item in the manifest as the public rule says: its title where the reason requires, never its bilag title', async () => {
    const secret = 'Klage over behandling af Hans Hansen';
    const meeting: CaseFileMeeting = {
      ...MEETING,
      items: [
        { number: 1, title: 'Velkomst' },
        { number: 2, title: secret, caseNumber: '24/999', access: 'closed', closedReason: 'personal-data' },
        { number: 3, title: 'Budgetforhandling med leverandør', access: 'closed', closedReason: 'negotiations' },
      ],
    };
    const [, closed] = meeting.items;
    if (!closed) throw new Error('the meeting has a closed item 2');
    const description = bilagDescription('Bilag 1', closed);
    expect(description).toBe('Bilag 1 til punkt 2: Lukket punkt (lukket punkt)');
    const pkg = await caseFilePackage(
      meeting,
      [source({ description, caseNumbers: ['24/999'], items: [2] })],
      '2026-07-01T08:00:00Z',
      digest,
    );
    const manifest = (path: string): string => new TextDecoder().decode(pkg.files.find((f) => f.path === path)?.bytes);
    const json = JSON.parse(manifest('manifest.json')) as { punkter: unknown[] };
    expect(json.punkter).toEqual([
      { nummer: 1, titel: 'Velkomst' },
      {
        nummer: 2,
        titel: 'Lukket punkt',
        lukket: true,
        begrundelse: 'Personoplysninger (offentlighedsloven § 30, nr. 1)',
        sagsnummer: '24/999',
      },
      // Negotiations keep the subject's name: only its content is closed.
      {
        nummer: 3,
        titel: 'Budgetforhandling med leverandør',
        lukket: true,
        begrundelse: 'Økonomiske interesser og forhandlinger (offentlighedsloven § 33, nr. 3)',
      },
    ]);
    for (const path of ['manifest.json', 'manifest.csv']) expect(manifest(path)).not.toContain('Hans Hansen');
  });

  it('writes the CSV for Danish Excel: BOM, semicolons, CRLF, quoting, and no formulas from member text', async () => {
    const hostile = source({
      description: '=HYPERLINK("https://evil.example";"Klik") ; og "citat"\nny linje',
      sender: '@SUM(A1:A9)',
      caseNumbers: ['-24/1'],
    });
    const pkg = await caseFilePackage(MEETING, [hostile], '2026-07-01T08:00:00Z', digest);
    const csv = manifestCsv(pkg.manifest);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const [header, row] = readCsv(csv.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(row).toHaveLength(CSV_COLUMNS.length);
    const cell = (name: (typeof CSV_COLUMNS)[number]): string => row?.[CSV_COLUMNS.indexOf(name)] ?? '';
    // One line in the description, and a leading apostrophe so Excel shows the text instead of running it.
    expect(cell('Kort beskrivelse')).toBe(`'=HYPERLINK("https://evil.example";"Klik") ; og "citat" ny linje`);
    expect(cell('Afsender')).toBe("'@SUM(A1:A9)");
    expect(cell('Sagsnumre')).toBe("'-24/1");
    expect(cell('Bytes')).toBe('1');
    expect(cell('SHA-256')).toBe(sha(bytes('x')));
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('+45 1234')).toBe("'+45 1234");
  });

  it('keeps names and descriptions to one safe line', async () => {
    expect(safeEntryName('../../etc/passwd')).toBe('-..-etc-passwd');
    expect(safeEntryName('a\u0000b:c*?.pdf')).toBe('a b-c--.pdf');
    expect(safeEntryName('x'.repeat(300) + '.docx')).toBe(`${'x'.repeat(95)}.docx`);
    expect(safeEntryName('...')).toBe('dokument');
    const pkg = await caseFilePackage(MEETING, [source({ description: 'æ'.repeat(DESCRIPTION_MAX + 50) })], '2026-07-01T08:00:00Z', digest);
    const description = pkg.manifest.documents[0]?.description ?? '';
    expect([...description]).toHaveLength(DESCRIPTION_MAX);
    expect(description.endsWith('…')).toBe(true);
  });

  it('names the package by meeting and version, and describes documents as the journal keeps them', () => {
    expect(caseFileName(MEETING)).toBe('Arkivpakke 2026-06-11 KSG v2.zip');
    expect(agendaDescription(MEETING, 0)).toBe('Dagsorden til Møde 2/2026, Klyngestyregruppen for Fjordklyngen, 11. juni 2026');
    expect(agendaDescription(MEETING, 2)).toBe(
      'Dagsorden (revideret 2) til Møde 2/2026, Klyngestyregruppen for Fjordklyngen, 11. juni 2026',
    );
  });

  it('writes the approval as counted at circulation and a reply as received, as UTF-8 text', () => {
    const approval = approvalText(MEETING, {
      at: '2026-06-25T10:00:00Z',
      required: 2,
      chairs: [
        { email: 'jonas@region.example', name: 'Jonas Vestergaard', organisation: 'Fjordhospitalet' },
        { email: 'lene@kommune.example', name: 'Lene Damgaard', organisation: 'Fjordby Kommune' },
      ],
      answers: [
        {
          id: '1',
          email: 'jonas@region.example',
          name: 'Jonas Vestergaard',
          decision: 'approved',
          hash: 'ab'.repeat(32),
          at: '2026-06-24T12:05:00Z',
          channel: 'teams',
        },
        {
          id: '2',
          email: 'lene@kommune.example',
          name: 'Lene Damgaard',
          decision: 'approved',
          hash: 'ab'.repeat(32),
          at: '2026-06-24T13:00:00Z',
          channel: 'browser',
        },
      ],
    });
    expect(approval.startsWith('\uFEFFBilag: Formandskabets godkendelse\r\n')).toBe(true);
    expect(approval).toContain('Version 2 af referatet er godkendt af begge medformænd.');
    expect(approval).toContain('Jonas Vestergaard, Fjordhospitalet <jonas@region.example>\r\n  Godkendt 24. juni 2026 kl. 14.05, i Teams');
    expect(approval).toContain(`SHA-256: ${'ab'.repeat(32)}`);

    const reply = replyText(
      {
        senderName: 'Lene Damgaard',
        senderAddress: 'lene@kommune.example',
        verdict: 'comments',
        comment: 'Vi støtter forslaget.\nMen husk <b>budgettet</b>.',
        receivedAt: '2026-06-20T08:00:00Z',
        corrected: true,
      },
      { reference: 'KSG-2026-03', title: 'Fælles natordning' },
    );
    expect(reply).toContain(
      'Fra: Lene Damgaard <lene@kommune.example>\r\nModtaget: 20. juni 2026 kl. 10.00\r\nSvar: Bemærkninger (rettet af sekretariatet)',
    );
    expect(reply).toContain('Vi støtter forslaget.\r\nMen husk <b>budgettet</b>.');
  });
});
