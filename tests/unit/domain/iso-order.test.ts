import { byIso } from '../../../src/domain/iso-order';

/** A deterministic spread of instants over 2024–2030 (a fixed seed, so a failure can be reproduced). */
function instants(count: number): Date[] {
  let seed = 17;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const from = Date.UTC(2024, 0, 1);
  const to = Date.UTC(2031, 0, 1);
  return Array.from({ length: count }, () => new Date(from + Math.floor(next() * (to - from))));
}

describe('byIso', () => {
  const times = instants(500);

  it('orders timestamps as Graph and the lists write them (…Z) in time order, as localeCompare did', () => {
    const iso = times.map((t) => t.toISOString().replace('.000Z', 'Z'));
    const inTime = [...times].sort((a, b) => a.getTime() - b.getTime()).map((t) => t.toISOString().replace('.000Z', 'Z'));
    expect([...iso].sort(byIso)).toEqual(inTime);
    expect([...iso].sort(byIso)).toEqual([...iso].sort((a, b) => a.localeCompare(b)));
  });

  it('orders calendar dates, and a date before the timestamps of its day', () => {
    const days = times.map((t) => t.toISOString().slice(0, 10));
    expect([...days].sort(byIso)).toEqual([...days].sort((a, b) => Date.parse(a) - Date.parse(b)));
    expect(['2026-10-01T07:00:00Z', '2026-10-01', '2026-09-30T23:59:59Z'].sort(byIso)).toEqual([
      '2026-09-30T23:59:59Z',
      '2026-10-01',
      '2026-10-01T07:00:00Z',
    ]);
  });

  it('is a comparator: equal strings compare 0, and the order reverses with the arguments', () => {
    expect(byIso('2026-12-10', '2026-12-10')).toBe(0);
    expect(byIso('2026-12-09', '2026-12-10')).toBeLessThan(0);
    expect(byIso('2026-12-10', '2026-12-09')).toBeGreaterThan(0);
  });
});
