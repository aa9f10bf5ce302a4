import { isAlreadyExists, isForbidden, isNotFound, isTooLarge, isUnauthorized } from '../graph/errors';
import { GraphError, type Graph } from '../graph/graph-types';
import { uploadFinished } from '../graph/upload-finished';

/**
 * A file into the forum's document library by path: in one PUT while it is small, in an upload session above Graph's
 * long-documented simple-upload limit of 4 MB (a bilag scanned as PDF easily passes it). The session sends fragments
 * with `Content-Range`; a fragment that gets no answer or a failure is resumed from what the session says it is
 * missing (`nextExpectedRanges`), so a dropped fragment costs one fragment, not the file. Either way the file is the
 * one at its path: a repeat writes the same file, never a second.
 */

/** Above this a file goes in an upload session. */
export const SIMPLE_UPLOAD_MAX_BYTES = 4 * 1024 * 1024;
/** Ten times 320 KiB: Graph wants every fragment but the last in multiples of 320 KiB, and each well under 60 MiB. */
export const FRAGMENT_BYTES = 10 * 320 * 1024;
/** Failed fragments in a row before the upload gives up (each one is asked about first). */
const FRAGMENT_TRIES = 4;

/** 'fail': an existing file is not overwritten (Graph answers 409 nameAlreadyExists). */
export type ConflictBehavior = 'replace' | 'fail';

export interface DriveItemAnswer {
  readonly id?: string;
  readonly name?: string;
  readonly webUrl?: string;
  readonly size?: number;
}

interface SessionAnswer {
  readonly uploadUrl?: string;
  readonly nextExpectedRanges?: readonly string[];
}

/**
 * Writes `bytes` at `itemPath` — Graph's path-addressed item without its action, "/sites/{id}/drive/root:/a/b.pdf:"
 * (each segment encoded).
 */
export async function putDriveFile(
  graph: Graph,
  itemPath: string,
  bytes: Uint8Array,
  contentType: string,
  conflict: ConflictBehavior = 'replace',
): Promise<DriveItemAnswer> {
  if (bytes.length <= SIMPLE_UPLOAD_MAX_BYTES) {
    return graph.putBytes<DriveItemAnswer>(
      `${itemPath}/content${conflict === 'fail' ? '?@microsoft.graph.conflictBehavior=fail' : ''}`,
      bytes,
      contentType,
    );
  }
  return uploadInSession(graph, itemPath, bytes, conflict);
}

/** Where the session wants the next byte: the start of its first missing range. */
function nextStart(ranges: readonly string[] | undefined): number | undefined {
  const first = ranges?.[0];
  const start = first ? Number(first.split('-')[0]) : NaN;
  return Number.isFinite(start) ? start : undefined;
}

async function uploadInSession(graph: Graph, itemPath: string, bytes: Uint8Array, conflict: ConflictBehavior): Promise<DriveItemAnswer> {
  // Repeatable: a session stores nothing until fragments come; one made twice after a lost answer simply expires.
  const session = await graph.post<SessionAnswer>(
    `${itemPath}/createUploadSession`,
    { item: { '@microsoft.graph.conflictBehavior': conflict } },
    { repeatable: true },
  );
  const uploadUrl = session.uploadUrl;
  if (!uploadUrl) throw new GraphError(502, 'noUploadUrl', 'Graph started the upload session without an uploadUrl.');
  let start = nextStart(session.nextExpectedRanges) ?? 0;
  let failures = 0;
  for (;;) {
    const end = Math.min(start + FRAGMENT_BYTES, bytes.length);
    try {
      const answer = await graph.uploadSession<SessionAnswer & DriveItemAnswer>(uploadUrl, {
        bytes: bytes.subarray(start, end),
        start,
        total: bytes.length,
      });
      if (uploadFinished(answer)) return answer.body;
      start = nextStart(answer.body.nextExpectedRanges) ?? end;
      failures = 0;
    } catch (error) {
      // Refused for good: the name is taken ('fail'), no right to write, the session gone.
      const refused = [isUnauthorized, isForbidden, isNotFound, isAlreadyExists, isTooLarge].some((means) => means(error));
      if (!(error instanceof GraphError) || refused || (failures += 1) >= FRAGMENT_TRIES) throw error;
      const resumed = await resumeAt(graph, uploadUrl, itemPath, bytes.length);
      if (typeof resumed !== 'number') return resumed;
      start = resumed;
    }
  }
}

/**
 * After a fragment failed or got no answer: where the session stands. A session that is gone after its last fragment
 * had gone out may have completed with the answer lost: the file at the path, at its full size, is the answer.
 */
async function resumeAt(graph: Graph, uploadUrl: string, itemPath: string, total: number): Promise<number | DriveItemAnswer> {
  try {
    const state = await graph.uploadSession<SessionAnswer>(uploadUrl);
    const start = nextStart(state.body.nextExpectedRanges);
    if (start === undefined)
      throw new GraphError(502, 'noExpectedRanges', 'The upload session says nothing is missing but did not complete.');
    return start;
  } catch (error) {
    if (!isNotFound(error)) throw error;
    const item = await graph.get<DriveItemAnswer>(itemPath.replace(/:$/, '')).catch(() => undefined);
    if (item?.size === total) return item;
    throw error;
  }
}
