import type { Forum } from '../../../src/domain/types';
import { ForumStore } from '../../../src/store/forum-stores';
import { createApprovalViewStore } from '../../../src/store/minutes/approval-view-store';
import { CommentRequiredError, type ApprovalViewApi } from '../../../src/store/minutes/approval-view-types';
import type { Seed, SeedForum } from '../../../src/sandbox/seed/types';
import { graphFor } from '../support/graph-for';
import { createMinutesVersion, meetingIdByTitle, sampleMinutes, setVersionStatus, writeApprovalRecord } from '../support/minutes-fixtures';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * The approval rule against the sandbox with real users' tokens: only a co-chair's own record, naming the version's
 * current hash and untouched by anyone else, counts; two co-chairs approving meet the rule; a request for changes
 * blocks it. Opening the approval view costs at most two Graph round trips.
 */

// The steering group with a second co-chair (Otto), so "all co-chairs" means two.
const [steering, ...rest] = testSeed.forums;
if (!steering) throw new Error('test seed without forums');
const twoChairs: SeedForum = { ...steering, members: [...steering.members, { person: TEST_PEOPLE.outsider.mail, role: 'chair' }] };
const seed: Seed = { ...testSeed, forums: [twoChairs, ...rest] };

const siteId = TEST_FORUMS.steering.siteId;
const chairA = TEST_PEOPLE.chair.mail;
const chairB = TEST_PEOPLE.outsider.mail;
const member = TEST_PEOPLE.guest.mail;
const secretary = TEST_PEOPLE.secretary.mail;

let sb: TestSandbox;
let forum: Forum;
let secretaryToken: string;

async function as(user: string): Promise<{ store: ApprovalViewApi; roundTrips: () => number; reset: () => void }> {
  const { graph, wire } = await graphFor(sb, user);
  return { store: createApprovalViewStore(graph), roundTrips: () => wire.bursts, reset: () => wire.reset() };
}

async function meeting(title: string): Promise<string> {
  return meetingIdByTitle(sb, secretaryToken, siteId, title);
}

beforeAll(async () => {
  sb = await startTestSandbox(seed);
  secretaryToken = await tokenFor(sb, secretary);
  const { graph } = await graphFor(sb, chairA);
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
});
afterAll(() => sb.dispose());

describe('who approves', () => {
  it('counts a chair’s approval of the current hash, not a member’s record, an old hash, or a record someone else edited', async () => {
    const meetingId = await meeting('Styregruppemøde 1');
    const v1 = await createMinutesVersion(sb, secretaryToken, siteId, {
      content: sampleMinutes(meetingId),
      version: 1,
      status: 'superseded',
    });
    const v2content = sampleMinutes(meetingId, {
      items: sampleMinutes(meetingId).items.map((i) =>
        i.agendaItemId === 'a3' ? { ...i, beslutning: 'Årshjulet blev godkendt med to ændringer.' } : i,
      ),
    });
    const v2 = await createMinutesVersion(sb, secretaryToken, siteId, { content: v2content, version: 2 });
    const a = await as(chairA);

    // A member writes an approval record for themselves naming the current hash: it is theirs, and they are no chair.
    const memberRecord = await writeApprovalRecord(sb, await tokenFor(sb, member), siteId, {
      MinutesVersionId: v2.id,
      MeetingId: meetingId,
      ContentHash: v2.contentHash,
      Decision: 'approved',
    });
    expect(memberRecord.status).toBe(201);
    let view = await a.store.load(forum, v2.id, { email: chairA });
    expect(view.status.approvals).toBe(0);
    expect(view.status.chairs.map((c) => c.answer)).toEqual(['pending', 'pending']);

    // Chair B approves the OLD hash under the new version's id: it does not count for this content.
    await writeApprovalRecord(sb, await tokenFor(sb, chairB), siteId, {
      MinutesVersionId: v2.id,
      MeetingId: meetingId,
      ContentHash: v1.contentHash,
      Decision: 'approved',
    });
    view = await a.store.load(forum, v2.id, { email: chairA });
    expect(view.status.approvals).toBe(0);

    // Chair A approves the current hash through the store: it counts (one of two).
    const mine = await a.store.answer(forum, view.version, { decision: 'approved', channel: 'browser' });
    expect(mine.createdBy.email).toBe(chairA);
    view = await a.store.load(forum, v2.id, { email: chairA });
    expect(view.status.approvals).toBe(1);
    expect(view.status.approved).toBe(false);
    expect(view.me.state?.answer).toBe('approved');

    // The secretary edits chair A's record (the sandbox lets them and stamps lastModifiedBy): it no longer counts.
    const patched = await call(sb, 'PATCH', `/sites/${siteId}/lists/Approvals/items/${mine.id}/fields`, {
      token: secretaryToken,
      body: { Comment: 'rettet af sekretariatet' },
    });
    expect(patched.status).toBe(200);
    view = await a.store.load(forum, v2.id, { email: chairA });
    expect(view.status.approvals).toBe(0);
    expect(view.me.state?.answer).toBe('pending');
  });

  it('meets the rule when both co-chairs approve; a later request for changes blocks it', async () => {
    const meetingId = await meeting('Styregruppemøde 2');
    const v1 = await createMinutesVersion(sb, secretaryToken, siteId, { content: sampleMinutes(meetingId), version: 1 });
    const a = await as(chairA);
    const b = await as(chairB);
    const version = (await a.store.load(forum, v1.id, { email: chairA })).version;
    await a.store.answer(forum, version, { decision: 'approved', channel: 'teams' });
    await b.store.answer(forum, version, { decision: 'approved', comment: 'Fint referat.', channel: 'browser' });
    let view = await b.store.load(forum, v1.id, { email: chairB });
    expect(view.status).toMatchObject({ approvals: 2, required: 2, approved: true, changesRequested: false });
    expect(view.approvals.find((r) => r.createdBy.email === chairB)?.comment).toBe('Fint referat.');

    // "Request changes" needs a comment: refused before anything is written.
    await expect(
      b.store.answer(forum, version, { decision: 'changes-requested', comment: '   ', channel: 'browser' }),
    ).rejects.toBeInstanceOf(CommentRequiredError);
    expect((await b.store.load(forum, v1.id, { email: chairB })).approvals).toHaveLength(2);

    // Chair B changes their mind, with a comment on item 3: the latest answer counts and blocks circulation.
    await b.store.answer(forum, version, {
      decision: 'changes-requested',
      itemComments: [{ agendaItemId: 'a3', comment: 'Beslutningen skal nævne budgettet.' }],
      channel: 'browser',
    });
    view = await a.store.load(forum, v1.id, { email: chairA });
    expect(view.status).toMatchObject({ approvals: 1, approved: false, changesRequested: true });
    expect(view.status.chairs.find((c) => c.chair.email === chairB)?.record?.itemComments).toEqual([
      { agendaItemId: 'a3', comment: 'Beslutningen skal nævne budgettet.' },
    ]);
  });
});

