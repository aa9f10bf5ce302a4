import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseFileRefusedError } from '../../../src/store/case-file/case-file-api';
import { CaseFileStore } from '../../../src/store/case-file/case-file-store';
import { meetingFilePath, meetingFolderPath, uploadToMeetingFolder } from '../../../src/store/meeting-folder';
import { drivePath } from '../../../src/store/minutes/minutes-shared';
import { answer, contentFor, minutesSeed, NOW, setup, SITE, store, type Setup } from '../minutes/minutes-support';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';

/**
 * The archive package of a circulated meeting against the sandbox: refused before circulation, and while a bilag the
 * minutes name is gone; then made once into the meeting's folder — a second run, and two at once, find that one file
 * and return its bytes. The zip is read with Python's zipfile (not the library that wrote it): every document the
 * manifest lists is in it with the SHA-256 the manifest gives, and the same bytes are in the forum's drive (the
 * agenda and the bilag in the meeting's folder, the circulated PDF in Godkendte referater).
 */

let sb: TestSandbox;
let s: Setup;
let dir: string;

beforeAll(async () => {
  sb = await startTestSandbox(minutesSeed, { now: () => NOW });
  s = await setup(sb);
  dir = mkdtempSync(join(tmpdir(), 'case-file-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await sb.dispose();
});

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Each entry of the zip and its SHA-256, as Python's zipfile reads them. */
function zipEntries(bytes: Uint8Array): Record<string, { sha256: string; text: string }> {
  const file = join(dir, `p-${Date.now()}.zip`);
  writeFileSync(file, bytes);
  const script = [
    'import zipfile, hashlib, json, sys',
    'z = zipfile.ZipFile(sys.argv[1])',
    'assert z.testzip() is None',
    'out = {}',
    'for n in z.namelist():',
    '    b = z.read(n)',
    "    out[n] = {'sha256': hashlib.sha256(b).hexdigest(), 'text': b.decode('utf-8') if n.startswith('manifest') else ''}",
    'print(json.dumps(out))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as Record<
    string,
    { sha256: string; text: string }
  >;
}

async function driveBytes(path: string): Promise<Uint8Array> {
  return s.graph.getBytes(`${SITE}/drive/root:/${drivePath(path)}:/content`);
}

interface ManifestJson {
  referat: { version: number; indholdSha256: string };
  dokumenter: {
    fil: string;
    dokumenttype: string;
    dokumentdato: string;
    kortBeskrivelse: string;
    sha256: string;
    bytes: number;
    sagsnumre: string[];
  }[];
}

describe('the archive package of a circulated meeting', () => {
  it('is refused until circulated and while a document is missing, then written once, and its hashes match the zip and the drive', async () => {
    const cases = new CaseFileStore(s.graph, () => NOW);
    const secretary = await tokenFor(sb, TEST_PEOPLE.secretary.mail);

    // The meeting's agenda PDF as "Generér dagsorden" writes it, and a bilag copied into its folder.
    const agendaPdf = new TextEncoder().encode('%PDF-1.4 dagsorden');
    await uploadToMeetingFolder(s.graph, s.forum, s.meeting, 'Dagsorden 2026-03-17.pdf', agendaPdf, 'application/pdf');
    const bilagBytes = new TextEncoder().encode('%PDF-1.4 budget');
    const bilag = await uploadToMeetingFolder(s.graph, s.forum, s.meeting, 'TSG-0001 Budget.pdf', bilagBytes, 'application/pdf');

    // A written consultation whose outcome this meeting carries, with a hostile reply.
    const consultation = await call<{ id: string }>(sb, 'POST', `${SITE}/lists/Consultations/items`, {
      token: secretary,
      body: { fields: { Title: 'Fælles natordning', Reference: 'TSG-2026-01', Status: 'closed', OutcomeMeetingId: s.meeting.id } },
    });
    expect(consultation.status).toBe(201);
    const reply = await call(sb, 'POST', `${SITE}/lists/ConsultationReplies/items`, {
      token: secretary,
      body: {
        fields: {
          Title: 'Svar',
          ConsultationRef: 'TSG-2026-01',
          SenderAddress: TEST_PEOPLE.guest.mail,
          SenderName: '=HYPERLINK("https://evil.example")',
          Verdict: 'comments',
          Comment: 'Vi støtter.\n<script>alert(1)</script>',
          ReceivedAt: '2026-03-10T09:00:00Z',
          InternetMessageId: '<svar-1@test.example>',
        },
      },
    });
    expect(reply.status).toBe(201);

    const base = contentFor(s.meeting);
    const content = {
      ...base,
      items: base.items.map((i) => (i.number === 2 ? { ...i, bilag: [{ label: 'Bilag 1 – Budget.pdf', url: bilag.webUrl }] } : i)),
    };
    const { version } = await store(s.graph).freeze(s.forum, s.meeting, content);
    await store(s.graph).requestApprovals(s.forum, version);
    await expect(cases.archivePackage(s.forum, s.meeting)).rejects.toMatchObject({ reason: 'not-circulated' });

    await answer(sb, TEST_PEOPLE.chair.mail, version, 'approved');
    await answer(sb, TEST_PEOPLE.guest.mail, version, 'approved', { Channel: 'browser' });
    expect((await store(s.graph).circulate(s.forum, s.meeting, version)).outcome).toBe('circulated');

    // The bilag removed from the folder: the package names it rather than leaving a gap.
    await s.graph.delete(
      `/drives/${encodeURIComponent((await s.graph.get<{ parentReference: { driveId: string } }>(`${SITE}/drive/root`)).parentReference.driveId)}/items/${bilag.id}`,
    );
    const refused = await cases.archivePackage(s.forum, s.meeting).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CaseFileRefusedError);
    expect(refused).toMatchObject({ reason: 'missing-documents', missing: ['Bilag 1 – Budget.pdf (2. Fælles testindsats)'] });
    const restored = await uploadToMeetingFolder(s.graph, s.forum, s.meeting, 'TSG-0001 Budget.pdf', bilagBytes, 'application/pdf');
    expect(restored.webUrl).toBe(bilag.webUrl);

    const first = await cases.archivePackage(s.forum, s.meeting);
    expect(first).toMatchObject({ outcome: 'created', fileName: 'Arkivpakke 2026-03-17 TSG v1.zip', intact: true });

    // Run again, and twice at once: the same file, nothing written anew.
    const [again, a, b] = await Promise.all([
      cases.archivePackage(s.forum, s.meeting),
      new CaseFileStore(s.graph, () => new Date(NOW.getTime() + 60_000)).archivePackage(s.forum, s.meeting),
      cases.archivePackage(s.forum, s.meeting),
    ]);
    for (const r of [again, a, b]) {
      expect(r.outcome).toBe('found');
      expect(sha(r.bytes)).toBe(sha(first.bytes));
    }
    // One package in the meeting's folder, with the bytes every run returned.
    const folder = await s.graph.get<{ id: string; parentReference: { driveId: string } }>(
      `${SITE}/drive/root:/${drivePath(meetingFolderPath(s.meeting))}`,
    );
    const children = await s.graph.all<{ name: string }>(`/drives/${folder.parentReference.driveId}/items/${folder.id}/children`);
    expect(children.filter((c) => c.name.startsWith('Arkivpakke'))).toHaveLength(1);
    const inDrive = await driveBytes(meetingFilePath(s.meeting, first.fileName));
    expect(sha(inDrive)).toBe(sha(first.bytes));

    // Read by another reader: every listed document is in the zip with its hash; the manifests are there.
    const entries = zipEntries(inDrive);
    const manifest = JSON.parse(entries['manifest.json']?.text ?? '{}') as ManifestJson;
    expect(Object.keys(entries).sort()).toEqual([...manifest.dokumenter.map((d) => d.fil), 'manifest.csv', 'manifest.json'].sort());
    for (const d of manifest.dokumenter) expect(entries[d.fil]?.sha256).toBe(d.sha256);
    expect(manifest.referat).toEqual({ version: 1, indholdSha256: version.contentHash, udsendt: expect.any(String) as string });
    expect(manifest.dokumenter.map((d) => [d.fil, d.dokumenttype, d.dokumentdato])).toEqual([
      ['Dokumenter/01 Dagsorden 2026-03-17.pdf', 'Dagsorden', '2026-03-17'],
      ['Dokumenter/02 Bilag 1 – Budget.pdf', 'Bilag', '2026-03-17'],
      ['Dokumenter/03 Referat 2026-03-17 TSG v1 (godkendt).pdf', 'Godkendt referat', '2026-03-20'],
      ['Dokumenter/04 Formandskabets godkendelse v1.txt', 'Formandskabets godkendelse', '2026-03-20'],
      ['Dokumenter/05 Høringssvar TSG-2026-01 =HYPERLINK(-https---evil.example-).txt', 'Høringssvar', '2026-03-10'],
    ]);

    // The same bytes as the files in the drive.
    const byKind = (kind: string): string => manifest.dokumenter.find((d) => d.dokumenttype === kind)?.sha256 ?? '';
    expect(byKind('Dagsorden')).toBe(sha(await driveBytes(meetingFilePath(s.meeting, 'Dagsorden 2026-03-17.pdf'))));
    expect(byKind('Bilag')).toBe(sha(bilagBytes));
    expect(byKind('Godkendt referat')).toBe(sha(await driveBytes('Godkendte referater/Referat 2026-03-17 TSG v1 (godkendt).pdf')));

    // The CSV for Excel: BOM, the member's formula as text.
    const csv = entries['manifest.csv']?.text ?? '';
    expect(csv.startsWith('\uFEFFNr;Fil;Dokumenttype;Dokumentdato;Kort beskrivelse;Sagsnumre;')).toBe(true);
    expect(csv).toContain(`;"'=HYPERLINK(""https://evil.example"") <${TEST_PEOPLE.guest.mail}>";`);
  });
});
