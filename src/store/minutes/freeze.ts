import { createdByOwners, writtenByOwners } from '../../domain/forum-trust';
import { approvalDeadline } from '../../domain/minutes/approval-deadline';
import { minutesHash, type MinutesContent } from '../../domain/minutes/minutes-content';
import { buildMinutesDocument, minutesFileBase } from '../../domain/minutes/minutes-document';
import type { Forum, MinutesVersion } from '../../domain/types';
import { isAlreadyExists } from '../../graph/errors';
import { GraphError, type Graph } from '../../graph/graph-types';
import { ConflictError } from '../failures';
import { listItemsCollectionUrl, type GraphListItem } from '../list-item';
import { toMinutesVersion } from '../mappers/minutes-mapper';
import { meetingFilePath, uploadToMeetingFolder } from '../meeting-folder';
import { updateItemFields } from '../update-item';
import { minutesClosureOf } from './closure';
import { MinutesClosedError } from './closure-errors';
import type { FreezeResult } from './minutes-versions-api';
import { DOCX_TYPE, drivePath, folderOf, sha256, versionItemsOf } from './minutes-shared';

/**
 * "Send to chairs" freezes the minutes: an immutable version n+1 with the content's JSON and SHA-256, the .docx
 * and PDF ("Referat 2027-03-11 KSG v2.docx/.pdf") in the meeting folder, earlier versions awaiting approval marked
 * superseded. The same content again gives the same version back. VersionKey "<meetingId>:<n>" is unique, so of two
 * concurrent freezes one makes v(n+1) and the other reads it back. Every step is safe to repeat: a retry after any
 * failure completes the latest version (files, supersede) without making another.
 */

const MAX_ATTEMPTS = 4;

async function createVersion(
  graph: Graph,
  forum: Forum,
  content: MinutesContent,
  hash: string,
  n: number,
  deadline: string,
): Promise<GraphListItem | 'taken'> {
  try {
    // Repeatable: VersionKey is unique, so a repeat after a lost answer gets 409 ('taken'), and the re-read returns
    // the version with this content.
    return await graph.post<GraphListItem>(
      `${listItemsCollectionUrl(forum.siteId, 'MinutesVersions')}?expand=fields`,
      {
        fields: {
          Title: `${minutesFileBase(content, n)}`,
          MeetingId: content.meetingId,
          Version: n,
          ContentHash: hash,
          Status: 'awaiting-approval',
          SnapshotJson: JSON.stringify(content),
          VersionKey: `${content.meetingId}:${n}`,
          ApprovalDeadline: deadline,
        },
      },
      { repeatable: true },
    );
  } catch (error) {
    if (isAlreadyExists(error)) return 'taken';
    throw error;
  }
}

/** Renders and uploads the .docx and PDF of a version and records where they are (skipped when already recorded). */
async function completeFiles(graph: Graph, forum: Forum, content: MinutesContent, version: MinutesVersion): Promise<MinutesVersion> {
  if (version.docxUrl && version.pdfUrl && version.pdfItemId) return version;
  const base = minutesFileBase(content, version.version);
  const doc = buildMinutesDocument(content, { kind: 'draft', version: version.version });
  const folder = folderOf(content);
  // The Word writer (the docx package, ~230 KB) loads when a file is written, not with the store the home reads.
  const { renderMinutesDocx } = await import('./minutes-docx.js');
  const docx = await uploadToMeetingFolder(graph, forum, folder, `${base}.docx`, await renderMinutesDocx(doc), DOCX_TYPE);
  const pdfBytes = await graph.getBytes(
    `/sites/${forum.siteId}/drive/root:/${drivePath(meetingFilePath(folder, `${base}.docx`))}:/content?format=pdf`,
  );
  const pdf = await uploadToMeetingFolder(graph, forum, folder, `${base}.pdf`, pdfBytes, 'application/pdf');
  const fields = { DocxUrl: docx.webUrl, PdfUrl: pdf.webUrl, PdfItemId: pdf.id };
  try {
    const updated = await updateItemFields(graph, forum, 'MinutesVersions', version.id, version.etag ?? '*', fields);
    return { ...version, docxUrl: docx.webUrl, pdfUrl: pdf.webUrl, pdfItemId: pdf.id, ...(updated.etag ? { etag: updated.etag } : {}) };
  } catch (error) {
    // Someone else completed (or changed) it meanwhile: the files are the same names, so theirs are ours.
    if (error instanceof ConflictError) return { ...version, docxUrl: docx.webUrl, pdfUrl: pdf.webUrl, pdfItemId: pdf.id };
    throw error;
  }
}

/** Earlier versions still awaiting approval become superseded (If-Match; one already changed by someone else is re-read next time). */
async function supersedeEarlier(graph: Graph, forum: Forum, versions: readonly MinutesVersion[], current: MinutesVersion): Promise<number> {
  const earlier = versions.filter((v) => v.version < current.version && v.status === 'awaiting-approval');
  const results = await Promise.all(
    earlier.map(async (v) => {
      try {
        await updateItemFields(graph, forum, 'MinutesVersions', v.id, v.etag ?? '*', { Status: 'superseded' });
        return 1;
      } catch (error) {
        if (error instanceof ConflictError) return 0;
        throw error;
      }
    }),
  );
  return results.reduce<number>((a, b) => a + b, 0);
}

export async function freezeMinutes(graph: Graph, forum: Forum, content: MinutesContent, now: () => Date): Promise<FreezeResult> {
  // Circulated minutes stay as they went out: a new version only after "Genåbn referat" (closure.ts).
  if ((await minutesClosureOf(graph, forum, content.meetingId)).closed) throw new MinutesClosedError(content.meetingId);
  const hash = await minutesHash(content, sha256);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const all = (await versionItemsOf(graph, forum, content.meetingId)).map(toMinutesVersion).sort((a, b) => a.version - b.version);
    // A version someone other than the secretariat made is no version: it never supersedes one. Its number stays
    // taken (VersionKey is unique), so the next is numbered past it. The secretariat's version that someone else
    // changed since is never handed back as "the same content": a new one is made, and supersedes it. Nor is a
    // circulated version (reopened, or it would have been refused above): the chairs are asked about a new one.
    const versions = all.filter((v) => createdByOwners(v.stamp, forum.owners, forum.trustedAppIds));
    const latest = versions.at(-1);
    if (
      latest &&
      writtenByOwners(latest.stamp, forum.owners, forum.trustedAppIds) &&
      latest.contentHash === hash &&
      latest.status === 'awaiting-approval'
    ) {
      const version = await completeFiles(graph, forum, content, latest);
      const superseded = await supersedeEarlier(graph, forum, versions, version);
      return { version, created: false, superseded };
    }
    const n = (all.at(-1)?.version ?? 0) + 1;
    const created = await createVersion(graph, forum, content, hash, n, approvalDeadline(content.start, forum.settings, now()));
    if (created === 'taken') continue; // someone made v(n) meanwhile: re-read; same content → theirs is returned
    const version = await completeFiles(graph, forum, content, toMinutesVersion(created));
    const superseded = await supersedeEarlier(graph, forum, versions, version);
    return { version, created: true, superseded };
  }
  throw new ConflictError(
    'MinutesVersions',
    content.meetingId,
    new GraphError(409, 'versionRace', 'Other versions kept being made at the same time.'),
  );
}
