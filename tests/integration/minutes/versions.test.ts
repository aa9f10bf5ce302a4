import { strFromU8, unzipSync } from 'fflate';
import { MinutesStore } from '../../../src/store/forum-stores';
import { meetingFolderPath } from '../../../src/store/meeting-folder';
import { contentFor, minutesSandbox, NOW, store } from './minutes-support';

/**
 * Freezing minutes against the sandbox: a version with its snapshot, hash, .docx and PDF in the meeting folder;
 * the same content again is the same version; changed content is v2 and supersedes v1; two people freezing the
 * same content at once make one v2 between them.
 */
const file = minutesSandbox();

const folderFile = (name: string): string =>
  `/sites/${file.s.forum.siteId}/drive/root:/${[...meetingFolderPath(file.s.meeting).split('/'), name].map(encodeURIComponent).join('/')}:/content`;

describe('minutes versions', () => {
  it('freezes v1 with snapshot, hash, deadline and the rendered .docx and PDF; the same content again makes no new version', async () => {
    const content = contentFor(file.s.meeting);
    const first = await store(file.s.graph).freeze(file.s.forum, file.s.meeting, content);
    expect(first.created).toBe(true);
    expect(first.version.version).toBe(1);
    expect(first.version.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.version.pdfItemId).toBeTruthy();
    expect(first.version.pdfUrl).toContain('Referat%202026-03-17%20TSG%20v1.pdf');
    expect(first.version.approvalDeadline).toBeDefined();
    expect(Date.parse(first.version.approvalDeadline ?? '')).toBeGreaterThan(NOW.getTime());

    const docx = await file.s.graph.getBytes(folderFile('Referat 2026-03-17 TSG v1.docx'));
    const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Udkast – version 1');
    expect(xml).toContain('2. Fælles testindsats v. Gustav Gæst');
    expect(xml).toContain('Beslutning');
    expect(xml).toContain('Vera Vikar, Patientrepræsentant – Stedfortræder for Pia Patient');
    const pdf = Buffer.from(await file.s.graph.getBytes(folderFile('Referat 2026-03-17 TSG v1.pdf')));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const item = await file.s.graph.get<{ fields: { SnapshotJson: string; VersionKey: string } }>(
      `/sites/${file.s.forum.siteId}/lists/MinutesVersions/items/${first.version.id}?expand=fields`,
    );
    expect(item.fields.SnapshotJson).toBe(JSON.stringify(content));
    expect(item.fields.VersionKey).toBe(`${file.s.meeting.id}:1`);

    const again = await store(file.s.graph).freeze(file.s.forum, file.s.meeting, contentFor(file.s.meeting));
    expect(again.created).toBe(false);
    expect(again.version.id).toBe(first.version.id);
    expect(await new MinutesStore(file.s.graph, file.s.forum).forMeeting(file.s.meeting.id)).toHaveLength(1);
  });

  it('changed content is v2, and v1 is superseded', async () => {
    const second = await store(file.s.graph).freeze(
      file.s.forum,
      file.s.meeting,
      contentFor(file.s.meeting, 'Styregruppen drøftede indsatsen og økonomien.'),
    );
    expect(second.created).toBe(true);
    expect(second.version.version).toBe(2);
    expect(second.superseded).toBe(1);
    const versions = await new MinutesStore(file.s.graph, file.s.forum).forMeeting(file.s.meeting.id);
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'awaiting-approval'],
    ]);
    expect(versions[0]?.contentHash).not.toBe(versions[1]?.contentHash);
  });

  it('two people freezing the same new content at once make one v3 between them', async () => {
    const content = contentFor(file.s.meeting, 'Tredje udgave.');
    const [a, b] = await Promise.all([
      store(file.s.graph).freeze(file.s.forum, file.s.meeting, content),
      store(file.s.graph).freeze(file.s.forum, file.s.meeting, content),
    ]);
    expect(a.version.id).toBe(b.version.id);
    expect(a.version.version).toBe(3);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const versions = await new MinutesStore(file.s.graph, file.s.forum).forMeeting(file.s.meeting.id);
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'superseded'],
      [3, 'awaiting-approval'],
    ]);
    expect(versions[2]?.pdfItemId).toBeTruthy();
  });

  it('a freeze that failed after creating the version is completed by the retry, without another version', async () => {
    const content = contentFor(file.s.meeting, 'Fjerde udgave.');
    const failing = Object.assign(Object.create(file.s.graph) as typeof file.s.graph, {
      getBytes: () => Promise.reject(new Error('PDF conversion failed')),
    });
    await expect(store(failing).freeze(file.s.forum, file.s.meeting, content)).rejects.toThrow('PDF conversion failed');
    const retried = await store(file.s.graph).freeze(file.s.forum, file.s.meeting, content);
    expect(retried.created).toBe(false);
    expect(retried.version.version).toBe(4);
    expect(retried.version.pdfItemId).toBeTruthy();
    expect(retried.superseded).toBe(1);
    expect(await new MinutesStore(file.s.graph, file.s.forum).forMeeting(file.s.meeting.id)).toHaveLength(4);
  });
});
