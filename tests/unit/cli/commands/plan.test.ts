import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../../src/cli/main';
import { PRESETS } from '../../../../src/domain/commissorium';

interface PlanJson {
  year: number;
  meetings: { kind: string; start: string; end: string; meetingRef: string; prepares?: string }[];
  deadlines: { meetingRef: string; kind: string; date: string }[];
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'sekretariat-plan-'));
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, cwd: dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sekretariat plan', () => {
  it.each([
    ['horsens-2024', { ordinary: 4, planning: 4 }],
    ['horsens-2023', { ordinary: 3, video: 3, planning: 6 }],
  ])('prints the %s plan as JSON: meetings with ISO offsets and their deadlines', async (preset, counts) => {
    const { code, out } = await run('plan', '--year', '2027', '--preset', preset, '--json');
    expect(code).toBe(0);
    const plan = JSON.parse(out) as PlanJson;
    expect(plan.year).toBe(2027);
    const tally: Record<string, number> = {};
    for (const m of plan.meetings) tally[m.kind] = (tally[m.kind] ?? 0) + 1;
    expect(tally).toEqual(counts);
    for (const m of plan.meetings) expect(m.start).toMatch(/^2027-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/);
    const refs = plan.meetings.filter((m) => m.kind !== 'planning').map((m) => m.meetingRef);
    expect(new Set(plan.deadlines.map((d) => d.meetingRef))).toEqual(new Set(refs));
  });

  it('reads a commissorium from a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekretariat-config-'));
    const file = join(dir, 'kommissorium.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...PRESETS['horsens-2024'],
        name: 'Temagruppe',
        series: [{ kind: 'ordinary', perYear: 6, durationMinutes: 90, form: 'video' }],
        planning: undefined,
      }),
    );
    const { code, out } = await run('plan', '--year', '2027', '--config', file, '--json');
    expect(code).toBe(0);
    const plan = JSON.parse(out) as PlanJson;
    expect(plan.meetings.map((m) => m.kind)).toEqual(Array(6).fill('ordinary'));
  });

  it('says what is wrong with an invalid commissorium', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sekretariat-config-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...PRESETS['horsens-2024'], startTime: '25:00' }));
    const { code, err } = await run('plan', '--config', file);
    expect(code).toBe(1);
    expect(err).toContain('startTime');
  });

  it('refuses an unknown preset, both --preset and --config, and a bad year (exit 2)', async () => {
    expect((await run('plan', '--preset', 'aarhus')).code).toBe(2);
    expect((await run('plan', '--preset', 'horsens-2024', '--config', 'x.json')).code).toBe(2);
    expect((await run('plan', '--year', 'next')).code).toBe(2);
  });

  it('prints a readable Danish plan by default', async () => {
    const { code, out } = await run('plan', '--year', '2027', '--preset', 'horsens-2024');
    expect(code).toBe(0);
    expect(out).toContain('Årsplan 2027');
    expect(out).toContain('Planlægningsmøde (2027-O1-P)');
    expect(out).toContain('Frist for punkter');
  });
});
