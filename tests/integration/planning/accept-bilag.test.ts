import type { Forum, Meeting } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { MeetingAgendaStore } from '../../../src/store/agenda/agenda-store';
import { ForumStore } from '../../../src/store/forum-stores';
import { meetingFolderPath } from '../../../src/store/meeting-folder';
import { createPlanningStore } from '../../../src/store/planning/planning-store';
import type { PlanningData, PlanningForum, PlanningSubmission } from '../../../src/store/planning/planning-types';
import type { Seed, SeedForum, SeedMail } from '../../../src/sandbox/seed/types';
import { droppingGraph, recordingGraph, type Seen } from '../support/attempts';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { MEETING_IDS, planningSeed } from './planning-seed';

/**
 * Issue 16 pt 3: a submission's bilag are stored in the meeting's folder when the secretariat accepts the item — once,
 * however the copy is retried or fails half-way; an item without bilag costs no request more; a chair's acceptance
 * copies nothing (chairs can neither read the mailbox nor write the folder) and the agenda, made by the secretariat,
 * copies what is still missing.
 */

const NOW = new Date('2026-10-10T08:00:00Z');
const SHARED = 'tsg-sekretariat@testregion.example';
const planningForum: PlanningForum = { ...TEST_FORUMS.steering, name: 'Teststyregruppen', shortName: 'TSG', mailbox: SHARED };
const SMALL = { name: 'Notat om KOL.txt', contentType: 'text/plain', text: 'Fælles model for KOL-forløb. Æ ø å.' };
// Over Graph's 4 MB simple-upload limit: it goes in an upload session.
const LARGE = {
  name: 'Skanning af aftalen.pdf',
  contentType: 'application/pdf',
  text: `%PDF-1.4\n${'Side med skannet tekst. '.repeat(230_000)}`,
};
const mail = (key: string, subject: string, attachments: SeedMail['attachments']): SeedMail => ({
  key,
  from: { name: 'Gustav Gæst', address: TEST_PEOPLE.guest.mail },
  subject,
  receivedAt: '2026-10-07T09:00',
  bodyHtml: '<p>Indstilling: at styregruppen drøfter sagen</p>',
  ...(attachments ? { attachments } : {}),
  submission: { status: 'new' },
});
const [steering, ...rest] = planningSeed.forums;
if (!steering) throw new Error('planning seed without forums');
const forumSeed: SeedForum = {
  ...steering,
  mailbox: [
    ...steering.mailbox.map((m) => (m.key === 'kol' ? { ...m, attachments: [SMALL, LARGE] } : m)),
    mail('ventil', 'Ventilationsanlæg på akutmodtagelsen', [
      { name: 'Tilbud.txt', contentType: 'text/plain', text: 'Tilbud: 240.000 kr.' },
    ]),
    mail('budget', 'Budget for den fælles indsats', [
      { name: 'Budget 2027.txt', contentType: 'text/plain', text: 'Budget 2027: 1,2 mio. kr.' },
      { name: 'Budgetnoter.txt', contentType: 'text/plain', text: 'Noter til budgettet.' },
    ]),
  ],
};
const seed: Seed = { ...planningSeed, forums: [forumSeed, ...rest] };

let sb: TestSandbox;
let secretary: Graph;
let forum: Forum;

beforeAll(async () => {
  sb = await startTestSandbox(seed, { now: () => NOW });
  ({ graph: secretary } = await graphFor(sb, TEST_PEOPLE.secretary.mail));
  forum = await new ForumStore(secretary).load(TEST_FORUMS.steering);
});
afterAll(() => sb.dispose());

/** The planning store as the secretariat's view makes it (storing bilag) or a chair's (not). */
const secretariatStore = (graph: Graph) => createPlanningStore(graph, planningForum, { now: () => NOW, storeBilag: true });
const chairStore = (graph: Graph) => createPlanningStore(graph, planningForum, { now: () => NOW });

