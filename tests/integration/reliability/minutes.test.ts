import type { MinutesVersion } from '../../../src/domain/types';
import { MinutesStore } from '../../../src/store/forum-stores';
import { listItemUrl } from '../../../src/store/list-item';
import { answer, contentFor, inbox, minutesSeed, NOW, setup, store, type Setup } from '../minutes/minutes-support';
import { dyingGraph, pausingGraph, ProcessDied, type Seen } from '../support/attempts';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';
import { faultThenAgain, inject, outboxTo, WIRE_FAULTS, type Target } from './faults';

/**
 * The fault matrix, freezing the minutes and circulating the approved ones (docs/RELIABILITY.md): each wire fault on
 * the version's create and its file uploads; on the circulation's mail (draft, send, the `$batch`es carrying them)
 * and the final PDF's move; a colleague's write meeting a 412; a freeze that dies after making its version — each
 * time, with the press again, there is one version of the content, every member and guest gets the approved minutes
 * once, and the version and the meeting record it. Two at once and a circulation whose sender died:
 * minutes/versions.test.ts, minutes/circulation.test.ts, minutes/claims.test.ts.
 */
let sb: TestSandbox;
let s: Setup;

beforeEach(async () => {
  sb = await startTestSandbox(minutesSeed, { now: () => NOW });
  s = await setup(sb);
});
afterEach(async () => {
  await call(sb, 'DELETE', '/_sandbox/faults').catch(() => undefined);
  await sb.dispose();
});

async function versionsOf(hash?: string): Promise<MinutesVersion[]> {
  const all = await new MinutesStore(s.graph, s.forum).forMeeting(s.meeting.id);
  return hash ? all.filter((v) => v.contentHash === hash) : all;
}

const FREEZE: readonly (readonly [string, Target])[] = [
  ['the version create', { method: 'POST', path: '/lists/MinutesVersions/items$' }],
  ['the upload of its PDF', { method: 'PUT', path: '\\.pdf:/content$' }],
  ['the record of its files', { method: 'PATCH', path: '/lists/MinutesVersions/items/[^/]+/fields$' }],
];

describe.each(WIRE_FAULTS)('freezing the minutes under %s', (kind) => {
  it.each(FREEZE)('on %s, then the press again: one version of the content, its files recorded', async (_what, target) => {
    await inject(sb, kind, target);
    const { again } = await faultThenAgain(sb, kind, () => store(s.graph).freeze(s.forum, s.meeting, contentFor(s.meeting)));
    const versions = await versionsOf();
    expect(versions.map((v) => [v.version, v.status])).toEqual([[1, 'awaiting-approval']]);
    expect(versions[0]?.pdfItemId).toBeTruthy();
    expect(again.version.id).toBe(versions[0]?.id);
  });
});

describe('freezing the minutes, other faults', () => {
  it('412: a colleague writes to the new version before its files are recorded — one version; its files are recorded by the press again', async () => {
    const isRecord = (r: Seen): boolean => r.method === 'PATCH' && r.url.includes('/lists/MinutesVersions/items/');
    const paused = pausingGraph(s.graph, isRecord);
    const running = store(paused.graph).freeze(s.forum, s.meeting, contentFor(s.meeting));
    await paused.reached;
    const [made] = await versionsOf();
    if (!made) throw new Error('no version made');
    await s.graph.patch(
      `${listItemUrl(s.forum.siteId, 'MinutesVersions', made.id)}/fields`,
      { ApprovalDeadline: made.approvalDeadline },
      { ifMatch: made.etag ?? '*' },
    );
    paused.release();
    await running;
    await store(s.graph).freeze(s.forum, s.meeting, contentFor(s.meeting));
    const versions = await versionsOf();
    expect(versions).toHaveLength(1);
    expect(versions[0]?.pdfItemId).toBeTruthy();
  });

  it('a freeze that dies after making its version: the press again completes that version, and makes no other', async () => {
    const isCreate = (r: Seen): boolean => r.method === 'POST' && /\/lists\/MinutesVersions\/items/.test(r.url);
    await expect(store(dyingGraph(s.graph, isCreate)).freeze(s.forum, s.meeting, contentFor(s.meeting))).rejects.toBeInstanceOf(
      ProcessDied,
    );
    expect(await versionsOf()).toHaveLength(1);
    const retried = await store(s.graph).freeze(s.forum, s.meeting, contentFor(s.meeting));
    expect(retried.created).toBe(false);
    const versions = await versionsOf();
    expect(versions.map((v) => v.version)).toEqual([1]);
    expect(versions[0]?.pdfItemId).toBeTruthy();
  });
});

