import type { Forum, Meeting } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { FRAGMENT_BYTES, SIMPLE_UPLOAD_MAX_BYTES } from '../../../src/store/drive-upload';
import { copyOnceToMeetingFolder, meetingFolderPath, uploadToMeetingFolder } from '../../../src/store/meeting-folder';
import { droppingGraph, recordingGraph, type Seen } from '../support/attempts';
import { AGENDA_NOW, meetingTwoAsSecretary } from '../support/meeting-two';
import { call, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';

/**
 * Files over Graph's simple-upload limit go into the meeting's folder in an upload session (driveItem:
 * createUploadSession): the sandbox answers as Graph does (an uploadUrl outside Graph's root that takes no token, 202
 * with nextExpectedRanges per fragment, the driveItem for the last), and the app resumes a dropped fragment from what
 * the session says is missing — the file arrives whole, once.
 */
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;
let meeting: Meeting;

beforeAll(async () => {
  ({ sb, graph, forum, meeting } = await meetingTwoAsSecretary());
});
afterAll(() => sb.dispose());

/** A file of `size` bytes whose every byte says where it is (a misplaced fragment shows). */
const fileOf = (size: number): Uint8Array => Uint8Array.from({ length: size }, (_, i) => (i * 7 + (i >> 12)) % 251);
const folder = (): string => meetingFolderPath(meeting).split('/').map(encodeURIComponent).join('/');
const content = (name: string): Promise<Uint8Array> =>
  graph.getBytes(`/sites/${forum.siteId}/drive/root:/${folder()}/${encodeURIComponent(name)}:/content`);
const item = (name: string) =>
  graph.get<{ id: string; size: number; webUrl: string; eTag: string }>(
    `/sites/${forum.siteId}/drive/root:/${folder()}/${encodeURIComponent(name)}`,
  );
const fragments = (seen: readonly Seen[]): Seen[] => seen.filter((r) => r.url.includes('/_upload/'));

test('a file over 4 MB goes in an upload session, fragment by fragment, and arrives whole', async () => {
  const bytes = fileOf(SIMPLE_UPLOAD_MAX_BYTES * 2 + 12_345);
  const { graph: recorded, seen } = recordingGraph(graph);
  const file = await uploadToMeetingFolder(recorded, forum, meeting, 'Stor skanning.pdf', bytes, 'application/pdf');
  expect(seen.filter((r) => r.url.endsWith(':/createUploadSession'))).toHaveLength(1);
  expect(seen.some((r) => r.url.endsWith(':/content'))).toBe(false);
  expect(fragments(seen)).toHaveLength(Math.ceil(bytes.length / FRAGMENT_BYTES));
  expect(file.size).toBe(bytes.length);
  expect(file.webUrl).toBe((await item('Stor skanning.pdf')).webUrl);
  expect(Buffer.from(await content('Stor skanning.pdf')).equals(Buffer.from(bytes))).toBe(true);
  expect((await item('Stor skanning.pdf')).size).toBe(bytes.length);
});

test.each([
  ['before it reached the session', false],
  ['after the session had it (its answer lost)', true],
])('a fragment dropped %s is resumed from nextExpectedRanges: the file whole, one file', async (_when, answerLost) => {
  const bytes = fileOf(FRAGMENT_BYTES * 3 + 999);
  const name = `Genoptaget ${answerLost ? 'efter svar' : 'før svar'}.pdf`;
  let n = 0;
  // The second fragment drops, once.
  const dropping = droppingGraph(graph, (r) => r.method === 'PUT' && r.url.includes('/_upload/') && (n += 1) === 2, { answerLost });
  const { graph: recorded, seen } = recordingGraph(dropping);
  const file = await uploadToMeetingFolder(recorded, forum, meeting, name, bytes, 'application/pdf');
  expect(Buffer.from(await content(name)).equals(Buffer.from(bytes))).toBe(true);
  expect(file.size).toBe(bytes.length);
  // One GET asked the session where it stood; only the dropped fragment went twice (when it never arrived).
  expect(fragments(seen).filter((r) => r.method === 'GET')).toHaveLength(1);
  expect(fragments(seen).filter((r) => r.method === 'PUT')).toHaveLength(4 + (answerLost ? 0 : 1));
});

test("the last fragment's answer lost: the session is gone, the file at its full size is taken as the answer", async () => {
  const bytes = fileOf(FRAGMENT_BYTES * 2 - 10);
  let n = 0;
  const dropping = droppingGraph(graph, (r) => r.method === 'PUT' && r.url.includes('/_upload/') && (n += 1) === 2, { answerLost: true });
  const file = await uploadToMeetingFolder(dropping, forum, meeting, 'Sidste stykke.pdf', bytes, 'application/pdf');
  const stored = await item('Sidste stykke.pdf');
  expect(file.webUrl).toBe(stored.webUrl);
  expect(stored.size).toBe(bytes.length);
});

test('copying once: a large file already at its name is taken as it is, not written again', async () => {
  const bytes = fileOf(SIMPLE_UPLOAD_MAX_BYTES + 1);
  await uploadToMeetingFolder(graph, forum, meeting, 'Én gang.pdf', bytes, 'application/pdf');
  const before = await item('Én gang.pdf');
  const { graph: recorded, seen } = recordingGraph(graph);
  const again = await copyOnceToMeetingFolder(recorded, forum, meeting, 'Én gang.pdf', bytes, 'application/pdf');
  expect(again.webUrl).toBe(before.webUrl);
  expect((await item('Én gang.pdf')).eTag).toBe(before.eTag);
  expect(fragments(seen)).toHaveLength(0);
});

describe('the sandbox answers as Graph does', () => {
  let token: string;
  const start = async (name: string, conflict = 'replace') =>
    call<{ uploadUrl: string; expirationDateTime: string; nextExpectedRanges: string[] }>(
      sb,
      'POST',
      `/sites/${forum.siteId}/drive/root:/${folder()}/${encodeURIComponent(name)}:/createUploadSession`,
      {
        token,
        body: { item: { '@microsoft.graph.conflictBehavior': conflict } },
      },
    );
  const put = (url: string, bytes: Buffer, range: string, headers: Record<string, string> = {}) =>
    call<Record<string, unknown>>(sb, 'PUT', url, { body: bytes, headers: { 'Content-Range': range, ...headers } });
  beforeAll(async () => {
    token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
  });

  test('the session: an uploadUrl outside /v1.0, ranges as "start-", 202 per fragment, the driveItem for the last', async () => {
    const session = await start('Former.bin');
    expect(session.status).toBe(200);
    expect(session.body.nextExpectedRanges).toEqual(['0-']);
    expect(new URL(session.body.uploadUrl).pathname).toMatch(/^\/_upload\//);
    expect(Date.parse(session.body.expirationDateTime)).toBeGreaterThan(AGENDA_NOW.getTime());
    const part = Buffer.alloc(327_680, 1);
    const first = await put(session.body.uploadUrl, part, 'bytes 0-327679/327690');
    expect(first.status).toBe(202);
    expect(first.body.nextExpectedRanges).toEqual(['327680-327689']);
    const state = await call<{ nextExpectedRanges: string[] }>(sb, 'GET', session.body.uploadUrl);
    expect(state.body.nextExpectedRanges).toEqual(['327680-327689']);
    const last = await put(session.body.uploadUrl, Buffer.alloc(10, 2), 'bytes 327680-327689/327690');
    expect(last.status).toBe(201);
    expect(last.body).toMatchObject({ name: 'Former.bin', size: 327_690, file: expect.any(Object) });
    expect((await call(sb, 'GET', session.body.uploadUrl)).status).toBe(404);
  });

  test('refused: a token sent along (401), a fragment not in 320 KiB multiples (400), one overlapping what arrived (416), a taken name with "fail" (409)', async () => {
    const session = await start('Afvist.bin');
    expect(
      (await put(session.body.uploadUrl, Buffer.alloc(327_680), 'bytes 0-327679/700000', { Authorization: `Bearer ${token}` })).status,
    ).toBe(401);
    expect((await put(session.body.uploadUrl, Buffer.alloc(100_000), 'bytes 0-99999/700000')).status).toBe(400);
    expect((await put(session.body.uploadUrl, Buffer.alloc(327_680), 'bytes 0-327679/700000')).status).toBe(202);
    expect((await put(session.body.uploadUrl, Buffer.alloc(327_680), 'bytes 0-327679/700000')).status).toBe(416);
    expect((await start('Stor skanning.pdf', 'fail')).status).toBe(409);
  });
});
