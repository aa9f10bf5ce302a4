import { parseMinutesSnapshot } from '../../../../src/domain/minutes/minutes-snapshot';
import { content } from './minutes-fixture';

describe('parseMinutesSnapshot', () => {
  it('reads back exactly what a version froze', () => {
    const c = content();
    expect(parseMinutesSnapshot(JSON.stringify(c))).toEqual({ ok: true, content: c });
  });

  it('refuses empty, non-JSON, oversized and structurally broken snapshots with a reason', () => {
    expect(parseMinutesSnapshot('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseMinutesSnapshot(undefined)).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseMinutesSnapshot('{"meetingId": ')).toMatchObject({ ok: false, problem: 'not-json' });
    expect(parseMinutesSnapshot('x'.repeat(2_000_001))).toMatchObject({ ok: false, problem: 'too-large' });
    expect(parseMinutesSnapshot('null')).toMatchObject({ ok: false, problem: 'invalid' });
    expect(parseMinutesSnapshot('[1,2,3]')).toMatchObject({ ok: false, problem: 'invalid' });
    expect(parseMinutesSnapshot(JSON.stringify({ ...content(), items: 'lots' }))).toMatchObject({ ok: false, problem: 'invalid' });
    expect(parseMinutesSnapshot(JSON.stringify({ ...content(), items: [{ number: 1, title: 'Uden id' }] }))).toMatchObject({
      ok: false,
      problem: 'invalid',
    });
    const huge = { ...content(), items: [{ ...content().items[0], referat: 'ø'.repeat(100_001) }] };
    expect(parseMinutesSnapshot(JSON.stringify(huge))).toMatchObject({ ok: false, problem: 'invalid' });
    // Text of the wrong type would lose what the chair approves: refused, not emptied.
    expect(
      parseMinutesSnapshot(JSON.stringify({ ...content(), items: [{ ...content().items[0], beslutning: { text: 'x' } }] })),
    ).toMatchObject({ ok: false, problem: 'invalid' });
    expect(
      parseMinutesSnapshot(JSON.stringify({ ...content(), items: [{ ...content().items[0], recommendations: 'one string' }] })),
    ).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('tolerates junk where nothing is lost: unknown keys, wrong optional types, an unknown presence', () => {
    const c = content();
    const hostile = {
      ...c,
      __proto__: { admin: true },
      extra: '<script>alert(1)</script>',
      location: 42,
      attendance: [{ ...c.attendance[0], presence: 'levitating', chair: 'yes', email: ' Jonas@Region.Example ' }],
      items: c.items.map((i, n) =>
        n === 0 ? { ...i, presenter: { html: '<b>x</b>' }, standingKey: 'not-a-key', referat: undefined, recommendations: undefined } : i,
      ),
    };
    const read = parseMinutesSnapshot(JSON.stringify(hostile));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.content).not.toHaveProperty('extra');
    expect(read.content.location).toBeUndefined();
    expect(read.content.attendance[0]).toMatchObject({ email: 'jonas@region.example', presence: 'absent' });
    expect(read.content.attendance[0]).not.toHaveProperty('chair');
    expect(read.content.items[0]).not.toHaveProperty('presenter');
    expect(read.content.items[0]).not.toHaveProperty('standingKey');
    expect(read.content.items[0]).toMatchObject({ recommendations: [], referat: '' });
    expect(read.content.items[1]).toEqual(c.items[1]);
  });
});
