import { unzipSync, zipSync, type Zippable } from 'fflate';
import { caseFileName } from '../../domain/case-file/case-file-documents';
import { caseFilePackage, listedDocuments, MANIFEST_JSON, type CaseFileMeeting } from '../../domain/case-file/case-file-manifest';
import type { Forum, Meeting } from '../../domain/types';
import { isAlreadyExists, isNotFound } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { putDriveFile, type DriveItemAnswer } from '../drive-upload';
import { AgendaStore } from '../forum-stores';
import { listItemUrl, type GraphListItem } from '../list-item';
import { toMinutesVersion } from '../mappers/minutes-mapper';
import { meetingFilePath } from '../meeting-folder';
import { closureOf } from '../minutes/closure';
import { drivePath, folderOf, readVersion, sha256, versionItemsOf } from '../minutes/minutes-shared';
import { CaseFileRefusedError, type CaseFileApi, type CaseFileResult } from './case-file-api';
import { collectSources } from './case-file-sources';

/**
 * A circulated meeting's archive package (issue 20 pt 4), written once into the meeting's folder as
 * "Arkivpakke <date> <forum> v<version>.zip" — one name per circulated version, so it is made once and every later
 * run, press or secretary finds it: the name is looked up first, and the upload refuses to overwrite
 * (conflictBehavior 'fail'), so two at once or a retry after a lost answer end with the one file the first wrote,
 * which is what both return. A reopened version has no package until it is circulated again (as a new version).
 * The content it rests on is read fresh and the snapshot's hash checked against the version, as circulation does.
 */

const ZIP_TYPE = 'application/zip';

const hex = async (bytes: Uint8Array): Promise<string> =>
  [...new Uint8Array(await sha256(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The package's listed documents, and whether each is in the zip with the hash the manifest gives. */
async function readPackage(bytes: Uint8Array): Promise<Pick<CaseFileResult, 'documents' | 'intact'>> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    return { documents: [], intact: false };
  }
  const manifest = entries[MANIFEST_JSON];
  const documents = manifest ? listedDocuments(new TextDecoder().decode(manifest)) : undefined;
  if (!documents) return { documents: [], intact: false };
  let intact = true;
  for (const d of documents) {
    const entry = entries[d.file];
    if (!entry || (await hex(entry)) !== d.sha256) intact = false;
  }
  return { documents, intact };
}

export class CaseFileStore implements CaseFileApi {
  constructor(
    private readonly graph: Graph,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async archivePackage(forum: Forum, meetingRef: Pick<Meeting, 'id'>): Promise<CaseFileResult> {
    const { graph } = this;
    const [meetingItem, versionItems, agendaItems] = await Promise.all([
      graph.get<GraphListItem>(`${listItemUrl(forum.siteId, 'Meetings', meetingRef.id)}?expand=fields`),
      versionItemsOf(graph, forum, meetingRef.id),
      new AgendaStore(graph, forum).forMeeting(meetingRef.id),
    ]);
    const closure = closureOf(forum, meetingItem, versionItems.map(toMinutesVersion));
    if (!closure.closed || !closure.circulated) throw new CaseFileRefusedError('not-circulated');
    const read = await readVersion(graph, forum, closure.circulated.id);
    if (!read.content || read.snapshotHash !== read.version.contentHash) throw new CaseFileRefusedError('content-changed');
    const { content, version } = read;

    const caseNumbers = new Map(agendaItems.flatMap((a) => (a.caseNumber?.trim() ? [[a.id, a.caseNumber.trim()] as const] : [])));
    // Åbent/Lukket as the agenda item says it now (the minutes' snapshot does not freeze it).
    const access = new Map(agendaItems.map((a) => [a.id, { access: a.access, closedReason: a.closedReason }] as const));
    const meeting: CaseFileMeeting = {
      forumName: content.forumName,
      forumShortName: content.forumShortName,
      meetingTitle: content.meetingTitle,
      start: content.start,
      end: content.end,
      minutesVersion: version.version,
      minutesHash: version.contentHash,
      circulatedAt: closure.circulatedAt ?? version.finalAt ?? content.end,
      items: content.items.map((i) => {
        const caseNumber = caseNumbers.get(i.agendaItemId);
        return { number: i.number, title: i.title, ...(caseNumber ? { caseNumber } : {}), ...access.get(i.agendaItemId) };
      }),
    };
    const fileName = caseFileName(meeting);
    const itemPath = `/sites/${forum.siteId}/drive/root:/${drivePath(meetingFilePath(folderOf(content), fileName))}:`;

    const existing = await this.found(itemPath, fileName);
    if (existing) return existing;

    const { sources, missing } = await collectSources(graph, forum, meeting, meetingItem, version, content, (id) => caseNumbers.get(id));
    if (missing.length > 0) throw new CaseFileRefusedError('missing-documents', missing);
    const now = this.clock();
    const pkg = await caseFilePackage(meeting, sources, now.toISOString().replace(/\.\d{3}Z$/, 'Z'), sha256);
    const zippable: Zippable = {};
    for (const f of pkg.files) zippable[f.path] = [f.bytes, { mtime: now }];
    const bytes = zipSync(zippable, { level: 6 });

    let written: DriveItemAnswer;
    try {
      written = await putDriveFile(graph, itemPath, bytes, ZIP_TYPE, 'fail');
    } catch (error) {
      // Another run wrote it first (or this one did, and the answer was lost): theirs is the package.
      if (!isAlreadyExists(error)) throw error;
      const theirs = await this.found(itemPath, fileName);
      if (theirs) return theirs;
      throw error;
    }
    return { outcome: 'created', fileName, webUrl: written.webUrl ?? '', bytes, ...(await readPackage(bytes)) };
  }

  /** The package already in the meeting's folder, read back and checked against its manifest. */
  private async found(itemPath: string, fileName: string): Promise<CaseFileResult | undefined> {
    let item: DriveItemAnswer;
    try {
      item = await this.graph.get<DriveItemAnswer>(itemPath.replace(/:$/, ''));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    const bytes = await this.graph.getBytes(`${itemPath}/content`);
    return { outcome: 'found', fileName: item.name ?? fileName, webUrl: item.webUrl ?? '', bytes, ...(await readPackage(bytes)) };
  }
}

export function createCaseFileStore(graph: Graph, clock?: () => Date): CaseFileApi {
  return new CaseFileStore(graph, clock);
}
