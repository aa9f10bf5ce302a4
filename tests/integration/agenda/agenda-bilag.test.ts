import { strFromU8, unzipSync } from 'fflate';
import type { Forum, Meeting, Submission } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { MeetingAgendaStore } from '../../../src/store/agenda/agenda-store';
import { listItemsUrl, odataString, type GraphListItem } from '../../../src/store/list-item';
import { toSubmissions } from '../../../src/store/mappers/submission-mapper';
import { meetingFolderPath } from '../../../src/store/meeting-folder';
import type { Seed } from '../../../src/sandbox/seed/types';
import { AGENDA_NOW, meetingTwoAsSecretary } from '../support/meeting-two';
import { call, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * Bilag reach members: the accepted item's files, mailed in with the submission, are copied from the forum mailbox
 * into the meeting's folder when the agenda is made, linked from the agenda as "Bilag N – <name>", and attached to
 * the agenda mail while they fit beside the PDF (the rest linked). Made again, nothing is copied twice.
 */
const SMALL = 'Økonomi – overblik.txt';
const SMALL_TEXT = 'Budget 2027: 1,2 mio. kr. til fælles indsats. Æ ø å.';
const BIG = 'Stort bilag.txt';
const BIG_TEXT = 'x'.repeat(2_600_000);
const seed: Seed = {
  ...testSeed,
  forums: testSeed.forums.map((f, i) =>
    i === 0
      ? {
          ...f,
          mailbox: f.mailbox.map((m) =>
            m.key === 'sag-1'
              ? {
                  ...m,
                  attachments: [
                    { name: SMALL, contentType: 'text/plain', text: SMALL_TEXT },
                    { name: BIG, contentType: 'text/plain', text: BIG_TEXT },
                  ],
                }
              : m,
          ),
        }
      : f,
  ),
};
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;
let meeting: Meeting;
const store = (): MeetingAgendaStore => new MeetingAgendaStore(graph, () => AGENDA_NOW);

beforeAll(async () => {
  ({ sb, graph, forum, meeting } = await meetingTwoAsSecretary(seed));
});
afterAll(() => sb.dispose());

async function submission(): Promise<Submission> {
  const items = await graph.all<GraphListItem>(
    listItemsUrl(forum.siteId, 'Submissions', { filter: `fields/MeetingId eq ${odataString(meeting.id)}` }),
  );
  const s = toSubmissions(forum.groupId, items, forum.shortName).find((x) => (x.attachments ?? []).length > 0);
  if (!s) throw new Error('no submission with attachments');
  return s;
}

const folder = (): string => meetingFolderPath(meeting).split('/').map(encodeURIComponent).join('/');
async function folderFiles(): Promise<string[]> {
  const item = await graph.get<{ id: string; parentReference: { driveId: string } }>(`/sites/${forum.siteId}/drive/root:/${folder()}`);
  const list = await graph.get<{ value: { name: string }[] }>(`/drives/${item.parentReference.driveId}/items/${item.id}/children`);
  return list.value.map((f) => f.name).sort();
}

test('generating the agenda copies the files into the meeting folder, records where, and links them as "Bilag N – <name>"', async () => {
  const before = await submission();
  expect(before.attachments?.map((a) => a.url)).toEqual([undefined, undefined]);
  const files = await store().generate(forum, meeting);

  const after = await submission();
  expect(after.attachments?.map((a) => a.name)).toEqual([SMALL, BIG]);
  expect(after.attachments?.every((a) => a.url?.startsWith('http'))).toBe(true);
  const names = await folderFiles();
  expect(names).toEqual(expect.arrayContaining([`${after.reference ?? after.id} ${SMALL}`, `${after.reference ?? after.id} ${BIG}`]));
  const copied = await graph.getBytes(
    `/sites/${forum.siteId}/drive/root:/${folder()}/${encodeURIComponent(`${after.reference ?? after.id} ${SMALL}`)}:/content`,
  );
  expect(Buffer.from(copied).toString('utf8')).toBe(SMALL_TEXT);

  const docx = await graph.getBytes(`/sites/${forum.siteId}/drive/root:/${folder()}/${encodeURIComponent(files.docx.name)}:/content`);
  const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
  expect(xml).toMatch(new RegExp(`<w:hyperlink [^>]*>(?:(?!</w:hyperlink>).)*Bilag 1 – ${SMALL}`, 's'));
  expect(xml).toMatch(new RegExp(`<w:hyperlink [^>]*>(?:(?!</w:hyperlink>).)*Bilag 2 – ${BIG}`, 's'));

  // Made again: nothing copied twice, the submission as it was.
  await store().generate(forum, meeting);
  expect(await folderFiles()).toEqual(names);
  expect((await submission()).attachments).toEqual(after.attachments);
});

test('the agenda mail carries the bilag that fit beside the PDF, named as in the agenda; the one too large is linked', async () => {
  await call(sb, 'DELETE', '/_sandbox/outbox');
  const result = await store().send(forum, meeting);
  expect(result.outcome).toBe('sent');
  const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
  const inbox = await call<{ value: { id: string; subject: string; body: { content: string } }[] }>(
    sb,
    'GET',
    '/me/mailFolders/inbox/messages?$top=50&$select=subject,body',
    { token },
  );
  const mail = inbox.body.value.find((m) => m.subject.startsWith('Dagsorden:'));
  expect(mail).toBeDefined();
  const attachments = await call<{ value: { name: string; contentBytes: string }[] }>(
    sb,
    'GET',
    `/me/messages/${mail?.id ?? ''}/attachments`,
    { token },
  );
  expect(attachments.body.value.map((a) => a.name)).toEqual([expect.stringMatching(/^Dagsorden .*\.pdf$/), `Bilag 1 – ${SMALL}`]);
  expect(Buffer.from(attachments.body.value[1]?.contentBytes ?? '', 'base64').toString('utf8')).toBe(SMALL_TEXT);
  const s = await submission();
  expect(mail?.body.content).toContain('Bilaget er vedhæftet. De øvrige bilag hentes via linkene i dagsordenen.');
  expect(mail?.body.content).toContain(`href="${s.attachments?.[1]?.url ?? 'none'}"`);
  expect(mail?.body.content).toContain(`Bilag 2 – ${BIG}`);
});

test('a bilag that grew in the folder since it was recorded is linked, not attached: the mail stays within its size', async () => {
  const s = await submission();
  // Someone replaced the small file in the folder with a large one (its recorded size is the mailed file's).
  const path = `/sites/${forum.siteId}/drive/root:/${folder()}/${encodeURIComponent(`${s.reference ?? s.id} ${SMALL}`)}:/content`;
  await graph.putBytes(path, new TextEncoder().encode('y'.repeat(2_600_000)), 'text/plain');
  // The agenda changes (an item's title), so a revised agenda goes out.
  const items = await graph.all<GraphListItem>(
    listItemsUrl(forum.siteId, 'AgendaItems', { filter: `fields/MeetingId eq ${odataString(meeting.id)}` }),
  );
  const first = items[0];
  if (!first) throw new Error('no agenda item');
  await graph.patch(`/sites/${forum.siteId}/lists/AgendaItems/items/${first.id}/fields`, {
    Title: `${String(first.fields?.Title ?? '')} (rettet)`,
  });
  const result = await store().send(forum, meeting);
  expect(result).toMatchObject({ outcome: 'sent', revised: true });

  const token = await tokenFor(sb, TEST_PEOPLE.chair.mail);
  const inbox = await call<{ value: { id: string; subject: string; body: { content: string } }[] }>(
    sb,
    'GET',
    '/me/mailFolders/inbox/messages?$top=50&$select=subject,body',
    { token },
  );
  const mail = inbox.body.value.find((m) => m.subject.startsWith('Revideret dagsorden'));
  const attachments = await call<{ value: { name: string }[] }>(sb, 'GET', `/me/messages/${mail?.id ?? ''}/attachments`, { token });
  expect(attachments.body.value.map((a) => a.name)).toEqual([expect.stringMatching(/\.pdf$/)]);
  expect(mail?.body.content).toContain(`href="${s.attachments?.[0]?.url ?? 'none'}"`);
});
