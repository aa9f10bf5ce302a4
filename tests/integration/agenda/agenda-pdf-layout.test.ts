import type { Forum, Meeting } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { MeetingAgendaStore } from '../../../src/store/agenda/agenda-store';
import { listItemUrl } from '../../../src/store/list-item';
import { meetingFolderPath } from '../../../src/store/meeting-folder';
import type { Seed } from '../../../src/sandbox/seed/types';
import { AGENDA_NOW, meetingTwoAsSecretary } from '../support/meeting-two';
import type { TestSandbox } from '../support/sandbox';
import { testSeed } from '../support/test-seed';
import { pdfBookmarkTitles, pdfObjectsText as objectsText } from '../../support/pdf-reading';

/**
 * The PDF a member receives, as the sandbox makes it with LibreOffice (.ci/run installs it; `npm start` uses it where
 * present): laid out from the .docx, tagged with H1/H2 in its structure tree and bookmarks for the headings, fonts
 * embedded, the Teams link a working link annotation, and /Lang da-DK — Danish letters intact in the bookmarks.
 */
const DANISH_NAME = 'Styregruppen for ældre- og sundhedsområdet';
const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDQ4%40thread.v2/0?context=%7b%22Tid%22%3a%2200000000%22%7d';
const seed: Seed = { ...testSeed, forums: testSeed.forums.map((f, i) => (i === 0 ? { ...f, displayName: DANISH_NAME } : f)) };
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;
let meeting: Meeting;
let pdf: Buffer;

beforeAll(async () => {
  const m2 = await meetingTwoAsSecretary(seed, { pdf: 'libreoffice' });
  ({ sb, graph, forum } = m2);
  // A hybrid meeting with its Teams link, as the booking records it.
  await graph.patch(`${listItemUrl(forum.siteId, 'Meetings', m2.meeting.id)}/fields`, { Form: 'hybrid', JoinUrl: JOIN });
  meeting = { ...m2.meeting, form: 'hybrid', joinUrl: JOIN };
  const files = await new MeetingAgendaStore(graph, () => AGENDA_NOW).generate(forum, meeting);
  const folder = meetingFolderPath(meeting).split('/').map(encodeURIComponent).join('/');
  pdf = Buffer.from(await graph.getBytes(`/sites/${forum.siteId}/drive/root:/${folder}/${encodeURIComponent(files.pdf.name)}:/content`));
}, 120_000);
afterAll(() => sb.dispose());

test('it is a PDF laid out by LibreOffice, not the plain text fallback', () => {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(objectsText(pdf)).toMatch(
    /\/Producer\s*\((?:LibreOffice|\\376\\377)|\/Producer\s*<FEFF004C0069006200720065004F0066006600690063006[5]/i,
  );
});

test('tagged, with /Lang da-DK and headings as H1 and H2 in the structure tree', () => {
  const text = objectsText(pdf);
  expect(text).toMatch(/\/Lang\s*\(da-DK\)/);
  expect(text).toMatch(/\/Type\s*\/StructTreeRoot/);
  expect(text).toMatch(/\/S\s*\/H1\b/);
  expect(text).toMatch(/\/S\s*\/H2\b/);
  expect(text).toMatch(/\/MarkInfo\s*<<\s*\/Marked\s+true/);
});

test('bookmarks for the headings, Danish letters intact', () => {
  expect(objectsText(pdf)).toMatch(/\/Outlines\s+\d+\s+0\s+R/);
  const titles = pdfBookmarkTitles(pdf);
  expect(titles).toContain('DAGSORDEN');
  expect(titles.some((t) => /^\d+\. Fælles testindsats v\. Gustav Gæst/.test(t))).toBe(true);
});

test('fonts embedded; the Teams link is a working link annotation', () => {
  const text = objectsText(pdf);
  expect(text).toMatch(/\/FontFile2\s+\d+\s+0\s+R/);
  expect(text).not.toMatch(/\/BaseFont\s*\/Helvetica\b/);
  const uris = [...text.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'));
  // LibreOffice writes the address normalised (%3a → %3A, %40 → @): the same link.
  expect(uris.map(decodeURIComponent)).toContain(decodeURIComponent(JOIN));
});
