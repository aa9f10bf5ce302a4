import { publicRecordPage, PUBLIC_FILES } from '../../domain/public-record/public-html';
import { publicAgenda, publicDecisions, type PublicRecord, type PublicRecordKind } from '../../domain/public-record/public-record';
import { shownAsSecretariats, writtenByOwners } from '../../domain/forum-trust';
import { parseSnapshot } from '../../domain/minutes-archive';
import { minutesHash, type MinutesContent } from '../../domain/minutes/minutes-content';
import { copenhagenDate } from '../../domain/copenhagen-time';
import type { Forum, ForumRef, Meeting } from '../../domain/types';
import { isAlreadyExists, isNotFound } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { agendaAsWritten, loadCurrentAgenda, meetingForAgenda, sha256 } from '../agenda/agenda-load';
import { putDriveFile, type DriveItemAnswer } from '../drive-upload';
import { AgendaStore } from '../forum-stores';
import { Fields, listItemsUrl, odataString, writeStampOf, type GraphListItem } from '../list-item';
import { toMinutesVersion } from '../mappers/minutes-mapper';
import { DOCX_TYPE, safeDriveName } from '../meeting-folder';
import type { PublicationApi, PublicationStatus, PublishedFile, PublishResult } from './publication-api';

/**
 * The public record of a meeting (issue 20 pt 3), written to "Offentliggørelse/<date> <title>/" in the forum's
 * library: per record the page (…html), its tagged PDF (…pdf, Graph's conversion of the …docx beside it). The page
 * is written last and depends only on the record, so it marks a publication done and says whether it is the same:
 * - the same page at its name: 'unchanged', nothing is written again (a second press, a retry after a lost answer);
 * - no page yet: the PDF first, then the page with `conflictBehavior=fail` — two secretaries publishing at once
 *   write one page; the loser finds it;
 * - a different agenda page (the agenda changed since): replaced with If-Match on the page's eTag;
 * - a different decisions page: never replaced ('already-published') — approved decisions are published once.
 * Decisions are published only from minutes the chairs approved: the version's status, written by the secretariat
 * (writtenByOwners), and its snapshot's hash equal to the hash the approvals named.
 *
 * Only the secretariat's files count (DESIGN.md principle 9). Provisioning gives members read only on the folder; on a
 * site left without it, a file someone else put at a record's name — a page "published" ahead of the secretariat, or
 * one changed since — is neither shown as published nor left standing: publishing deletes it (If-Match on its eTag)
 * and writes the record.
 */

export const PUBLICATION_FOLDER = 'Offentliggørelse';

const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** "Offentliggørelse/2026-10-29 Styregruppemøde 2": one folder per meeting, named as its folder under Møder. */
export function publicationFolderPath(meeting: Pick<Meeting, 'start' | 'title'>): string {
  return `${PUBLICATION_FOLDER}/${copenhagenDate(new Date(meeting.start))} ${safeDriveName(meeting.title)}`;
}

const HTML_TYPE = 'text/html; charset=utf-8';

/** A file at a record's name, and whether the secretariat wrote it (created and last changed it). */
interface FoundFile {
  readonly id: string;
  readonly driveId: string;
  readonly name: string;
  readonly etag: string;
  readonly webUrl: string;
  readonly ours: boolean;
}

interface ExistingPage {
  readonly bytes: Uint8Array;
  readonly etag: string;
  readonly webUrl: string;
}

type DriveFileItem = DriveItemAnswer &
  Pick<GraphListItem, 'createdBy' | 'lastModifiedBy'> & {
    readonly eTag?: string;
    readonly parentReference?: { readonly driveId?: string };
  };

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

export class PublicationStore implements PublicationApi {
  constructor(private readonly graph: Graph) {}

  async status(forum: Forum, meeting: Pick<Meeting, 'id' | 'start' | 'title'>): Promise<PublicationStatus> {
    const folder = publicationFolderPath(meeting);
    const [agenda, decisions, approved] = await Promise.all([
      this.fileAt(forum, `${folder}/${PUBLIC_FILES.agenda.html}`),
      this.fileAt(forum, `${folder}/${PUBLIC_FILES.decisions.html}`),
      this.approvedMinutes(forum, meeting.id),
    ]);
    return { ...(agenda ? { agenda } : {}), ...(decisions ? { decisions } : {}), decisionsReady: approved !== undefined };
  }

