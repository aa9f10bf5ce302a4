import { claimDecision, claimState, claimText, parseClaim, type Claim } from '../../../src/domain/claims';

const NOW = new Date('2026-10-20T10:00:00Z');
const claim = (token: string, at: string): Claim => ({ token, at, step: 'agenda-send' });

describe('an owned claim, seen by one attempt', () => {
  it.each<[string, Claim | undefined, string | undefined, ReturnType<typeof claimState>]>([
    ['free: no claim on the item', undefined, undefined, 'free'],
    ['mine: the item carries my token', claim('mine', '2026-10-20T09:59:00Z'), 'mine', 'mine'],
    [
      'mine after a lost answer: my write applied, the retry met it (412); the re-read shows my token',
      claim('mine', '2026-10-20T09:59:59Z'),
      'mine',
      'mine',
    ],
    ["someone else's, fresh: they may still be sending", claim('theirs', '2026-10-20T09:50:01Z'), 'mine', 'held'],
    ["someone else's, fresh, before I have claimed anything", claim('theirs', '2026-10-20T09:59:00Z'), undefined, 'held'],
    ["someone else's, stale: claimed 10 minutes ago, never finished", claim('theirs', '2026-10-20T09:50:00Z'), 'mine', 'stale'],
    ["someone else's, stale by hours", claim('theirs', '2026-10-19T10:00:00Z'), undefined, 'stale'],
    ['an older version’s claim without a token, fresh', claim('', '2026-10-20T09:55:00Z'), undefined, 'held'],
    ['a claim with no readable time: nobody can date it, so it cannot block forever', claim('theirs', ''), undefined, 'stale'],
    ['a claim dated further ahead than the timeout: no clock is that wrong', claim('theirs', '2026-10-20T11:00:00Z'), undefined, 'stale'],
    ['a claim a little ahead (another machine’s clock): still held', claim('theirs', '2026-10-20T10:02:00Z'), undefined, 'held'],
    [
      'ended, fresh: its attempt stopped not knowing whether its send went — the next one takes over at once',
      { ...claim('theirs', '2026-10-20T09:59:59Z'), ended: true },
      undefined,
      'stale',
    ],
    ['ended, but mine: still mine', { ...claim('mine', '2026-10-20T09:59:59Z'), ended: true }, 'mine', 'mine'],
  ])('%s', (_what, found, myToken, expected) => {
    expect(claimState(found, myToken, NOW)).toBe(expected);
  });

  it('an empty token is never mine, even when mine is empty too', () => {
    expect(claimState(claim('', '2026-10-20T09:59:00Z'), '', NOW)).toBe('held');
  });

  it.each<[string, Claim | undefined, boolean, ReturnType<typeof claimDecision>]>([
    ['free: take it', undefined, true, 'take'],
    ["someone else's, fresh: leave it to them", claim('theirs', '2026-10-20T09:55:00Z'), true, 'claimed-elsewhere'],
    [
      "someone else's, stale: take it over and settle what they sent by looking",
      claim('theirs', '2026-10-20T09:40:00Z'),
      true,
      'take-over',
    ],
    ['stale on a step that cannot be settled by looking: stuck for a person', claim('theirs', '2026-10-20T09:40:00Z'), false, 'stuck'],
  ])('decides: %s', (_what, found, takeOver, expected) => {
    expect(claimDecision(found, NOW, { takeOver })).toBe(expected);
  });
});

describe('a claim in its column', () => {
  it('round-trips as JSON', () => {
    const c: Claim = {
      token: '0b4c…',
      at: '2026-10-20T10:00:00.000Z',
      step: 'consultation-send',
      correlation: 'agenda:7:abc:first',
      hash: 'ff',
    };
    expect(parseClaim(claimText(c))).toEqual(c);
    expect(parseClaim(claimText({ ...c, ended: true }))).toEqual({ ...c, ended: true });
  });

  it.each<[string, unknown, string | undefined, Claim | undefined]>([
    ['an empty column is no claim', '', undefined, undefined],
    ['null is no claim', null, undefined, undefined],
    [
      'an older version’s agenda claim (a bare correlation id, its time in AgendaSendingAt) is a claim without a token',
      'agenda:7:abc:first',
      '2026-10-20T09:00:00Z',
      { token: '', at: '2026-10-20T09:00:00Z', correlation: 'agenda:7:abc:first' },
    ],
    [
      'an older version’s consultation claim ({ kind, token, at })',
      '{"kind":"send","token":"t1","at":"2026-10-20T09:00:00Z"}',
      undefined,
      { token: 't1', at: '2026-10-20T09:00:00Z' },
    ],
    [
      'an older version’s circulation claim, let go after a failure, is free',
      '{"correlation":"c","at":"2026-10-20T09:00:00Z","active":false}',
      undefined,
      undefined,
    ],
    [
      'an unknown step is dropped, the claim kept',
      '{"token":"t","at":"2026-10-20T09:00:00Z","step":"sabotage"}',
      undefined,
      { token: 't', at: '2026-10-20T09:00:00Z' },
    ],
  ])('%s', (_what, text, fallbackAt, expected) => {
    expect(parseClaim(text, fallbackAt)).toEqual(expected);
  });
});