/** Frozen, asked, approved by both co-chairs with their own tokens: ready to circulate. */
async function approved(): Promise<MinutesVersion> {
  const { version } = await store(s.graph).freeze(s.forum, s.meeting, contentFor(s.meeting));
  await store(s.graph).requestApprovals(s.forum, version);
  await answer(sb, TEST_PEOPLE.chair.mail, version, 'approved');
  await answer(sb, TEST_PEOPLE.guest.mail, version, 'approved', { Channel: 'browser' });
  return version;
}

const EXTERNAL = ['gaest@oplaeg.example', TEST_PEOPLE.guest.mail, TEST_PEOPLE.patient.mail, 'vikar@privat.example'].sort();

async function circulated(
  version: MinutesVersion,
): Promise<{ external: string[]; chairInbox: number; version?: string; meeting?: string }> {
  const [v] = await versionsOf(version.contentHash);
  const meeting = await s.graph.get<{ fields: { Status?: string; MinutesCirculation?: string } }>(
    `${listItemUrl(s.forum.siteId, 'Meetings', s.meeting.id)}?expand=fields`,
  );
  return {
    external: await outboxTo(sb, 'Godkendt referat:'),
    chairInbox: (await inbox(sb, TEST_PEOPLE.chair.mail, 'Godkendt referat:')).length,
    ...(v ? { version: v.status } : {}),
    ...(meeting.fields.Status ? { meeting: meeting.fields.Status } : {}),
  };
}
const CIRCULATED_ONCE = { external: EXTERNAL, chairInbox: 1, version: 'approved', meeting: 'minutes-approved' };

const CIRCULATION: readonly (readonly [string, Target, number])[] = [
  ['its draft', { method: 'POST', path: '^/users/[^/]+/messages$' }, 0],
  ['its send', { method: 'POST', path: '/messages/[^/]+/send$' }, 0],
  ['the $batch carrying its draft', { method: 'POST', path: '^/\\$batch$' }, 1],
  ['the $batch carrying its send', { method: 'POST', path: '^/\\$batch$' }, 2],
  ['the move of the PDF to Godkendte referater', { method: 'PATCH', path: '^/drives/[^/]+/items/[^/]+$' }, 0],
];

describe.each(WIRE_FAULTS)('circulating the minutes under %s', (kind) => {
  it.each(CIRCULATION)(
    'on %s, then the press again: every member and guest gets them once, and it is recorded',
    async (_what, target, skip) => {
      const version = await approved();
      await inject(sb, kind, target, { skip });
      const { again } = await faultThenAgain(sb, kind, () => store(s.graph).circulate(s.forum, s.meeting, version));
      expect(['circulated', 'already-circulated']).toContain(again.outcome);
      expect(await circulated(version)).toEqual(CIRCULATED_ONCE);
    },
  );
});

describe('circulating the minutes, other faults', () => {
  it('412: the version changes (a reminder recorded) as circulation records it — written again on the fresh eTag; mailed once', async () => {
    const version = await approved();
    const isVersionRecord = (r: Seen): boolean =>
      r.method === 'PATCH' && r.url.includes(`/lists/MinutesVersions/items/${version.id}/fields`);
    const paused = pausingGraph(s.graph, isVersionRecord);
    const running = store(paused.graph).circulate(s.forum, s.meeting, version);
    await paused.reached;
    const [fresh] = await versionsOf(version.contentHash);
    await s.graph.patch(
      `${listItemUrl(s.forum.siteId, 'MinutesVersions', version.id)}/fields`,
      { RemindedAt: NOW.toISOString() },
      { ifMatch: fresh?.etag ?? '*' },
    );
    paused.release();
    expect(await running).toMatchObject({ outcome: 'circulated' });
    expect(await circulated(version)).toEqual(CIRCULATED_ONCE);
  });
});