  async publish(forum: Forum, ref: Pick<Meeting, 'id'>, kind: PublicRecordKind): Promise<PublishResult> {
    const meeting = await meetingForAgenda(this.graph, forum, ref.id);
    const record = kind === 'agenda' ? await this.agendaRecord(forum, meeting) : await this.decisionsRecord(forum, meeting);
    if (!record) return { outcome: 'not-approved', kind, files: [], closedItems: 0 };
    const closedItems = record.items.filter((i) => i.closed).length;
    const folder = publicationFolderPath(meeting);
    const names = PUBLIC_FILES[kind];
    const page = new TextEncoder().encode(publicRecordPage(record));
    const pagePath = this.itemPath(forum, `${folder}/${names.html}`);
    const kept = await this.removeForeign(
      forum,
      [names.html, names.pdf, names.docx].map((name) => `${folder}/${name}`),
    );
    const existing = await this.pageOf(pagePath, kept.get(`${folder}/${names.html}`));
    if (existing && sameBytes(existing.bytes, page))
      return { outcome: 'unchanged', kind, files: await this.filesOf(forum, folder, kind, existing.webUrl), closedItems };
    if (existing && kind === 'decisions')
      return { outcome: 'already-published', kind, files: await this.filesOf(forum, folder, kind, existing.webUrl), closedItems };

    // The Word writer loads with the first publication, not with the dialog that asks for the status.
    const { renderPublicDocx } = await import('./public-docx.js');
    const docxPath = this.itemPath(forum, `${folder}/${names.docx}`);
    const docx = await putDriveFile(this.graph, docxPath, await renderPublicDocx(record), DOCX_TYPE);
    const pdfBytes = await this.graph.getBytes(`${docxPath}/content?format=pdf`);
    const pdf = await putDriveFile(this.graph, this.itemPath(forum, `${folder}/${names.pdf}`), pdfBytes, 'application/pdf');
    let written: DriveItemAnswer;
    try {
      written = existing
        ? await this.graph.putBytes<DriveItemAnswer>(`${pagePath}/content`, page, HTML_TYPE, { ifMatch: existing.etag })
        : await putDriveFile(this.graph, pagePath, page, HTML_TYPE, 'fail');
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      // Another publication wrote the page between our look and our write: its page stands (the secretariat's only).
      const found = await this.found(forum, `${folder}/${names.html}`);
      if (!found?.ours) throw error;
      const theirs = await this.pageOf(pagePath, found);
      const outcome = theirs && sameBytes(theirs.bytes, page) ? 'unchanged' : kind === 'decisions' ? 'already-published' : 'unchanged';
      return { outcome, kind, files: await this.filesOf(forum, folder, kind, theirs?.webUrl ?? ''), closedItems };
    }
    return {
      outcome: 'published',
      kind,
      files: [
        { name: names.html, webUrl: written.webUrl ?? '' },
        { name: names.pdf, webUrl: pdf.webUrl ?? '' },
        { name: names.docx, webUrl: docx.webUrl ?? '' },
      ],
      closedItems,
    };
  }

  private async agendaRecord(forum: Forum, meeting: Meeting): Promise<PublicRecord> {
    const { doc } = await loadCurrentAgenda(this.graph, forum, meeting);
    return publicAgenda(doc, meeting.agendaSentAt);
  }

  private async decisionsRecord(forum: Forum, meeting: Meeting): Promise<PublicRecord | undefined> {
    const [approved, agenda] = await Promise.all([
      this.approvedMinutes(forum, meeting.id),
      new AgendaStore(this.graph, forum).forMeeting(meeting.id),
    ]);
    if (!approved) return undefined;
    // Which items are closed comes from the agenda items: only as the secretariat and the chairs wrote them.
    return publicDecisions(approved.content, agendaAsWritten(agenda, forum), approved.approvedAt);
  }

