import { copenhagenDate } from '../domain/copenhagen-time';
import type { ForumRef, Meeting } from '../domain/types';
import { isAlreadyExists } from '../graph/errors';
import type { Graph } from '../graph/graph-types';
import { putDriveFile, type DriveItemAnswer } from './drive-upload';

/** A Word document's content type, as the forum's documents are uploaded. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The root folder of the meetings' documents in the forum's document library. */
export const MEETINGS_FOLDER = 'Møder';

/** Characters SharePoint refuses in file and folder names, and the leading/trailing dots and spaces it trims. */
export function safeDriveName(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
  const cleaned = printable
    .replace(/["*:<>?/\\|#%]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '');
  return (cleaned || 'fil').slice(0, 120);
}

/** "Møder/2027-03-04 Møde 1-2027": one folder per meeting, sorted by date, named by its Copenhagen date and title. */
export function meetingFolderPath(meeting: Pick<Meeting, 'start' | 'title'>): string {
  return `${MEETINGS_FOLDER}/${copenhagenDate(new Date(meeting.start))} ${safeDriveName(meeting.title)}`;
}

/** Graph's path-addressed URL of a file in the meeting's folder (each segment encoded). */
export function meetingFilePath(meeting: Pick<Meeting, 'start' | 'title'>, fileName: string): string {
  return `${meetingFolderPath(meeting)}/${safeDriveName(fileName)}`;
}

export interface UploadedFile {
  readonly id: string;
  readonly name: string;
  readonly webUrl: string;
  readonly size: number;
}

/**
 * Uploads into the meeting's folder (Graph creates the folders along the path; above 4 MB in an upload session).
 * Re-uploading the same name makes a new version of that file, never a second file: safe to retry.
 */
export async function uploadToMeetingFolder(
  graph: Graph,
  ref: ForumRef,
  meeting: Pick<Meeting, 'start' | 'title'>,
  fileName: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<UploadedFile> {
  return uploaded(await putDriveFile(graph, meetingItemPath(ref, meeting, fileName), bytes, contentType), fileName, bytes.length);
}

/**
 * Copies a file into the meeting's folder once: a file already at its name (an earlier attempt wrote it and failed
 * before recording it) is taken as it is — not written again as a new version, nor overwritten if someone edited it.
 */
export async function copyOnceToMeetingFolder(
  graph: Graph,
  ref: ForumRef,
  meeting: Pick<Meeting, 'start' | 'title'>,
  fileName: string,
  bytes: Uint8Array,
  contentType: string,
): Promise<UploadedFile> {
  const path = meetingItemPath(ref, meeting, fileName);
  try {
    return uploaded(await putDriveFile(graph, path, bytes, contentType, 'fail'), fileName, bytes.length);
  } catch (error) {
    if (!isAlreadyExists(error)) throw error;
    return uploaded(await graph.get<DriveItemAnswer>(path.replace(/:$/, '')), fileName, bytes.length);
  }
}

/** "/sites/{id}/drive/root:/Møder/…/name:" — the file's path-addressed item, each segment encoded. */
function meetingItemPath(ref: ForumRef, meeting: Pick<Meeting, 'start' | 'title'>, fileName: string): string {
  return `/sites/${ref.siteId}/drive/root:/${meetingFilePath(meeting, fileName).split('/').map(encodeURIComponent).join('/')}:`;
}

const uploaded = (item: DriveItemAnswer, fileName: string, size: number): UploadedFile => ({
  id: item.id ?? '',
  name: item.name ?? fileName,
  webUrl: item.webUrl ?? '',
  size: item.size ?? size,
});
