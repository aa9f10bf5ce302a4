import { approvalStatus } from '../../../../src/domain/approval';
import {
  frozenStatus,
  lateAnswers,
  legacyTrail,
  minutesClosure,
  reopenReason,
  trailAtCirculation,
  trailOfCirculated,
  type ClosureInput,
} from '../../../../src/domain/minutes/circulated-trail';
import type { Approval, ForumMember } from '../../../../src/domain/types';
import { circulatedTrailOf, reopeningsOf } from '../../../../src/store/mappers/minutes-mapper';

const HASH = 'a'.repeat(64);
const chair = (n: string): ForumMember => ({
  id: n,
  name: n,
  email: `${n}@region.example`,
  organisation: 'Region',
  organisationKind: 'region',
  jobTitle: '',
  role: 'chair',
  external: false,
});
const CHAIRS = [chair('jonas'), chair('yrsa'), chair('lene')];
const answer = (id: string, who: string, decision: Approval['decision'], at: string, over: Partial<Approval> = {}): Approval => ({
  id,
  minutesVersionId: 'v2',
  contentHash: HASH,
  decision,
  channel: 'teams',
  createdBy: { id: `u-${who}`, name: who, email: `${who}@region.example` },
  modifiedById: `u-${who}`,
  createdAt: at,
  ...over,
});
const CIRCULATED_AT = '2026-04-20T08:00:00Z';
// Two of three is the forum's rule here: Lene had not answered when the minutes went out.
const counted = [
  answer('1', 'jonas', 'approved', '2026-04-19T09:00:00Z'),
  answer('0', 'yrsa', 'changes-requested', '2026-04-18T09:00:00Z'),
  answer('2', 'yrsa', 'approved', '2026-04-19T10:00:00Z', { channel: 'browser' }),
];
const trail = trailAtCirculation(approvalStatus({ contentHash: HASH }, counted, CHAIRS, 2), CIRCULATED_AT);

describe('the trail frozen at circulation', () => {
  it('keeps each chair’s counted answer (the latest then), the chairs and the number the rule asked for', () => {
    expect(trail.at).toBe(CIRCULATED_AT);
    expect(trail.required).toBe(2);
    expect(trail.chairs.map((c) => c.email)).toEqual(['jonas@region.example', 'yrsa@region.example', 'lene@region.example']);
    expect(trail.answers).toEqual([
      {
        id: '1',
        email: 'jonas@region.example',
        name: 'jonas',
        decision: 'approved',
        hash: HASH,
        at: '2026-04-19T09:00:00Z',
        channel: 'teams',
      },
      {
        id: '2',
        email: 'yrsa@region.example',
        name: 'yrsa',
        decision: 'approved',
        hash: HASH,
        at: '2026-04-19T10:00:00Z',
        channel: 'browser',
      },
    ]);
  });

  it('reads back as the approval state counted then, whatever is recorded since', () => {
    const status = frozenStatus(trail, 'v2');
    expect(status.approvals).toBe(2);
    expect(status.required).toBe(2);
    expect(status.approved).toBe(true);
    expect(status.changesRequested).toBe(false);
    expect(status.chairs.map((c) => c.answer)).toEqual(['approved', 'approved', 'pending']);
  });

  it('survives the list column as JSON (and a damaged one is no trail)', () => {
    expect(circulatedTrailOf(JSON.stringify(trail))).toEqual(trail);
    expect(circulatedTrailOf('{not json')).toBeUndefined();
    expect(circulatedTrailOf(JSON.stringify({ at: CIRCULATED_AT }))).toBeUndefined();
  });
});

describe('answers after circulation', () => {
  it('are late: a chair’s change request after the counted approval, and an answer from a chair who had not answered', () => {
    const yrsaLate = answer('3', 'yrsa', 'changes-requested', '2026-04-21T10:00:00Z', { comment: 'Punkt 3 er forkert' });
    const leneLate = answer('4', 'lene', 'approved', '2026-04-21T11:00:00Z');
    const late = lateAnswers(trail, [...counted, leneLate, yrsaLate]);
    expect(late.map((a) => a.id)).toEqual(['3', '4']);
    // …and the frozen state does not move: still two approvals, nobody asking for changes.
    expect(frozenStatus(trail, 'v2').approvals).toBe(2);
  });

  it('are never the earlier answers the counted one replaced, nor records someone else wrote or touched, nor another content’s', () => {
    const forged = answer('5', 'per', 'changes-requested', '2026-04-21T10:00:00Z');
    const touched = answer('6', 'jonas', 'changes-requested', '2026-04-21T10:00:00Z', { modifiedById: 'u-per' });
    const other = answer('7', 'jonas', 'approved', '2026-04-21T10:00:00Z', { contentHash: 'b'.repeat(64) });
    expect(lateAnswers(trail, [...counted, forged, touched, other])).toEqual([]);
  });

  it('for minutes circulated before the trail was kept: the answers recorded until FinalAt count, later ones are late', () => {
    const yrsaLate = answer('3', 'yrsa', 'changes-requested', '2026-04-21T10:00:00Z');
    const legacy = legacyTrail({ contentHash: HASH, finalAt: CIRCULATED_AT }, [...counted, yrsaLate], CHAIRS, 2);
    expect(legacy?.answers.map((a) => a.id)).toEqual(['1', '2']);
    expect(legacy ? lateAnswers(legacy, [...counted, yrsaLate]).map((a) => a.id) : []).toEqual(['3']);
    expect(legacyTrail({ contentHash: HASH }, counted, CHAIRS, 2)).toBeUndefined();
  });
});

