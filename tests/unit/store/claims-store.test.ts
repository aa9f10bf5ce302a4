import { claimText, parseClaim, type Claim } from '../../../src/domain/claims';
import type { Forum } from '../../../src/domain/types';
import { claimSlot, letGo, readClaim, releaseClaim, takeClaim } from '../../../src/store/claims-store';
import { FakeGraph } from './fake-graph';

const FORUM = { groupId: 'g', siteId: 'site' } as Forum;
const NOW = new Date('2026-10-20T10:00:00Z');
const SLOT = claimSlot('agenda-send', '7');

type Fault = 'none' | 'applied-then-412' | 'applied-then-504' | 'lost-before-504' | 'someone-else-first';

/** One Meetings item: If-Match against its eTag, every write bumps it. `fault` shapes the next PATCH. */
function item(fields: Record<string, unknown> = {}) {
  const state = {
    version: 1,
    fields: { Title: 'Møde', ...fields } as Record<string, unknown>,
    fault: 'none' as Fault,
    patches: [] as { body: Record<string, unknown>; ifMatch?: string }[],
  };
  const etag = (): string => `"7,${state.version}"`;
  const apply = (body: Record<string, unknown>): void => {
    state.fields = { ...state.fields, ...body };
    state.version += 1;
  };
  const graph = new FakeGraph((method, _url, body, options) => {
    if (method === 'GET') return { status: 200, body: { id: '7', '@odata.etag': etag(), fields: state.fields } };
    if (method !== 'PATCH') return { status: 404 };
    const b = body as Record<string, unknown>;
    state.patches.push({ body: b, ...(options?.ifMatch ? { ifMatch: options.ifMatch } : {}) });
    const fault = state.fault;
    state.fault = 'none';
    if (fault === 'someone-else-first') apply({ AgendaSending: claimText({ token: 'theirs', at: NOW.toISOString() }) });
    if (options?.ifMatch !== etag()) return { status: 412 };
    if (fault === 'lost-before-504') return { status: 504 };
    apply(b);
    if (fault === 'applied-then-412') return { status: 412 };
    if (fault === 'applied-then-504') return { status: 504 };
    return { status: 200, body: { ...state.fields, '@odata.etag': etag() } };
  });
  return { state, graph, claimOnItem: (): Claim | undefined => parseClaim(state.fields.AgendaSending) };
}

const theirs = (at: string): string => claimText({ token: 'theirs', at, step: 'agenda-send', correlation: 'agenda:7:old:first' });