async function meetingTwo(graph: Graph): Promise<{ data: PlanningData; meeting: Meeting }> {
  const data = await chairStore(graph).load({ meetingId: MEETING_IDS.m2, now: NOW });
  if (!data.meeting) throw new Error('seed: meeting 2 missing');
  return { data, meeting: data.meeting };
}
async function incoming(title: string): Promise<{ submission: PlanningSubmission; meeting: Meeting }> {
  const { data, meeting } = await meetingTwo(secretary);
  const submission = data.incoming.find((s) => s.title === title);
  if (!submission) throw new Error(`seed: ${title} not incoming`);
  return { submission, meeting };
}
async function accepted(title: string): Promise<PlanningSubmission> {
  const found = (await meetingTwo(secretary)).data.accepted.find((s) => s.title === title);
  if (!found) throw new Error(`${title} not accepted`);
  return found;
}

interface FolderFile {
  name: string;
  size: number;
  webUrl: string;
  eTag: string;
}
async function folderFiles(meeting: Meeting): Promise<FolderFile[]> {
  const path = meetingFolderPath(meeting).split('/').map(encodeURIComponent).join('/');
  const folder = await secretary.get<{ id: string; parentReference: { driveId: string } }>(`/sites/${forum.siteId}/drive/root:/${path}`);
  const list = await secretary.get<{ value: FolderFile[] }>(`/drives/${folder.parentReference.driveId}/items/${folder.id}/children`);
  return list.value;
}
const ofSubmission = (files: readonly FolderFile[], s: PlanningSubmission): FolderFile[] =>
  files.filter((f) => f.name.startsWith(`${s.reference ?? s.id} `));