describe('which trail is believed', () => {
  const yrsaLate = answer('3', 'yrsa', 'changes-requested', '2026-04-21T10:00:00Z');
  const forgedTrail = { ...trail, answers: [] };

  it('the one frozen on a row the secretariat wrote last', () => {
    expect(
      trailOfCirculated({
        version: { contentHash: HASH, finalAt: CIRCULATED_AT, circulatedTrail: trail },
        versionIsSecretariats: true,
        records: [...counted, yrsaLate],
        chairs: CHAIRS,
        required: 2,
      }),
    ).toBe(trail);
  });

  it('not one on a row someone else changed (nor its FinalAt): the chairs’ own records until the meeting’s time of circulation', () => {
    const believed = trailOfCirculated({
      version: { contentHash: HASH, finalAt: '2026-04-22T00:00:00Z', circulatedTrail: forgedTrail },
      versionIsSecretariats: false,
      records: [...counted, yrsaLate],
      chairs: CHAIRS,
      required: 2,
      meetingCirculatedAt: CIRCULATED_AT,
    });
    expect(believed?.answers.map((a) => a.id)).toEqual(['1', '2']);
  });
});

describe('closure', () => {
  const latest = { id: 'v2', version: 2, contentHash: HASH, status: 'approved' as const, finalAt: CIRCULATED_AT };
  const meeting = (over: Partial<ClosureInput['meeting']> = {}): ClosureInput['meeting'] => ({
    circulatedAt: CIRCULATED_AT,
    circulatedHash: HASH,
    reopenings: [],
    writtenBySecretariat: true,
    ...over,
  });
  const reopening = { version: 2, hash: HASH, reason: 'Forkert beløb i punkt 3', by: 'Katrine Holm', at: '2026-04-22T09:00:00Z' };

  it('closes circulated minutes, on either sign of it (a member cannot open them by changing one)', () => {
    expect(minutesClosure({ latest, meeting: meeting() }).closed).toBe(true);
    expect(minutesClosure({ latest: { ...latest, status: 'awaiting-approval', finalAt: undefined }, meeting: meeting() }).closed).toBe(
      true,
    );
    expect(minutesClosure({ latest, meeting: meeting({ circulatedHash: undefined, circulatedAt: undefined }) }).closed).toBe(true);
  });

  it('leaves minutes not yet circulated open', () => {
    expect(
      minutesClosure({
        latest: { ...latest, status: 'awaiting-approval', finalAt: undefined },
        meeting: meeting({ circulatedHash: 'c'.repeat(64) }),
      }).closed,
    ).toBe(false);
    expect(minutesClosure({ latest: undefined, meeting: meeting() }).closed).toBe(false);
  });

  it('opens them again only by the secretariat’s reopening of exactly this version', () => {
    const reopened = minutesClosure({ latest, meeting: meeting({ reopenings: [reopening] }) });
    expect(reopened.closed).toBe(false);
    expect(reopened.reopened).toEqual(reopening);
    // A meeting item someone else wrote last: the reopening on it does not count.
    expect(minutesClosure({ latest, meeting: meeting({ reopenings: [reopening], writtenBySecretariat: false }) }).closed).toBe(true);
    // A reopening of another version, or of other content, does not open this one.
    expect(minutesClosure({ latest, meeting: meeting({ reopenings: [{ ...reopening, version: 1 }] }) }).closed).toBe(true);
    expect(minutesClosure({ latest, meeting: meeting({ reopenings: [{ ...reopening, hash: 'c'.repeat(64) }] }) }).closed).toBe(true);
  });

  it('needs a reason to reopen', () => {
    expect(reopenReason('   \n')).toBeUndefined();
    expect(reopenReason('  Forkert beløb ')).toBe('Forkert beløb');
    expect(reopeningsOf(JSON.stringify([reopening, { ...reopening, reason: ' ' }, { version: 'x' }]))).toEqual([reopening]);
  });
});