describe('takeClaim', () => {
  it('free: claims with If-Match and a fresh token; only that token is on the item', async () => {
    const { graph, state, claimOnItem } = item();
    const taken = await takeClaim(graph, FORUM, SLOT, await readClaim(graph, FORUM, SLOT), {
      step: 'agenda-send',
      now: NOW,
      correlation: 'agenda:7:h:first',
    });
    if (taken.outcome !== 'taken') throw new Error(taken.outcome);
    expect(state.patches.map((p) => p.ifMatch)).toEqual(['"7,1"']);
    expect(claimOnItem()).toEqual({
      token: taken.owned.claim.token,
      at: NOW.toISOString(),
      step: 'agenda-send',
      correlation: 'agenda:7:h:first',
    });
    expect(taken.owned.claim.token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(taken.owned.etag).toBe('"7,2"');
    expect(taken.owned.tookOver).toBeUndefined();
  });

  it('two attempts get two tokens', async () => {
    const a = item();
    const b = item();
    const ta = await takeClaim(a.graph, FORUM, SLOT, await readClaim(a.graph, FORUM, SLOT), { step: 'agenda-send', now: NOW });
    const tb = await takeClaim(b.graph, FORUM, SLOT, await readClaim(b.graph, FORUM, SLOT), { step: 'agenda-send', now: NOW });
    expect(ta.outcome === 'taken' && tb.outcome === 'taken' && ta.owned.claim.token !== tb.owned.claim.token).toBe(true);
  });

  it("someone else's fresh claim: claimed-elsewhere, nothing written", async () => {
    const { graph, state } = item({ AgendaSending: theirs('2026-10-20T09:58:00Z') });
    const taken = await takeClaim(graph, FORUM, SLOT, await readClaim(graph, FORUM, SLOT), { step: 'agenda-send', now: NOW });
    expect(taken).toMatchObject({ outcome: 'claimed-elsewhere', holder: { token: 'theirs' } });
    expect(state.patches).toEqual([]);
  });

  it("someone else's stale claim: taken over, the dead claim handed over for settling", async () => {
    const { graph, claimOnItem } = item({ AgendaSending: theirs('2026-10-20T09:45:00Z') });
    const taken = await takeClaim(graph, FORUM, SLOT, await readClaim(graph, FORUM, SLOT), { step: 'agenda-send', now: NOW });
    if (taken.outcome !== 'taken') throw new Error(taken.outcome);
    expect(taken.owned.tookOver).toMatchObject({ token: 'theirs', correlation: 'agenda:7:old:first' });
    expect(claimOnItem()?.token).toBe(taken.owned.claim.token);
  });

  it('a stale claim that cannot be settled by looking (an older version’s call, sent without a correlation id) stays: stuck, nothing written', async () => {
    const { graph, state } = item({
      CallForItemsClaim: claimText({ token: 'theirs', at: '2026-10-20T09:00:00Z', step: 'call-for-items' }),
    });
    const slot = claimSlot('call-for-items', '7');
    const taken = await takeClaim(graph, FORUM, slot, await readClaim(graph, FORUM, slot), {
      step: 'call-for-items',
      now: NOW,
      takeOver: false,
    });
    expect(taken).toMatchObject({ outcome: 'stuck', holder: { token: 'theirs' } });
    expect(state.patches).toEqual([]);
  });

  it('mine after a lost answer: the PATCH applied and answered 412 (a retry meeting its own write); the re-read finds my token', async () => {
    const { graph, state, claimOnItem } = item();
    state.fault = 'applied-then-412';
    const taken = await takeClaim(graph, FORUM, SLOT, await readClaim(graph, FORUM, SLOT), { step: 'agenda-send', now: NOW });
    if (taken.outcome !== 'taken') throw new Error(taken.outcome);
    expect(claimOnItem()?.token).toBe(taken.owned.claim.token);
    expect(taken.owned.etag).toBe('"7,2"');
  });

  it('mine after no answer (504 after the write applied): settled by looking', async () => {
    const { graph, state } = item();
    state.fault = 'applied-then-504';
    expect((await takeClaim(graph, FORUM, SLOT, await readClaim(graph, FORUM, SLOT), { step: 'agenda-send', now: NOW })).outcome).toBe(
      'taken',
    );
  });

  it('no answer and the write did not apply: the failure is raised, not taken for a claim', async () => {
    const { graph, state, claimOnItem } = item();
    state.fault = 'lost-before-504';
    await expect(takeClaim(graph, FORUM, SLOT, await readClaim(graph, FORUM, SLOT), { step: 'agenda-send', now: NOW })).rejects.toThrow(
      '504',
    );
    expect(claimOnItem()).toBeUndefined();
  });

  it('412 because someone else claimed first (another tab, 0.7 s earlier): claimed-elsewhere, theirs untouched', async () => {
    const { graph, state, claimOnItem } = item();
    const seen = await readClaim(graph, FORUM, SLOT);
    state.fault = 'someone-else-first';
    expect(await takeClaim(graph, FORUM, SLOT, seen, { step: 'agenda-send', now: NOW })).toMatchObject({
      outcome: 'claimed-elsewhere',
      holder: { token: 'theirs' },
    });
    expect(claimOnItem()?.token).toBe('theirs');
  });
});

describe('releaseClaim', () => {
  async function taken(fields: Record<string, unknown> = {}) {
    const it = item(fields);
    const t = await takeClaim(it.graph, FORUM, SLOT, await readClaim(it.graph, FORUM, SLOT), { step: 'agenda-send', now: NOW });
    if (t.outcome !== 'taken') throw new Error(t.outcome);
    return { ...it, owned: t.owned };
  }

  it('removes my claim and writes the outcome in the same If-Match PATCH', async () => {
    const { graph, state, owned } = await taken();
    expect(await releaseClaim(graph, FORUM, owned, { AgendaSentAt: '2026-10-20T10:01:00Z' })).toEqual({ released: true, etag: '"7,3"' });
    expect(state.patches.at(-1)).toEqual({ body: { AgendaSentAt: '2026-10-20T10:01:00Z', AgendaSending: null }, ifMatch: '"7,2"' });
    expect(state.fields.AgendaSending).toBeNull();
  });

  it('someone edited another column meanwhile: my token is still there, so it is written again with the new eTag', async () => {
    const { graph, state, owned } = await taken();
    state.fields = { ...state.fields, Location: 'Lokale 2' };
    state.version += 1;
    expect((await releaseClaim(graph, FORUM, owned, { AgendaSentAt: 'x' })).released).toBe(true);
    expect(state.patches.slice(1).map((p) => p.ifMatch)).toEqual(['"7,2"', '"7,3"']);
    expect(state.fields).toMatchObject({ Location: 'Lokale 2', AgendaSentAt: 'x', AgendaSending: null });
  });

  it('a later attempt took the step over: nothing of mine is written, their claim stays', async () => {
    const { graph, state, owned } = await taken();
    state.fields = { ...state.fields, AgendaSending: theirs(NOW.toISOString()) };
    state.version += 1;
    expect((await releaseClaim(graph, FORUM, owned, { AgendaSentAt: 'x' })).released).toBe(false);
    expect(state.fields.AgendaSentAt).toBeUndefined();
    expect(parseClaim(state.fields.AgendaSending)?.token).toBe('theirs');
    await letGo(graph, FORUM, owned);
    expect(parseClaim(state.fields.AgendaSending)?.token).toBe('theirs');
  });

  it('my release applied and only its answer was lost: reported as no longer mine, nothing written twice', async () => {
    const { graph, state, owned } = await taken();
    state.fault = 'applied-then-412';
    expect(await releaseClaim(graph, FORUM, owned, { AgendaSentAt: 'x' })).toEqual({ released: false, etag: '"7,3"' });
    expect(state.patches).toHaveLength(2);
  });
});
