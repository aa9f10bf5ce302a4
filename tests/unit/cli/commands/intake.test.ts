import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../../src/cli/main';
import { memoryIo } from '../memory-io';

const root = join(__dirname, '..', '..', '..', '..');
const fixture = (name: string) => join('tests', 'fixtures', 'mail', `${name}.eml`);
const expected = (name: string) =>
  JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'mail', `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
const KEYS = ['kind', 'title', 'recommendations', 'description', 'presenter', 'meetingHint', 'durationMinutes', 'attachments', 'sender'];

async function run(...argv: string[]) {
  const io = memoryIo({}, root);
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('sekretariat intake parse', () => {
  it("prints exactly the issue's JSON for a submission, as the fixture expects", async () => {
    const { code, out } = await run('intake', 'parse', fixture('01-plain-utf8-template'), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(KEYS);
    const want = expected('01-plain-utf8-template');
    for (const key of KEYS)
      expect(JSON.stringify(json[key]).replace(/\\n/g, ' ').replace(/\s+/g, ' ')).toBe(
        JSON.stringify(want[key]).replace(/\\n/g, ' ').replace(/\s+/g, ' '),
      );
  });

  it('adds consultationRef and verdict for a consultation reply, and prints absent fields as null', async () => {
    const { out } = await run('intake', 'parse', fixture('36-consultation-objection-negation'), '--json');
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([...KEYS, 'consultationRef', 'verdict']);
    expect(json).toMatchObject({
      kind: 'consultationReply',
      consultationRef: 'KSG-2027-03',
      verdict: 'objection',
      presenter: null,
      durationMinutes: null,
    });
  });

  it('reports a written consultation reply from the consultation fixtures: an Outlook top-post that cannot approve', async () => {
    const { code, out } = await run(
      'intake',
      'parse',
      join('tests', 'fixtures', 'consultation-replies', 'outlook-kan-ikke-godkende.eml'),
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      kind: 'consultationReply',
      consultationRef: 'KSG-2027-03',
      verdict: 'objection',
      sender: { address: 'ralf.jessen@privat.example' },
    });
  });

  it('prints a readable Danish summary without --json', async () => {
    const { code, out } = await run('intake', 'parse', fixture('22-outlook-related-inline-logo'));
    expect(code).toBe(0);
    expect(out).toContain('Punkt til dagsordenen');
    expect(out).toContain('Titel:         Forløbsprogram for diabetes – tidsplan for implementering');
    expect(out).toContain('Tidsforbrug:   60 min');
    expect(out).toMatch(/Bilag\n {2}• Sagsfremstilling diabetes\.docx/);
    expect(out).not.toContain('image001.png');
  });

  it('says autoReply for an NDR', async () => {
    const { out } = await run('intake', 'parse', fixture('33-ndr-multipart-report'), '--json');
    expect(JSON.parse(out)).toMatchObject({ kind: 'autoReply', recommendations: [] });
  });

  it('wrong usage exits 2, a missing file exits 1', async () => {
    expect((await run('intake')).code).toBe(2);
    expect((await run('intake', 'read', 'x.eml')).code).toBe(2);
    expect((await run('intake', 'parse')).code).toBe(2);
    expect((await run('intake', 'parse', 'a.eml', 'b.eml')).code).toBe(2);
    const missing = await run('intake', 'parse', 'findes-ikke.eml');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('findes-ikke.eml');
  });

  it('works through bin/sekretariat.cjs as a child process', () => {
    const out = execFileSync(
      process.execPath,
      [join(root, 'bin', 'sekretariat.cjs'), 'intake', 'parse', fixture('08-forward-fwd-gmail-plain'), '--json'],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(JSON.parse(out)).toMatchObject({
      kind: 'submission',
      title: 'Fragile fast track – hospitalsbehandling i eget hjem',
      presenter: 'Karen Kudsk',
      durationMinutes: 10,
      sender: { address: 'lene.damgaard@fjordby.example' },
    });
  });
});