/** Requests that read the mailbox's attachments or touch the document library. */
const bilagRequests = (seen: readonly Seen[]): Seen[] =>
  seen.filter((r) => /\/attachments|internetMessageId eq|\/drive\/|\/drives\/|\/_upload\//.test(decodeURIComponent(r.url)));

test('the secretariat accepts an item with two files: both are in the meeting folder at once, recorded with their URLs, the large one uploaded in a session', async () => {
  await call(sb, 'DELETE', '/_sandbox/outbox');
  const { submission, meeting } = await incoming('Fælles indsats for borgere med KOL');
  const { graph, seen } = recordingGraph(secretary);
  const result = await secretariatStore(graph).accept(submission, meeting);
  expect(result.mail).toBe('sent');
  expect(result.bilag).toEqual({ copied: 2, failed: false });
  expect(seen.filter((r) => r.url.endsWith(':/createUploadSession'))).toHaveLength(1);

  const after = await accepted('Fælles indsats for borgere med KOL');
  const files = ofSubmission(await folderFiles(meeting), after);
  const ref = after.reference ?? after.id;
  expect(files.map((f) => f.name).sort()).toEqual([`${ref} ${SMALL.name}`, `${ref} ${LARGE.name}`].sort());
  expect(files.find((f) => f.name.endsWith(LARGE.name))?.size).toBe(Buffer.byteLength(LARGE.text));
  // Each recorded URL is its file's in the folder.
  expect(after.attachments?.map((a) => a.url)).toEqual(
    [SMALL.name, LARGE.name].map((n) => files.find((f) => f.name === `${ref} ${n}`)?.webUrl),
  );
  // The decision mail went once, after the files (its claim released with the eTag their record left).
  expect(
    (await call<{ value: unknown[] }>(sb, 'GET', `/_sandbox/outbox?to=${encodeURIComponent(TEST_PEOPLE.guest.mail)}`)).body.value,
  ).toHaveLength(1);
  expect(after.decisionNotified).toBe(`accepted:${MEETING_IDS.m2}`);
});

test('an item without bilag: accepting sends no request to the mailbox attachments or the folder, as many round trips as a chair’s acceptance', async () => {
  const { submission, meeting } = await incoming('Pårørende ved udskrivelse');
  expect(submission.attachments ?? []).toEqual([]);
  const { graph, wire } = await graphFor(sb, TEST_PEOPLE.secretary.mail);
  const { graph: recorded, seen } = recordingGraph(graph);
  const result = await secretariatStore(recorded).accept(submission, meeting);
  expect(result.bilag).toBeUndefined();
  expect(bilagRequests(seen)).toEqual([]);
  const secretariatTrips = wire.bursts;

  // The same decision again by a store that never stores bilag (a chair's): the same round trips.
  const again = await incoming('Evaluering af den akutte natordning');
  const plain = await graphFor(sb, TEST_PEOPLE.secretary.mail);
  await chairStore(plain.graph).accept(again.submission, again.meeting);
  expect(secretariatTrips).toBe(plain.wire.bursts);
});

test('a chair’s acceptance copies nothing; the agenda the secretariat makes copies it then', async () => {
  const { submission, meeting } = await incoming('Ventilationsanlæg på akutmodtagelsen');
  const { graph: chair } = await graphFor(sb, TEST_PEOPLE.chair.mail);
  const { graph, seen } = recordingGraph(chair);
  const result = await chairStore(graph).accept(submission, meeting);
  expect(result.mail).toBe('sent');
  expect(bilagRequests(seen)).toEqual([]);
  expect((await accepted('Ventilationsanlæg på akutmodtagelsen')).attachments?.map((a) => a.url)).toEqual([undefined]);

  await new MeetingAgendaStore(secretary, () => NOW).generate(forum, meeting);
  const after = await accepted('Ventilationsanlæg på akutmodtagelsen');
  const files = ofSubmission(await folderFiles(meeting), after);
  expect(files.map((f) => f.name)).toEqual([`${after.reference ?? after.id} Tilbud.txt`]);
  expect(after.attachments?.[0]?.url).toBe(files[0]?.webUrl);
});

test('a copy failing half-way: the decision stands and is mailed, the file that went is recorded; the agenda copies the other, none twice', async () => {
  await call(sb, 'DELETE', '/_sandbox/outbox');
  const { submission, meeting } = await incoming('Budget for den fælles indsats');
  // The second file's upload never gets through (the connection drops at every try).
  const dropping = droppingGraph(secretary, (r) => r.method === 'PUT' && decodeURIComponent(r.url).includes('Budgetnoter.txt'), {
    times: 100,
  });
  const result = await secretariatStore(dropping).accept(submission, meeting);
  expect(result.submission.status).toBe('accepted');
  expect(result.mail).toBe('sent');
  expect(result.bilag).toEqual({ copied: 0, failed: true });

  const half = await accepted('Budget for den fælles indsats');
  expect(half.attachments?.map((a) => Boolean(a.url))).toEqual([true, false]);
  const first = ofSubmission(await folderFiles(meeting), half);
  expect(first.map((f) => f.name)).toEqual([`${half.reference ?? half.id} Budget 2027.txt`]);

  // The agenda's catch-up copies the missing one; the first is neither written again nor doubled.
  await new MeetingAgendaStore(secretary, () => NOW).generate(forum, meeting);
  const after = await accepted('Budget for den fælles indsats');
  const files = ofSubmission(await folderFiles(meeting), after);
  expect(files.map((f) => f.name).sort()).toEqual([
    `${after.reference ?? after.id} Budget 2027.txt`,
    `${after.reference ?? after.id} Budgetnoter.txt`,
  ]);
  expect(files.find((f) => f.name.endsWith('Budget 2027.txt'))?.eTag).toBe(first[0]?.eTag);
  expect(after.attachments?.map((a) => a.url)).toEqual(
    ['Budget 2027.txt', 'Budgetnoter.txt'].map((n) => files.find((f) => f.name.endsWith(n))?.webUrl),
  );
  expect(
    (await call<{ value: unknown[] }>(sb, 'GET', `/_sandbox/outbox?to=${encodeURIComponent(TEST_PEOPLE.guest.mail)}`)).body.value,
  ).toHaveLength(1);
});
