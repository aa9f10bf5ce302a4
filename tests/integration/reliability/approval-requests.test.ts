import type { MinutesVersion } from '../../../src/domain/types';
import { MinutesStore } from '../../../src/store/forum-stores';
import { listItemUrl } from '../../../src/store/list-item';
import { stuckSteps } from '../../../src/store/stuck-steps';
import { activities, contentFor, minutesSeed, NOW, setup, store, type Setup } from '../minutes/minutes-support';
import { dyingGraph, pausingGraph, ProcessDied, type Seen } from '../support/attempts';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';
import { faultThenAgain, inject, outboxTo, WIRE_FAULTS, type Target } from './faults';

/**
 * The fault matrix, asking the co-chairs to approve minutes and reminding them (docs/RELIABILITY.md): each wire fault
 * on the Teams activity, on the guest chair's mail (its draft, its send, the `$batch`es carrying them), a colleague's
 * write that makes the claim meet a 412, a reminder run that dies after its mail went — each time, with the press
 * again or the next run, the tenant chair has one activity and the guest chair one mail, and the version records
 * them. Two presses at once and a request whose sender died: minutes/requests.test.ts, minutes/claims.test.ts.
 */
const CHAIR = TEST_PEOPLE.chair.mail;
const GUEST = TEST_PEOPLE.guest.mail;
const MINUTE = 60_000;
let sb: TestSandbox;
let s: Setup;
let version: MinutesVersion;

beforeEach(async () => {
  sb = await startTestSandbox(minutesSeed, { now: () => NOW });
  s = await setup(sb);
  ({ version } = await store(s.graph).freeze(s.forum, s.meeting, contentFor(s.meeting)));
});
afterEach(() => sb.dispose());

async function asked(kind: 'approvalRequested' | 'approvalReminder', subject: string): Promise<{ activities: number; mails: string[] }> {
  return { activities: (await activities(sb, CHAIR)).filter((a) => a.activityType === kind).length, mails: await outboxTo(sb, subject) };
}

const TARGETS: readonly (readonly [string, Target, number])[] = [
  ['the Teams activity', { method: 'POST', path: '/teamwork/sendActivityNotification$' }, 0],
  ["the guest chair's draft", { method: 'POST', path: '^/users/[^/]+/messages$' }, 0],
  ["the guest chair's send", { method: 'POST', path: '/messages/[^/]+/send$' }, 0],
  // The first $batch looks up an earlier attempt's mail; the second carries the draft, the third the send.
  ['the $batch carrying the draft', { method: 'POST', path: '^/\\$batch$' }, 1],
  ['the $batch carrying the send', { method: 'POST', path: '^/\\$batch$' }, 2],
];

describe.each(WIRE_FAULTS)('asking the co-chairs under %s', (kind) => {
  it.each(TARGETS)('on %s, then the press again: one activity, one mail, both recorded', async (_what, target, skip) => {
    await inject(sb, kind, target, { skip });
    const { again } = await faultThenAgain(sb, kind, () => store(s.graph).requestApprovals(s.forum, version));
    expect(again.outcome).toBe('sent');
    expect(await asked('approvalRequested', 'Til godkendelse:')).toEqual({ activities: 1, mails: [GUEST] });
    const [recorded] = await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id);
    expect(recorded?.requests?.map((r) => [r.email, r.channel])).toEqual([
      [CHAIR, 'activity'],
      [GUEST, 'mail'],
    ]);
    const item = await s.graph.get<{ fields: { Claim?: string } }>(
      `${listItemUrl(s.forum.siteId, 'MinutesVersions', version.id)}?expand=fields`,
    );
    expect(item.fields.Claim ?? '').toBe('');
  });
});

describe.each(WIRE_FAULTS)('reminding the co-chairs under %s', (kind) => {
  it.each(TARGETS)('on %s, then the next run: one reminder each, recorded', async (_what, target, skip) => {
    await store(s.graph).requestApprovals(s.forum, version);
    const late = new Date(Date.parse(version.approvalDeadline ?? '') + 3_600_000);
    await inject(sb, kind, target, { skip });
    await faultThenAgain(sb, kind, async () => {
      const fresh = (await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id))[0];
      return store(s.graph).remindApprovals(s.forum, fresh ?? version, late);
    });
    expect(await asked('approvalReminder', 'Påmindelse: Referat')).toEqual({ activities: 1, mails: [GUEST] });
    const [recorded] = await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id);
    expect(recorded?.remindedTo).toEqual([GUEST, CHAIR].sort());
    expect(await store(s.graph).remindDue(s.forum, late)).toBe(0);
  });
});

describe('asking and reminding the co-chairs, other faults', () => {
  it('412: a colleague writes to the version as the request claims it — nobody is asked by that press; the next asks each once', async () => {
    const isClaim = (r: Seen): boolean => r.method === 'PATCH' && r.url.includes('/lists/MinutesVersions/items/');
    const paused = pausingGraph(s.graph, isClaim);
    const running = store(paused.graph).requestApprovals(s.forum, version);
    await paused.reached;
    const fresh = await s.graph.get<{ '@odata.etag': string }>(listItemUrl(s.forum.siteId, 'MinutesVersions', version.id));
    await s.graph.patch(
      `${listItemUrl(s.forum.siteId, 'MinutesVersions', version.id)}/fields`,
      { ApprovalDeadline: version.approvalDeadline },
      { ifMatch: fresh['@odata.etag'] },
    );
    paused.release();
    expect(await running).toMatchObject({ outcome: 'claimed-elsewhere', sentNow: 0 });
    expect(await asked('approvalRequested', 'Til godkendelse:')).toEqual({ activities: 0, mails: [] });

    expect(
      await store(s.graph).requestApprovals(s.forum, (await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id))[0] ?? version),
    ).toMatchObject({ outcome: 'sent', sentNow: 2 });
    expect(await asked('approvalRequested', 'Til godkendelse:')).toEqual({ activities: 1, mails: [GUEST] });
  });

  it('a reminder run that dies after its mail went: stuck after the timeout, taken over, nobody reminded twice', async () => {
    await store(s.graph).requestApprovals(s.forum, version);
    const late = Date.parse(version.approvalDeadline ?? '') + 3_600_000;
    const at = (minutes: number) => new Date(late + minutes * MINUTE);
    const isSend = (r: Seen): boolean => r.method === 'POST' && /\/messages\/[^/]+\/send$/.test(r.url);
    const [asRequested] = await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id);
    await expect(
      store(dyingGraph(s.graph, isSend), () => at(0)).remindApprovals(s.forum, asRequested ?? version, at(0)),
    ).rejects.toBeInstanceOf(ProcessDied);
    expect(await asked('approvalReminder', 'Påmindelse: Referat')).toEqual({ activities: 1, mails: [GUEST] });

    expect(await store(s.graph).remindDue(s.forum, at(1))).toBe(0);
    expect(await stuckSteps(s.graph, s.forum, at(11))).toEqual([
      expect.objectContaining({ step: 'approval-reminder', itemId: version.id, resumable: true }),
    ]);
    expect(await store(s.graph).remindDue(s.forum, at(11))).toBe(2);
    expect(await asked('approvalReminder', 'Påmindelse: Referat')).toEqual({ activities: 1, mails: [GUEST] });
    expect(await stuckSteps(s.graph, s.forum, at(12))).toEqual([]);
    expect(await store(s.graph).remindDue(s.forum, at(12))).toBe(0);
  });
});

afterEach(() => call(sb, 'DELETE', '/_sandbox/faults').catch(() => undefined));
