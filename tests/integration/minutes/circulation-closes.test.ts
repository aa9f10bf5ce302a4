import { MinutesStore } from '../../../src/store/forum-stores';
import { createApprovalViewStore } from '../../../src/store/minutes/approval-view-store';
import { MinutesClosedError, ReopenReasonRequiredError } from '../../../src/store/minutes/closure-errors';
import { graphFor } from '../support/graph-for';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';
import type { Seed } from '../../../src/sandbox/seed/types';
import { answer, contentFor, minutesSeed, NOW, setup, store, type Setup } from './minutes-support';

/**
 * Circulation closes the version (issue 15, point 5), against the sandbox: after "Udsend referat" a co-chair's old
 * link takes no answer (the store refuses), and a change request the co-chair writes to the list anyway (the tenant
 * lets them add their own record) is late: the trail frozen on the version and the meeting's "Referat godkendt · 2
 * af 2" stay as they were. No new version is made until the secretariat reopens with a reason — a member cannot —
 * and then the next is version 2, the circulated one untouched.
 */
let sb: TestSandbox;
let s: Setup;

// Otto is an ordinary member of the steering group here (in the tenant: he can sign in and try).
const seed: Seed = {
  ...minutesSeed,
  forums: minutesSeed.forums.map((f, i) =>
    i === 0 ? { ...f, members: [...f.members, { person: TEST_PEOPLE.outsider.mail, role: 'member' as const }] } : f,
  ),
};

beforeAll(async () => {
  sb = await startTestSandbox(seed, { now: () => NOW });
  s = await setup(sb);
});
afterAll(() => sb.dispose());

interface MeetingFields {
  Status?: string;
  MinutesReopened?: string;
}

const meetingFields = async (): Promise<MeetingFields> =>
  (await s.graph.get<{ fields: MeetingFields }>(`/sites/${s.forum.siteId}/lists/Meetings/items/${s.meeting.id}?expand=fields`)).fields;

describe('circulation closes the version', () => {
  it('freezes the trail, shows a later change request as late, refuses a new version until reopened with a reason', async () => {
    const { version } = await store(s.graph).freeze(s.forum, s.meeting, contentFor(s.meeting));
    await store(s.graph).requestApprovals(s.forum, version);
    await answer(sb, TEST_PEOPLE.chair.mail, version, 'approved');
    await answer(sb, TEST_PEOPLE.guest.mail, version, 'approved', { Channel: 'browser' });
    expect((await store(s.graph).circulate(s.forum, s.meeting, version)).outcome).toBe('circulated');
    const before = await store(s.graph).overview(s.forum, s.meeting);
    expect(before.trail?.answers.map((a) => [a.email, a.decision, a.channel])).toEqual([
      [TEST_PEOPLE.chair.mail, 'approved', 'teams'],
      [TEST_PEOPLE.guest.mail, 'approved', 'browser'],
    ]);

    // Cecilie's old link: the approval view reads only, and her answer through it is refused before anything is written.
    const { graph: chairGraph } = await graphFor(sb, TEST_PEOPLE.chair.mail);
    const view = await createApprovalViewStore(chairGraph).load(s.forum, version.id, { email: TEST_PEOPLE.chair.mail });
    expect(view.circulated?.at).toBeDefined();
    expect(view.circulated?.pdfUrl).toContain('Godkendte%20referater');
    await expect(
      createApprovalViewStore(chairGraph).answer(s.forum, version, {
        decision: 'changes-requested',
        comment: 'For sent',
        channel: 'browser',
      }),
    ).rejects.toBeInstanceOf(MinutesClosedError);

    // She writes a change request to the list anyway (her own record: the tenant allows it).
    await answer(sb, TEST_PEOPLE.chair.mail, version, 'changes-requested', { Comment: 'Punkt 2 er forkert' });
    const after = await store(s.graph).overview(s.forum, s.meeting);
    expect(after.trail).toEqual(before.trail);
    expect(after.status?.approvals).toBe(2);
    expect(after.status?.required).toBe(2);
    expect(after.status?.chairs.map((c) => c.answer)).toEqual(['approved', 'approved']);
    expect(after.late?.map((a) => [a.createdBy.email, a.decision, a.comment])).toEqual([
      [TEST_PEOPLE.chair.mail, 'changes-requested', 'Punkt 2 er forkert'],
    ]);
    expect((await meetingFields()).Status).toBe('minutes-approved');
    const chairView = await createApprovalViewStore(chairGraph).load(s.forum, version.id, { email: TEST_PEOPLE.chair.mail });
    expect(chairView.status.approvals).toBe(2);
    expect(chairView.late).toHaveLength(1);

    // "Send til formandskabet" for the circulated meeting: refused, nothing frozen.
    const corrected = contentFor(s.meeting, 'Rettet efter udsendelse.');
    await expect(store(s.graph).freeze(s.forum, s.meeting, corrected)).rejects.toBeInstanceOf(MinutesClosedError);
    expect(await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id)).toHaveLength(1);

    // A member cannot reopen (the tenant refuses the write to Meetings); nor can the secretariat without a reason.
    const { graph: memberGraph } = await graphFor(sb, TEST_PEOPLE.outsider.mail);
    await expect(store(memberGraph).reopen(s.forum, s.meeting, 'Jeg vil ændre det', 'Otto Udenfor')).rejects.toMatchObject({ status: 403 });
    await expect(store(s.graph).reopen(s.forum, s.meeting, '  ', 'Sofie Sekretær')).rejects.toBeInstanceOf(ReopenReasonRequiredError);
    expect((await store(s.graph).closure(s.forum, s.meeting)).closed).toBe(true);

    const reopened = await store(s.graph).reopen(s.forum, s.meeting, 'Punkt 2 skal rettes', 'Sofie Sekretær');
    expect(reopened).toMatchObject({
      outcome: 'reopened',
      reopening: { version: 1, hash: version.contentHash, reason: 'Punkt 2 skal rettes', by: 'Sofie Sekretær' },
    });
    const fields = await meetingFields();
    expect(fields.Status).toBe('held');
    expect(JSON.parse(fields.MinutesReopened ?? '[]')).toEqual([reopened.reopening]);
    expect((await store(s.graph).reopen(s.forum, s.meeting, 'Igen', 'Sofie Sekretær')).outcome).toBe('not-closed');

    // Reopened: the next version is 2; version 1 stays as it went out.
    const { version: v2, created } = await store(s.graph).freeze(s.forum, s.meeting, corrected);
    expect(created).toBe(true);
    expect(v2.version).toBe(2);
    const [v1] = await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id);
    expect(v1?.status).toBe('approved');
    expect(v1?.id).toBe(version.id);
    expect(v1?.finalAt).toBe(before.closure?.circulatedAt);
    expect(v1?.circulatedTrail).toEqual(before.trail);
    const overview = await store(s.graph).overview(s.forum, s.meeting);
    expect(overview.current?.id).toBe(v2.id);
    expect(overview.closure?.closed).toBe(false);
    expect(overview.status?.approvals).toBe(0);
  });
});
