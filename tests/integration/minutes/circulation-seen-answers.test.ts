import { listItemUrl } from '../../../src/store/list-item';
import { pausingGraph } from '../support/attempts';
import { TEST_PEOPLE } from '../support/test-seed';
import { answer, contentFor, minutesSandbox, store } from './minutes-support';

/**
 * Circulation writes the final version (Status, FinalAt, the answers it counted) with If-Match; when the version changed
 * between its read and that write, it reads it again and writes once more. What changed meanwhile on the version's
 * SeenAnswers — here the secretariat dismissing a missing answer in another tab — is kept, not written over with what
 * circulation had read.
 */
const file = minutesSandbox();

it('a change to the seen answers made while the minutes are circulated is kept on the final version', async () => {
  const { version } = await store(file.s.graph).freeze(file.s.forum, file.s.meeting, contentFor(file.s.meeting));
  await store(file.s.graph).requestApprovals(file.s.forum, version);
  await answer(file.sb, TEST_PEOPLE.chair.mail, version, 'approved');
  await answer(file.sb, TEST_PEOPLE.guest.mail, version, 'approved');

  const versionUrl = `${listItemUrl(file.s.forum.siteId, 'MinutesVersions', version.id)}/fields`;
  const paused = pausingGraph(file.s.graph, (r) => r.method === 'PATCH' && r.url.includes(`/lists/MinutesVersions/items/${version.id}`));
  const circulating = store(paused.graph).circulate(file.s.forum, file.s.meeting, version);
  await paused.reached;
  // Another tab: the secretariat looked into an answer that had disappeared and let the minutes go on.
  const now = await file.s.graph.get<{ '@odata.etag'?: string; fields?: { SeenAnswers?: string } }>(
    `${listItemUrl(file.s.forum.siteId, 'MinutesVersions', version.id)}?expand=fields`,
  );
  const seen = JSON.parse(now.fields?.SeenAnswers || '[]') as { id: string }[];
  const dismissed = {
    id: 'gone-1',
    email: TEST_PEOPLE.chair.mail,
    name: 'Cecilie',
    decision: 'approved',
    hash: version.contentHash,
    at: '2026-03-19T10:00:00Z',
    dismissed: { by: 'Sofie Sekretær', at: '2026-03-20T07:59:00Z' },
  };
  await file.s.graph.patch(versionUrl, { SeenAnswers: JSON.stringify([...seen, dismissed]) }, { ifMatch: now['@odata.etag'] ?? '*' });
  paused.release();

  expect((await circulating).outcome).toBe('circulated');
  const final = await file.s.graph.get<{ fields?: { Status?: string; SeenAnswers?: string } }>(
    `${listItemUrl(file.s.forum.siteId, 'MinutesVersions', version.id)}?expand=fields`,
  );
  expect(final.fields?.Status).toBe('approved');
  expect((JSON.parse(final.fields?.SeenAnswers || '[]') as { id: string }[]).map((a) => a.id)).toContain('gone-1');
});