  /** The newest minutes version the chairs approved, whose snapshot is the one they approved; undefined when none. */
  private async approvedMinutes(forum: Forum, meetingId: string): Promise<{ content: MinutesContent; approvedAt?: string } | undefined> {
    const items = await this.graph.all<GraphListItem>(
      listItemsUrl(forum.siteId, 'MinutesVersions', { filter: `fields/MeetingId eq ${odataString(meetingId)}` }),
    );
    const candidates = items
      .map((item) => ({ item, version: toMinutesVersion(item) }))
      .filter(({ version }) => version.status === 'approved')
      .sort((a, b) => b.version.version - a.version.version);
    for (const { item, version } of candidates) {
      if (!writtenByOwners(writeStampOf(item), forum.owners, forum.trustedAppIds)) continue;
      const json = Fields.of(item).text('SnapshotJson');
      let raw: unknown;
      try {
        raw = JSON.parse(json);
      } catch {
        continue;
      }
      // The hash over the snapshot exactly as frozen: the approvals named it.
      if (version.contentHash === '' || (await minutesHash(raw as MinutesContent, sha256)) !== version.contentHash) continue;
      const content = parseSnapshot(json);
      if (!content) continue;
      const approvedAt = version.finalAt ?? item.lastModifiedDateTime;
      return { content, ...(approvedAt ? { approvedAt } : {}) };
    }
    return undefined;
  }

  private itemPath(forum: ForumRef, path: string): string {
    return `/sites/${forum.siteId}/drive/root:/${encodePath(path)}:`;
  }

  /** The bytes of a page found at `path` (the secretariat's); undefined when there is none, or it is gone since. */
  private async pageOf(path: string, file: FoundFile | undefined): Promise<ExistingPage | undefined> {
    if (!file) return undefined;
    try {
      return { bytes: await this.graph.getBytes(`${path}/content`), etag: file.etag, webUrl: file.webUrl };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** The file at `path` in the forum's library, and whether it is the secretariat's; undefined when there is none. */
  private async found(forum: Forum, path: string): Promise<FoundFile | undefined> {
    try {
      const item = await this.graph.get<DriveFileItem>(this.itemPath(forum, path).replace(/:$/, ''));
      return {
        id: item.id ?? '',
        driveId: item.parentReference?.driveId ?? '',
        name: item.name ?? path.split('/').pop() ?? '',
        etag: item.eTag ?? '',
        webUrl: item.webUrl ?? '',
        // With the owners unread nothing is decided about the record; the files stay as they are.
        ours: shownAsSecretariats(writeStampOf(item), forum),
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** A published file: the secretariat's file at the name, or none. */
  private async fileAt(forum: Forum, path: string): Promise<PublishedFile | undefined> {
    const file = await this.found(forum, path);
    return file?.ours ? { name: file.name, webUrl: file.webUrl } : undefined;
  }

  /**
   * Deletes the files at these names that someone other than the secretariat wrote — each as it was found (If-Match);
   * answers the secretariat's files there, by path.
   */
  private async removeForeign(forum: Forum, paths: readonly string[]): Promise<ReadonlyMap<string, FoundFile>> {
    const files = await Promise.all(paths.map(async (path) => [path, await this.found(forum, path)] as const));
    const kept = new Map<string, FoundFile>();
    for (const [path, file] of files) {
      if (!file) continue;
      if (file.ours) {
        kept.set(path, file);
        continue;
      }
      try {
        await this.graph.delete(`/drives/${encodeURIComponent(file.driveId)}/items/${encodeURIComponent(file.id)}`, { ifMatch: file.etag });
      } catch (error) {
        // Gone already (another publication removed it): as wanted.
        if (!isNotFound(error)) throw error;
      }
    }
    return kept;
  }

  private async filesOf(forum: Forum, folder: string, kind: PublicRecordKind, pageUrl: string): Promise<PublishedFile[]> {
    const names = PUBLIC_FILES[kind];
    const pdf = await this.fileAt(forum, `${folder}/${names.pdf}`);
    return [{ name: names.html, webUrl: pageUrl }, ...(pdf ? [pdf] : [])];
  }
}

export function createPublicationStore(graph: Graph): PublicationApi {
  return new PublicationStore(graph);
}
