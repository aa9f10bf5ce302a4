import { listItemUrl } from '../../../src/store/list-item';
import { pausingGraph } from '../support/attempts';
import { TEST_PEOPLE } from '../support/test-seed';
import { answer, contentFor, minutesSandbox, outbox, store } from './minutes-support';

/**
 * Circulation writes the final version first and the meeting last (Status minutes-approved, with the claim's release).
 * Between the two the minutes already show as closed, so the secretariat may reopen them in another tab: the release
 * then meets a 412 and writes again on the meeting as it is now — the reopening stands (the meeting stays "held"), the
 * mail that went is recorded, and nobody gets the minutes twice.
 */
const file = minutesSandbox();

interface MeetingFields {
  Status?: string;
  MinutesReopened?: string;
  MinutesHash?: string;
  MinutesCirculatedAt?: string;
  MinutesCirculation?: string | null;
}

it('minutes reopened while their circulation records it stay reopened: the meeting is not written back to "minutes approved"', async () => {
  const { forum, meeting, graph } = file.s;
  const { version } = await store(graph).freeze(forum, meeting, contentFor(meeting));
  await store(graph).requestApprovals(forum, version);
  await answer(file.sb, TEST_PEOPLE.chair.mail, version, 'approved');
  await answer(file.sb, TEST_PEOPLE.guest.mail, version, 'approved');

  // The meeting's first PATCH is the claim; the second records the circulation and releases it.
  let patches = 0;
  const isRecord = (r: { method: string; url: string }): boolean =>
    r.method === 'PATCH' && r.url.includes(`/lists/Meetings/items/${meeting.id}`) && ++patches === 2;
  const paused = pausingGraph(graph, isRecord);
  const circulating = store(paused.graph).circulate(forum, meeting, version);
  await paused.reached;
  // Another tab: the final version is written, so the minutes show as circulated; the secretariat reopens them.
  expect(await store(graph).reopen(forum, meeting, 'Punkt 2 skal rettes', 'Sofie Sekretær')).toMatchObject({ outcome: 'reopened' });
  paused.release();

  expect((await circulating).outcome).toBe('circulated');
  const fields = (await graph.get<{ fields: MeetingFields }>(`${listItemUrl(forum.siteId, 'Meetings', meeting.id)}?expand=fields`)).fields;
  expect(fields.Status).toBe('held');
  expect(JSON.parse(fields.MinutesReopened ?? '[]')).toEqual([expect.objectContaining({ version: 1, reason: 'Punkt 2 skal rettes' })]);
  expect(fields.MinutesHash).toBe(version.contentHash);
  expect(fields.MinutesCirculatedAt).toBeDefined();
  expect(fields.MinutesCirculation ?? undefined).toBeUndefined();
  expect((await store(graph).closure(forum, meeting)).closed).toBe(false);

  // Pressed again: the content already went, nobody gets it twice.
  expect((await store(graph).circulate(forum, meeting, version)).outcome).toBe('already-circulated');
  expect(await outbox(file.sb, 'Godkendt referat:')).toHaveLength(1);
});
