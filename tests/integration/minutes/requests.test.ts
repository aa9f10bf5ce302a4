import { MinutesStore } from '../../../src/store/forum-stores';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';
import { activities, answer, clearFaults, contentFor, fault, minutesSeed, NOW, outbox, setup, store, type Setup } from './minutes-support';

/**
 * Asking the co-chairs against the sandbox: the tenant chair (our app installed) gets a Teams activity with the
 * deep link; the guest chair (no app) gets one mail with the PDF and the web link; both are recorded. A retry after
 * an injected 503 asks nobody twice. Reminders go once, only to chairs who have not answered.
 */
let sb: TestSandbox;
let s: Setup;

beforeAll(async () => {
  sb = await startTestSandbox(minutesSeed, { now: () => NOW });
  s = await setup(sb);
});
afterAll(() => sb.dispose());

const CHAIR = TEST_PEOPLE.chair.mail;
const GUEST = TEST_PEOPLE.guest.mail;

describe('approval requests', () => {
  it('the tenant chair gets a Teams activity, the guest chair a mail with the PDF; both recorded; asking again sends nothing', async () => {
    const { version } = await store(s.graph).freeze(s.forum, s.meeting, contentFor(s.meeting));
    const result = await store(s.graph).requestApprovals(s.forum, version);
    expect(result.outcome).toBe('sent');
    expect(result.sentNow).toBe(2);

    const feed = await activities(sb, CHAIR);
    expect(feed).toHaveLength(1);
    expect(feed[0]?.activityType).toBe('approvalRequested');
    expect(feed[0]?.topic.source).toBe('text');
    expect(decodeURIComponent(feed[0]?.topic.webUrl ?? '')).toContain(`"subEntityId":"approve/${s.forum.groupId}/${version.id}"`);
    expect(feed[0]?.previewText).toBe('Referatet fra TSG Styregruppemøde 1 (17. marts 2026) (version 1) er klar til godkendelse');
    expect(feed[0]?.templateParameters).toEqual([{ name: 'meeting', value: 'TSG 17. marts 2026' }]);
    expect(await activities(sb, GUEST)).toEqual([]);

    const mails = await outbox(sb, 'Til godkendelse:');
    expect(mails.map((m) => [m.to, m.attachments.map((a) => [a.name, a.contentType])])).toEqual([
      [[GUEST], [['Referat 2026-03-17 TSG v1.pdf', 'application/pdf']]],
    ]);

    const [recorded] = await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id);
    expect(recorded?.requests?.map((r) => [r.email, r.channel, r.reason])).toEqual([
      [CHAIR, 'activity', undefined],
      [GUEST, 'mail', 'app-not-installed'],
    ]);

    const again = await store(s.graph).requestApprovals(s.forum, version);
    expect(again.sentNow).toBe(0);
    expect(await activities(sb, CHAIR)).toHaveLength(1);
    expect(await outbox(sb, 'Til godkendelse:')).toHaveLength(1);
  });

  it('a re-request for v2 says it is a new version; a 503 on the mail send, then a retry: one activity, one mail', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const { version } = await store(s.graph).freeze(s.forum, s.meeting, contentFor(s.meeting, 'Rettet efter kommentarer.'));
    expect(version.version).toBe(2);
    await fault(sb, '/messages/[^/]+/send$', 20);
    await expect(store(s.graph).requestApprovals(s.forum, version, { previous: { id: 'v1', version: 1 } })).rejects.toThrow();
    await clearFaults(sb);
    expect(await outbox(sb, 'Ny version til godkendelse:')).toEqual([]);

    // A second failure, this time on the activity: Graph's answer never arrives.
    await fault(sb, '/teamwork/sendActivityNotification', 20);
    await expect(store(s.graph).requestApprovals(s.forum, version)).rejects.toThrow();
    await clearFaults(sb);

    const retried = await store(s.graph).requestApprovals(s.forum, version);
    expect(retried.outcome).toBe('sent');
    expect(retried.requests.map((r) => [r.email, r.channel])).toEqual([
      [CHAIR, 'activity'],
      [GUEST, 'mail'],
    ]);
    const feed = (await activities(sb, CHAIR)).filter((a) => a.previewText.includes('version 2') || a.previewText.includes('Ny version 2'));
    expect(feed.map((a) => a.previewText)).toEqual([
      'Ny version 2 med ændringer: referatet fra TSG Styregruppemøde 1 (17. marts 2026) skal godkendes igen',
    ]);
    const mails = await outbox(sb, 'Ny version til godkendelse:');
    expect(mails.map((m) => m.to)).toEqual([[GUEST]]);
    expect(mails[0]?.attachments.map((a) => a.name)).toEqual(['Referat 2026-03-17 TSG v2.pdf']);
  });

  it('reminders: not before the deadline is near; then once, only to the chair who has not answered', async () => {
    const [, current] = await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id);
    if (!current?.approvalDeadline) throw new Error('no current version with a deadline');
    const deadline = Date.parse(current.approvalDeadline);
    expect((await store(s.graph).remindApprovals(s.forum, current, new Date(deadline - 3 * 86_400_000))).outcome).toBe('not-due');

    // Cecilie approves with her own token; Gustav says nothing. A member's (the secretary's) record is no answer of a chair.
    await answer(sb, CHAIR, current, 'approved');
    await answer(sb, TEST_PEOPLE.secretary.mail, current, 'approved');
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const late = new Date(deadline + 3_600_000);
    const first = await store(s.graph).remindApprovals(s.forum, current, late);
    expect(first.outcome).toBe('sent');
    expect(first.reminded.map((r) => [r.email, r.channel])).toEqual([[GUEST, 'mail']]);
    const second = await store(s.graph).remindApprovals(s.forum, current, new Date(deadline + 7_200_000));
    expect(second.outcome).toBe('nothing-to-remind');
    expect(await store(s.graph).remindDue(s.forum, new Date(deadline + 7_200_000))).toBe(0);
    expect((await outbox(sb, 'Påmindelse:')).map((m) => m.to)).toEqual([[GUEST]]);
    expect((await activities(sb, CHAIR)).filter((a) => a.activityType === 'approvalReminder')).toEqual([]);
    const [, recorded] = await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id);
    expect(recorded?.remindedTo).toEqual([GUEST]);
    expect(recorded?.remindedAt).toBeDefined();
    // The guest's own token can read the version he is asked about (he answers in the web app).
    expect(
      (await call(sb, 'GET', `/sites/${s.forum.siteId}/lists/MinutesVersions/items/${current.id}`, { token: await tokenFor(sb, GUEST) }))
        .status,
    ).toBe(200);
  });

  it('two people sending the same version to the chairs at once: each chair is asked once', async () => {
    await call(sb, 'DELETE', '/_sandbox/outbox');
    const { version } = await store(s.graph).freeze(s.forum, s.meeting, contentFor(s.meeting, 'Tredje udgave.'));
    const before = (await activities(sb, CHAIR)).length;
    const [a, b] = await Promise.all([
      store(s.graph).requestApprovals(s.forum, version),
      store(s.graph).requestApprovals(s.forum, version),
    ]);
    expect([a.outcome, b.outcome].sort()).toEqual(['claimed-elsewhere', 'sent']);
    expect(a.sentNow + b.sentNow).toBe(2);
    expect((await activities(sb, CHAIR)).length).toBe(before + 1);
    expect((await outbox(sb, 'Ny version til godkendelse:')).map((m) => m.to)).toEqual([[GUEST]]);
    // Pressed again while nothing is running: everyone was asked, nothing goes again.
    expect((await store(s.graph).requestApprovals(s.forum, version)).sentNow).toBe(0);
  });
});
