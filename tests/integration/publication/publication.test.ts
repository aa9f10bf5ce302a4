import { strFromU8, unzipSync } from 'fflate';
import type { Forum, Meeting } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { AgendaStore } from '../../../src/store/forum-stores';
import { listItemUrl } from '../../../src/store/list-item';
import { updateAgendaItem } from '../../../src/store/planning/agenda-writes';
import { toPlanningAgendaItem } from '../../../src/store/planning/planning-mappers';
import { PublicationStore, publicationFolderPath } from '../../../src/store/publication/publication-store';
import { pdfObjectsText, pdfText } from '../../support/pdf-reading';
import { meetingTwoAsSecretary } from '../support/meeting-two';
import { createMinutesVersion, minutesItem, sampleMinutes, setVersionStatus } from '../support/minutes-fixtures';
import { tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_PEOPLE } from '../support/test-seed';

/**
 * Publication against the sandbox (issue 20 pt 3): the public agenda and, only after the chairs' approval, the public
 * decisions land in "Offentliggørelse/<date> <title>/" as a page and its PDF; a closed item's content is in no
 * published byte; publishing again writes nothing (the page's eTag and the PDF's stay as they were).
 */

const SECRET = {
  title: 'Fælles testindsats',
  description: 'HEMMELIG-PERSONSAG-7731 om en navngiven patient',
  recommendation: 'at styregruppen drøfter',
  decision: 'HEMMELIG-BESLUTNING-4402',
};

let sb: TestSandbox;
let graph: Graph;
let forum: Forum;
let meeting: Meeting;
let closedId: string;
let openId: string;

interface DriveItem {
  eTag: string;
  webUrl: string;
  name: string;
}

const folderOf = () => publicationFolderPath(meeting).split('/').map(encodeURIComponent).join('/');
const fileItem = (name: string) => graph.get<DriveItem>(`/sites/${forum.siteId}/drive/root:/${folderOf()}/${encodeURIComponent(name)}`);
const fileBytes = async (name: string) =>
  Buffer.from(await graph.getBytes(`/sites/${forum.siteId}/drive/root:/${folderOf()}/${encodeURIComponent(name)}:/content`));

/** Every byte of the folder's files, as text (the PDF's as poppler extracts it, and raw). */
async function everyPublishedText(names: readonly string[]): Promise<string> {
  const parts = await Promise.all(
    names.map(async (n) => {
      const bytes = await fileBytes(n);
      if (n.endsWith('.pdf')) return `${pdfText(bytes)}\n${pdfObjectsText(bytes)}`;
      if (n.endsWith('.docx'))
        return Object.values(unzipSync(new Uint8Array(bytes)))
          .map((f) => strFromU8(f))
          .join('\n');
      return bytes.toString('utf8');
    }),
  );
  return parts.join('\n');
}

beforeAll(async () => {
  ({ sb, graph, forum, meeting } = await meetingTwoAsSecretary());
  const items = await new AgendaStore(graph, forum).forMeeting(meeting.id);
  const closed = items.find((i) => i.title === SECRET.title);
  const open = items.find((i) => i.title === 'Velkomst');
  if (!closed || !open) throw new Error('seed has the two items');
  closedId = closed.id;
  openId = open.id;
  await graph.patch(
    `${listItemUrl(forum.siteId, 'AgendaItems', closed.id)}/fields`,
    { Description: SECRET.description },
    { ifMatch: closed.etag },
  );
  const fresh = await graph.get<Parameters<typeof toPlanningAgendaItem>[0]>(
    `${listItemUrl(forum.siteId, 'AgendaItems', closed.id)}?expand=fields`,
  );
  await updateAgendaItem(graph, forum, toPlanningAgendaItem(fresh), {
    access: 'closed',
    closedReason: 'personal-data',
    caseNumber: '24/12345',
  });
});
afterAll(() => sb.dispose());

const store = () => new PublicationStore(graph);

