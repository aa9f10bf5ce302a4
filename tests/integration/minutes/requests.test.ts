import { MinutesStore } from '../../../src/store/forum-stores';
import { call, tokenFor } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';
import { activities, answer, clearFaults, contentFor, fault, minutesSandbox, outbox, store } from './minutes-support';

/**
 * Asking the co-chairs against the sandbox: the tenant chair (our app installed) gets a Teams activity with the
 * deep link; the guest chair (no app) gets one mail with the PDF and the web link; both are recorded. A retry after
 * an injected 503 asks nobody twice. Reminders go once, only to chairs who have not answered.
 */
const file = minutesSandbox();

const CHAIR = TEST_PEOPLE.chair.mail;
const GUEST = TEST_PEOPLE.guest.mail;

describe('approval requests', () => {
  it('the tenant chair gets a Teams activity, the guest chair a mail with the PDF; both recorded; asking again sends nothing', async () => {
    const { version } = await store(file.s.graph).freeze(file.s.forum, file.s.meeting, contentFor(file.s.meeting));
    const result = await store(file.s.graph).requestApprovals(file.s.forum, version);
    expect(result.outcome).toBe('sent');
    expect(result.sentNow).toBe(2);

    const feed = await activities(file.sb, CHAIR);
    expect(feed).toHaveLength(1);
    expect(feed[0]?.activityType).toBe('approvalRequested');
    expect(feed[0]?.topic.source).toBe('text');
    expect(decodeURIComponent(feed[0]?.topic.webUrl ?? '')).toContain(`"subEntityId":"approve/${file.s.forum.groupId}/${version.id}"`);
    expect(feed[0]?.previewText).toBe('Referatet fra TSG Styregruppemøde 1 (17. marts 2026) (version 1) er klar til godkendelse');
    expect(feed[0]?.templateParameters).toEqual([{ name: 'meeting', value: 'TSG 17. marts 2026' }]);
    expect(await activities(file.sb, GUEST)).toEqual([]);

    const mails = await outbox(file.sb, 'Til godkendelse:');
    expect(mails.map((m) => [m.to, m.attachments.map((a) => [a.name, a.contentType])])).toEqual([
      [[GUEST], [['Referat 2026-03-17 TSG v1.pdf', 'application/pdf']]],
    ]);

    const [recorded] = await new MinutesStore(file.s.graph, file.s.forum).forMeeting(file.s.meeting.id);
    expect(recorded?.requests?.map((r) => [r.email, r.channel, r.reason])).toEqual([
      [CHAIR, 'activity', undefined],
      [GUEST, 'mail', 'app-not-installed'],
    ]);

    const again = await store(file.s.graph).requestApprovals(file.s.forum, version);
    expect(again.sentNow).toBe(0);
    expect(await activities(file.sb, CHAIR)).toHaveLength(1);
    expect(await outbox(file.sb, 'Til godkendelse:')).toHaveLength(1);
  });

  it('a re-request for v2 says it is a new version; a 503 on the mail send, then a retry: one activity, one mail', async () => {
    await call(file.sb, 'DELETE', '/_sandbox/outbox');
    const { version } = await store(file.s.graph).freeze(
      file.s.forum,
      file.s.meeting,
      contentFor(file.s.meeting, 'Rettet efter kommentarer.'),
    );
    expect(version.version).toBe(2);
    await fault(file.sb, '/messages/[^/]+/send$', 20);
    await expect(store(file.s.graph).requestApprovals(file.s.forum, version, { previous: { id: 'v1', version: 1 } })).rejects.toThrow();
    await clearFaults(file.sb);
    expect(await outbox(file.sb, 'Ny version til godkendelse:')).toEqual([]);

    // A second failure, this time on the activity: Graph's answer never arrives.
    await fault(file.sb, '/teamwork/sendActivityNotification', 20);
    await expect(store(file.s.graph).requestApprovals(file.s.forum, version)).rejects.toThrow();
    await clearFaults(file.sb);

    const retried = await store(file.s.graph).requestApprovals(file.s.forum, version);
    expect(retried.outcome).toBe('sent');
    expect(retried.requests.map((r) => [r.email, r.channel])).toEqual([
      [CHAIR, 'activity'],
      [GUEST, 'mail'],
    ]);
    const feed = (await activities(file.sb, CHAIR)).filter(
      (a) => a.previewText.includes('version 2') || a.previewText.includes('Ny version 2'),
    );
    expect(feed.map((a) => a.previewText)).toEqual([
      'Ny version 2 med ændringer: referatet fra TSG Styregruppemøde 1 (17. marts 2026) skal godkendes igen',
    ]);
    const mails = await outbox(file.sb, 'Ny version til godkendelse:');
    expect(mails.map((m) => m.to)).toEqual([[GUEST]]);
    expect(mails[0]?.attachments.map((a) => a.name)).toEqual(['Referat 2026-03-17 TSG v2.pdf']);
  });

  it('reminders: not before the deadline is near; then once, only to the chair who has not answered', async () => {
    const [, current] = await new MinutesStore(file.s.graph, file.s.forum).forMeeting(file.s.meeting.id);
    if (!current?.approvalDeadline) throw new Error('no current version with a deadline');
    const deadline = Date.parse(current.approvalDeadline);
    expect((await store(file.s.graph).remindApprovals(file.s.forum, current, new Date(deadline - 3 * 86_400_000))).outcome).toBe('not-due');

    // Cecilie approves with her own token; Gustav says nothing. A member's (the secretary's) record is no answer of a chair.
    await answer(file.sb, CHAIR, current, 'approved');
    await answer(file.sb, TEST_PEOPLE.secretary.mail, current, 'approved');
    await call(file.sb, 'DELETE', '/_sandbox/outbox');
    const late = new Date(deadline + 3_600_000);
    const first = await store(file.s.graph).remindApprovals(file.s.forum, current, late);
    expect(first.outcome).toBe('sent');
    expect(first.reminded.map((r) => [r.email, r.channel])).toEqual([[GUEST, 'mail']]);
    const second = await store(file.s.graph).remindApprovals(file.s.forum, current, new Date(deadline + 7_200_000));
    expect(second.outcome).toBe('nothing-to-remind');
    expect(await store(file.s.graph).remindDue(file.s.forum, new Date(deadline + 7_200_000))).toBe(0);
    expect((await outbox(file.sb, 'Påmindelse:')).map((m) => m.to)).toEqual([[GUEST]]);
    expect((await activities(file.sb, CHAIR)).filter((a) => a.activityType === 'approvalReminder')).toEqual([]);
    const [, recorded] = await new MinutesStore(file.s.graph, file.s.forum).forMeeting(file.s.meeting.id);
    expect(recorded?.remindedTo).toEqual([GUEST]);
    expect(recorded?.remindedAt).toBeDefined();
    // The guest's own token can read the version he is asked about (he answers in the web app).
    expect(
      (
        await call(file.sb, 'GET', `/sites/${file.s.forum.siteId}/lists/MinutesVersions/items/${current.id}`, {
          token: await tokenFor(file.sb, GUEST),
        })
      ).status,
    ).toBe(200);
  });

  it('two people sending the same version to the chairs at once: each chair is asked once', async () => {
    await call(file.sb, 'DELETE', '/_sandbox/outbox');
    const { version } = await store(file.s.graph).freeze(file.s.forum, file.s.meeting, contentFor(file.s.meeting, 'Tredje udgave.'));
    const before = (await activities(file.sb, CHAIR)).length;
    const [a, b] = await Promise.all([
      store(file.s.graph).requestApprovals(file.s.forum, version),
      store(file.s.graph).requestApprovals(file.s.forum, version),
    ]);
    expect([a.outcome, b.outcome].sort()).toEqual(['claimed-elsewhere', 'sent']);
    expect(a.sentNow + b.sentNow).toBe(2);
    expect((await activities(file.sb, CHAIR)).length).toBe(before + 1);
    expect((await outbox(file.sb, 'Ny version til godkendelse:')).map((m) => m.to)).toEqual([[GUEST]]);
    // Pressed again while nothing is running: everyone was asked, nothing goes again.
    expect((await store(file.s.graph).requestApprovals(file.s.forum, version)).sentNow).toBe(0);
  });
});
