import { createHash } from 'node:crypto';
import { SANDBOX_FORUMS } from '../../../src/config/app-config';
import { buildSeed } from '../../../src/sandbox/seed/seed-data';
import { CaseFileStore } from '../../../src/store/case-file/case-file-store';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { graphFor } from '../support/graph-for';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

/**
 * The sandbox's own seed has a circulated meeting whose archive package can be made — what `npm start` shows and the
 * browser test downloads: "Møde 2" of the steering group, with its agenda as sent, its bilag, the circulated PDF and
 * the approval as counted, each in the drive where the app would have put it.
 */

const NOW = new Date('2026-11-23T12:00:00Z');
let sb: TestSandbox;

beforeAll(async () => {
  sb = await startTestSandbox(buildSeed(NOW), { now: () => NOW });
});
afterAll(() => sb.dispose());

it('makes the seeded circulated meeting’s package from the files in the drive', async () => {
  const { graph } = await graphFor(sb, 'katrine.holm@regionfjord.example', { sleep: async () => undefined });
  const ref = SANDBOX_FORUMS[0];
  if (!ref) throw new Error('no forum');
  const forum = await new ForumStore(graph).load(ref);
  const meeting = (await new MeetingStore(graph, ref).from('2026-01-01T00:00:00Z')).find((m) => m.title === 'Møde 2/2026');
  if (!meeting) throw new Error('no Møde 2/2026');
  const result = await new CaseFileStore(graph, () => NOW).archivePackage(forum, meeting);
  expect(result).toMatchObject({ outcome: 'created', fileName: 'Arkivpakke 2026-06-11 KSG v1.zip', intact: true });
  expect(result.documents.map((d) => [d.file, d.date])).toEqual([
    ['Dokumenter/01 Dagsorden 2026-06-11.pdf', '2026-06-04'],
    ['Dokumenter/02 Bilag 1 – Erfaringer med natordningen.pdf', '2026-06-04'],
    ['Dokumenter/03 Referat 2026-06-11 KSG v1 (godkendt).pdf', '2026-06-25'],
    ['Dokumenter/04 Formandskabets godkendelse v1.txt', '2026-06-25'],
  ]);
  const final = await graph.getBytes(
    `/sites/${forum.siteId}/drive/root:/${['Godkendte referater', 'Referat 2026-06-11 KSG v1 (godkendt).pdf'].map(encodeURIComponent).join('/')}:/content`,
  );
  expect(result.documents[2]?.sha256).toBe(createHash('sha256').update(final).digest('hex'));
});