describe('publication against the sandbox', () => {
  it('publishes the public agenda: the open item whole, the closed one as "Lukket punkt" with its case number, nothing of its content', async () => {
    const result = await store().publish(forum, meeting, 'agenda');
    expect(result.outcome).toBe('published');
    expect(result.closedItems).toBe(1);
    expect(result.files.map((f) => f.name)).toEqual(['dagsorden.html', 'dagsorden.pdf', 'dagsorden.docx']);

    const page = (await fileBytes('dagsorden.html')).toString('utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="da">/);
    expect(page).toContain('1. Velkomst');
    expect(page).toContain('2. Lukket punkt');
    expect(page).toContain('Sagsnr. 24/12345');
    expect(page).toContain('Personoplysninger (offentlighedsloven § 30, nr. 1)');
    const published = await everyPublishedText(['dagsorden.html', 'dagsorden.pdf', 'dagsorden.docx']);
    for (const secret of [SECRET.title, 'HEMMELIG-PERSONSAG-7731', SECRET.recommendation, 'Gustav'])
      expect(published).not.toContain(secret);
    expect(pdfText(await fileBytes('dagsorden.pdf'))).toContain('Lukket punkt');
  });

  it('writes the agenda once: publishing it again changes no file', async () => {
    const before = await Promise.all(['dagsorden.html', 'dagsorden.pdf'].map(fileItem));
    const again = await store().publish(forum, meeting, 'agenda');
    expect(again.outcome).toBe('unchanged');
    const after = await Promise.all(['dagsorden.html', 'dagsorden.pdf'].map(fileItem));
    expect(after.map((f) => f.eTag)).toEqual(before.map((f) => f.eTag));
  });

  it('publishes no decisions before the chairs approved the minutes, then once after', async () => {
    const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const content = sampleMinutes(meeting.id, {
      items: [
        minutesItem(openId, 1, 'Velkomst', { beslutning: 'Dagsordenen blev godkendt.' }),
        minutesItem(closedId, 2, SECRET.title, { referat: SECRET.description, beslutning: SECRET.decision }),
      ],
    });
    const version = await createMinutesVersion(sb, token, forum.siteId, { content, version: 1 });

    const early = await store().publish(forum, meeting, 'decisions');
    expect(early.outcome).toBe('not-approved');
    await expect(fileItem('beslutningsprotokol.html')).rejects.toMatchObject({ status: 404 });
    expect((await store().status(forum, meeting)).decisionsReady).toBe(false);

    await setVersionStatus(sb, token, forum.siteId, version.id, 'approved');
    expect((await store().status(forum, meeting)).decisionsReady).toBe(true);
    const published = await store().publish(forum, meeting, 'decisions');
    expect(published.outcome).toBe('published');
    const page = (await fileBytes('beslutningsprotokol.html')).toString('utf8');
    expect(page).toContain('Beslutningsprotokol');
    expect(page).toContain('Dagsordenen blev godkendt.');
    expect(page).toContain('2. Lukket punkt');
    const all = await everyPublishedText(['beslutningsprotokol.html', 'beslutningsprotokol.pdf', 'beslutningsprotokol.docx']);
    for (const secret of [SECRET.title, 'HEMMELIG-PERSONSAG-7731', 'HEMMELIG-BESLUTNING-4402']) expect(all).not.toContain(secret);

    const before = await fileItem('beslutningsprotokol.html');
    expect((await store().publish(forum, meeting, 'decisions')).outcome).toBe('unchanged');
    expect((await fileItem('beslutningsprotokol.html')).eTag).toBe(before.eTag);
    const status = await store().status(forum, meeting);
    expect(status.agenda?.name).toBe('dagsorden.html');
    expect(status.decisions?.name).toBe('beslutningsprotokol.html');
  });

  it('does not publish decisions from a version whose snapshot no longer matches the hash the chairs approved', async () => {
    const token = await tokenFor(sb, TEST_PEOPLE.secretary.mail);
    const content = sampleMinutes('9999', { items: [minutesItem(openId, 1, 'Velkomst')] });
    const tampered = await createMinutesVersion(sb, token, forum.siteId, {
      content,
      version: 1,
      status: 'approved',
      snapshotJson: JSON.stringify({ ...content, items: [minutesItem(openId, 1, 'Velkomst', { beslutning: 'Ændret bagefter.' })] }),
    });
    expect(tampered.meetingId).toBe('9999');
    const status = await store().status(forum, { id: '9999', start: meeting.start, title: 'Intet møde' });
    expect(status.decisionsReady).toBe(false);
  });
});
