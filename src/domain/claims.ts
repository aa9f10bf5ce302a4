/**
 * Owned claims: the rule that makes "two presses, two tabs, two secretaries: one send" hold.
 * A step that must happen once (an agenda send, a circulation, a consultation mail …) first writes a claim on its
 * list item with If-Match. The claim names a token made for this one attempt, so only that attempt continues; a
 * claim older than the timeout belongs to an attempt that died, and a new attempt may take it over and finish the
 * step — settling what the dead one may already have sent by looking it up, never by sending again blindly.
 * Pure: the store (src/store/claims-store.ts) reads and writes the claims.
 */

/** The steps that are claimed, one word each: the stores, `sekretariat status` and the Driftsstatus view share them. */
export const CLAIM_STEPS = [
  'agenda-send',
  'minutes-circulation',
  'call-for-items',
  'consultation-send',
  'consultation-remind',
  'consultation-close',
  'approval-request',
  'approval-reminder',
  'action-reminder',
  'decision-mail',
] as const;
export type ClaimStep = (typeof CLAIM_STEPS)[number];

/**
 * Whether a later attempt may take over a dead one's step and finish it: true where every mail of the step carries a
 * correlation id the attempt looks up before sending (a call for items too, since it goes through send-once; only an
 * older version's 'sending' call, without a correlation id, waits for a person: call-for-items.ts callStatus).
 */
export const TAKE_OVER: Readonly<Record<ClaimStep, boolean>> = {
  'agenda-send': true,
  'minutes-circulation': true,
  'call-for-items': true,
  'consultation-send': true,
  'consultation-remind': true,
  'consultation-close': true,
  'approval-request': true,
  'approval-reminder': true,
  'action-reminder': true,
  'decision-mail': true,
};

/**
 * The steps `sekretariat run` (and `sekretariat remind`) finish by themselves when a dead attempt left them: the
 * unattended pass takes them over. The others are started by a person's button and taken over when it is pressed again.
 */
export const FINISHED_BY_RUN: ReadonlySet<ClaimStep> = new Set<ClaimStep>([
  'call-for-items',
  'consultation-remind',
  'approval-reminder',
  'action-reminder',
  'decision-mail',
]);

/**
 * Whether a stale claim may be taken over: its step's rule (TAKE_OVER) — except a call for items an older version
 * claimed ('sending', no token), which went out without a correlation id: nothing to look it up by, a person checks.
 */
export function mayTakeOver(step: ClaimStep, claim: Pick<Claim, 'token'> | undefined): boolean {
  return TAKE_OVER[step] && !(step === 'call-for-items' && claim?.token === '');
}

/** A step in progress on a list item. */
export interface Claim {
  /** Made for one attempt (a UUID): an attempt continues only while the item carries its own token. */
  readonly token: string;
  /** When the attempt claimed the step, ISO UTC. */
  readonly at: string;
  /** Which step; undefined for a claim written by an older version of the app. */
  readonly step?: ClaimStep;
  /** What the attempt sends under (its correlation id): a takeover looks it up to settle what was sent. */
  readonly correlation?: string;
  /** The content the attempt sends (its hash), where a takeover needs to record what the dead attempt sent. */
  readonly hash?: string;
  /**
   * The attempt ended without knowing whether its send went through (its answer lost), or failed after it went: the
   * next attempt takes the claim over at once, and settles the send by looking it up under `correlation`.
   */
  readonly ended?: boolean;
}

/** A claim older than this belongs to an attempt that died: the next attempt may take it over. */
export const CLAIM_TIMEOUT_MS = 10 * 60_000;

export type ClaimState =
  /** Nobody holds the step. */
  | 'free'
  /** The claim carries my token: I hold the step (also when my write applied and only its answer was lost). */
  | 'mine'
  /** Someone else's attempt holds it and may still be running: leave it to them. */
  | 'held'
  /** Someone else's attempt claimed it longer ago than the timeout: it died, and may be taken over. */
  | 'stale';

/**
 * Where a claim stands for the attempt holding `myToken` (undefined: an attempt that has claimed nothing yet) at
 * `now`. A time that cannot be read, or lies further in the future than the timeout (no clock is that wrong), makes
 * the claim stale: a claim nobody can date must not block the step forever.
 */
export function claimState(
  claim: Claim | undefined,
  myToken: string | undefined,
  now: Date,
  timeoutMs: number = CLAIM_TIMEOUT_MS,
): ClaimState {
  if (!claim) return 'free';
  if (myToken !== undefined && myToken !== '' && claim.token === myToken) return 'mine';
  if (claim.ended) return 'stale';
  const age = now.getTime() - Date.parse(claim.at);
  if (Number.isNaN(age) || age >= timeoutMs || age <= -timeoutMs) return 'stale';
  return 'held';
}

/** What an attempt that has not claimed yet does about the claim it found. */
export type ClaimDecision = 'take' | 'take-over' | 'claimed-elsewhere' | 'stuck';

/** Take a free step; take over a stale claim where the step can be settled by looking, else it stays stuck for a person. */
export function claimDecision(
  found: Claim | undefined,
  now: Date,
  opts: { readonly takeOver: boolean; readonly timeoutMs?: number },
): ClaimDecision {
  const state = claimState(found, undefined, now, opts.timeoutMs);
  if (state === 'free') return 'take';
  if (state === 'stale') return opts.takeOver ? 'take-over' : 'stuck';
  return 'claimed-elsewhere';
}

const isStep = (v: unknown): v is ClaimStep => typeof v === 'string' && (CLAIM_STEPS as readonly string[]).includes(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * A claim as stored in its column (JSON). An empty column is no claim. Anything else that is not our JSON (a claim an
 * older version wrote: a bare correlation id, or `{ kind, token, at }`) is kept as a claim with what can be read of it
 * — so it still blocks a fresh attempt while young and can be taken over when old, never silently ignored.
 */
export function parseClaim(text: unknown, fallbackAt?: string): Claim | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { token: '', at: fallbackAt ?? '', correlation: text.trim() };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { token: '', at: fallbackAt ?? '', correlation: text.trim() };
  const v = value as Record<string, unknown>;
  // An older version's circulation claim, let go after a failure.
  if (v.active === false) return undefined;
  const step = isStep(v.step) ? v.step : undefined;
  const correlation = str(v.correlation);
  const hash = str(v.hash);
  return {
    token: str(v.token) ?? '',
    at: str(v.at) ?? fallbackAt ?? '',
    ...(step ? { step } : {}),
    ...(correlation ? { correlation } : {}),
    ...(hash ? { hash } : {}),
    ...(v.ended === true ? { ended: true } : {}),
  };
}

/** The claim as written to its column. */
export function claimText(claim: Claim): string {
  return JSON.stringify({
    token: claim.token,
    at: claim.at,
    ...(claim.step ? { step: claim.step } : {}),
    ...(claim.correlation ? { correlation: claim.correlation } : {}),
    ...(claim.hash ? { hash: claim.hash } : {}),
    ...(claim.ended ? { ended: true } : {}),
  });
}