describe('opening the approval view', () => {
  it('takes at most two round trips and shows a re-request as a diff from the version the chair last answered', async () => {
    const meetingId = await meeting('Styregruppemøde 3');
    const first = sampleMinutes(meetingId);
    const v1 = await createMinutesVersion(sb, secretaryToken, siteId, { content: first, version: 1 });
    const b = await as(chairB);
    await b.store.answer(forum, (await b.store.load(forum, v1.id, { email: chairB })).version, {
      decision: 'changes-requested',
      comment: 'Punkt 3 mangler budgettet.',
      channel: 'teams',
    });
    await setVersionStatus(sb, secretaryToken, siteId, v1.id, 'superseded');
    const v2 = await createMinutesVersion(sb, secretaryToken, siteId, {
      content: sampleMinutes(meetingId, {
        items: first.items.map((i) => (i.agendaItemId === 'a3' ? { ...i, beslutning: 'Årshjulet og budgettet blev godkendt.' } : i)),
      }),
      version: 2,
    });
    await setVersionStatus(sb, secretaryToken, siteId, v2.id, 'superseded');
    const v3 = await createMinutesVersion(sb, secretaryToken, siteId, {
      content: sampleMinutes(meetingId, {
        items: first.items.map((i) =>
          i.agendaItemId === 'a3' ? { ...i, beslutning: 'Årshjulet og budgettet for 2027 blev godkendt.' } : i,
        ),
      }),
      version: 3,
    });

    b.reset();
    const view = await b.store.load(forum, v3.id, { email: chairB });
    expect(b.roundTrips()).toBe(2);
    expect(view.hashMatches).toBe(true);
    expect(view.content?.items.map((i) => i.number)).toEqual([1, 2, 3]);
    expect(view.meeting?.id).toBe(meetingId);
    expect(view.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    // Chair B answered version 1: their diff starts there, not at version 2.
    expect(view.base?.version.id).toBe(v1.id);
    expect(view.base?.diff.items.filter((i) => i.change !== 'unchanged').map((i) => [i.agendaItemId, i.changedFields])).toEqual([
      ['a3', ['beslutning']],
    ]);

    // Chair A answered nothing: the diff starts at the previous version. Old versions read as superseded.
    const a = await as(chairA);
    expect((await a.store.load(forum, v3.id, { email: chairA })).base?.version.id).toBe(v2.id);
    const old = await a.store.load(forum, v2.id, { email: chairA });
    expect(old.superseded).toBe(true);
    expect(old.base?.version.id).toBe(v1.id);
  });

  it('refuses a hostile snapshot and a snapshot that does not match the version’s hash', async () => {
    const meetingId = await meeting('Styregruppemøde 1');
    const a = await as(chairA);
    const hostile = await createMinutesVersion(sb, secretaryToken, siteId, {
      content: sampleMinutes(meetingId),
      version: 7,
      snapshotJson: '{"meetingId":"x","items":"<img src=x onerror=alert(1)>"}',
    });
    const view = await a.store.load(forum, hostile.id, { email: chairA });
    expect(view.problem).toBe('invalid');
    expect(view.content).toBeUndefined();
    expect(view.hashMatches).toBe(false);

    const tampered = sampleMinutes(meetingId, { items: sampleMinutes(meetingId).items.slice(0, 2) });
    const swapped = await createMinutesVersion(sb, secretaryToken, siteId, {
      content: sampleMinutes(meetingId),
      version: 8,
      snapshotJson: JSON.stringify(tampered),
    });
    const mismatch = await a.store.load(forum, swapped.id, { email: chairA });
    expect(mismatch.content?.items).toHaveLength(2);
    expect(mismatch.hashMatches).toBe(false);
  });
});
