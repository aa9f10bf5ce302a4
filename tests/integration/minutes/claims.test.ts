import type { MinutesVersion } from '../../../src/domain/types';
import { MinutesStore } from '../../../src/store/forum-stores';
import { stuckSteps } from '../../../src/store/stuck-steps';
import { dyingGraph, ProcessDied } from '../support/attempts';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';
import { activities, answer, contentFor, inbox, minutesSeed, NOW, outbox, setup, store, type Setup } from './minutes-support';

/**
 * Asking the co-chairs and circulating the minutes are owned claims: an attempt that dies after its mail went leaves
 * its claim; a press a minute later is told someone is at it and sends nothing; after the timeout the claim is
 * listed as stuck, and the next press takes it over and finishes — the mail the dead attempt sent is found by its
 * correlation id and not sent again, the Teams activity (same chainId) replaces itself.
 */
let sb: TestSandbox;
let s: Setup;
let version: MinutesVersion;

beforeAll(async () => {
  sb = await startTestSandbox(minutesSeed, { now: () => NOW });
  s = await setup(sb);
  ({ version } = await store(s.graph).freeze(s.forum, s.meeting, contentFor(s.meeting)));
});
afterAll(() => sb.dispose());

const CHAIR = TEST_PEOPLE.chair.mail;
const GUEST = TEST_PEOPLE.guest.mail;
const MINUTE = 60_000;
const at = (minutes: number) => () => new Date(NOW.getTime() + minutes * MINUTE);
const isSend = (r: { method: string; url: string }): boolean => r.method === 'POST' && /\/messages\/[^/]+\/send$/.test(r.url);

describe('a minutes step whose attempt died after its mail went', () => {
  it('approval requests: blocked for a minute, stuck after the timeout, taken over: each chair asked once', async () => {
    await expect(store(dyingGraph(s.graph, isSend), at(0)).requestApprovals(s.forum, version)).rejects.toBeInstanceOf(ProcessDied);
    expect(await outbox(sb, 'Til godkendelse:')).toHaveLength(1);
    expect(await activities(sb, CHAIR)).toHaveLength(1);

    expect(await store(s.graph, at(1)).requestApprovals(s.forum, version)).toMatchObject({ outcome: 'claimed-elsewhere', sentNow: 0 });
    expect(await stuckSteps(s.graph, s.forum, at(11)())).toEqual([
      expect.objectContaining({ step: 'approval-request', list: 'MinutesVersions', itemId: version.id, resumable: true }),
    ]);

    expect(await store(s.graph, at(11)).requestApprovals(s.forum, version)).toMatchObject({ outcome: 'sent', sentNow: 2 });
    expect((await outbox(sb, 'Til godkendelse:')).map((m) => m.to)).toEqual([[GUEST]]);
    expect(await activities(sb, CHAIR)).toHaveLength(1);
    const [recorded] = await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id);
    expect(recorded?.requests?.map((r) => [r.email, r.channel])).toEqual([
      [CHAIR, 'activity'],
      [GUEST, 'mail'],
    ]);
    expect(await stuckSteps(s.graph, s.forum, at(11)())).toEqual([]);
  });

  it('circulation: blocked for a minute, stuck after the timeout, taken over: every member and guest gets the minutes once', async () => {
    await answer(sb, CHAIR, version, 'approved');
    await answer(sb, GUEST, version, 'approved', { Channel: 'browser' });
    await expect(store(dyingGraph(s.graph, isSend), at(20)).circulate(s.forum, s.meeting, version)).rejects.toBeInstanceOf(ProcessDied);
    const external = ['gaest@oplaeg.example', GUEST, TEST_PEOPLE.patient.mail, 'vikar@privat.example'].sort();
    expect((await outbox(sb, 'Godkendt referat:')).flatMap((m) => m.to).sort()).toEqual(external);

    expect(await store(s.graph, at(21)).circulate(s.forum, s.meeting, version)).toMatchObject({ outcome: 'claimed-elsewhere' });
    expect(await stuckSteps(s.graph, s.forum, at(31)())).toEqual([
      expect.objectContaining({ step: 'minutes-circulation', list: 'Meetings', itemId: s.meeting.id, title: 'Styregruppemøde 1' }),
    ]);

    expect(await store(s.graph, at(31)).circulate(s.forum, s.meeting, version)).toMatchObject({ outcome: 'circulated', recipients: 6 });
    expect((await outbox(sb, 'Godkendt referat:')).flatMap((m) => m.to).sort()).toEqual(external);
    expect(await inbox(sb, CHAIR, 'Godkendt referat:')).toHaveLength(1);
    expect(await stuckSteps(s.graph, s.forum, at(31)())).toEqual([]);
    expect(await store(s.graph, at(32)).circulate(s.forum, s.meeting, version)).toMatchObject({ outcome: 'already-circulated' });
  });
});
