import type { Message } from '@microsoft/microsoft-graph-types';
import { minutesHash, type MinutesContent } from '../../domain/minutes/minutes-content';
import { parseMinutesSnapshot } from '../../domain/minutes/minutes-snapshot';
import type { Forum, MinutesVersion } from '../../domain/types';
import { isForbidden, isNotFound } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../list-item';
import { toMinutesVersion } from '../mappers/minutes-mapper';
import { meetingFilePath } from '../meeting-folder';
import { fileAttachment } from '../mail/file-attachment';

/** Shared by freezing, requests, reminders and circulation: reading versions with their snapshot, files, notifications. */

export const sha256 = async (bytes: Uint8Array): Promise<ArrayBuffer> => globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));

/** Over this the PDF is linked, not attached (Graph refuses create requests above 4 MB with base64). */
export const MAX_ATTACHED_PDF_BYTES = 2_500_000;

export { DOCX_TYPE } from '../meeting-folder';

export interface LoadedVersion {
  readonly version: MinutesVersion;
  readonly content: MinutesContent;
  readonly item: GraphListItem;
}

/** A version with its snapshot read (untrusted JSON, parsed with zod) and the SHA-256 of what was read. */
export interface ReadVersion {
  readonly version: MinutesVersion;
  readonly item: GraphListItem;
  /** Undefined when the snapshot could not be read. */
  readonly content?: MinutesContent;
  /** SHA-256 (hex) of `content`; compared with the version's ContentHash before anything is sent. */
  readonly snapshotHash?: string;
}

export async function readVersion(graph: Graph, forum: Pick<Forum, 'siteId'>, id: string): Promise<ReadVersion> {
  const item = await graph.get<GraphListItem>(`${listItemUrl(forum.siteId, 'MinutesVersions', id)}?expand=fields`);
  const snapshot = item.fields?.SnapshotJson;
  const read = parseMinutesSnapshot(typeof snapshot === 'string' ? snapshot : '');
  const version = toMinutesVersion(item);
  if (!read.ok) return { item, version };
  return { item, version, content: read.content, snapshotHash: await minutesHash(read.content, sha256) };
}

/** A version whose snapshot must be readable (a damaged one is refused rather than guessed at). */
export async function loadVersion(graph: Graph, forum: Pick<Forum, 'siteId'>, id: string): Promise<LoadedVersion> {
  const read = await readVersion(graph, forum, id);
  if (!read.content) throw new Error('The minutes version has no readable snapshot.');
  return { item: read.item, version: read.version, content: read.content };
}

export async function versionItemsOf(graph: Graph, forum: Forum, meetingId: string): Promise<GraphListItem[]> {
  return graph.all<GraphListItem>(
    listItemsUrl(forum.siteId, 'MinutesVersions', { filter: `fields/MeetingId eq ${odataString(meetingId)}` }),
  );
}

/** The meeting folder the version's files live in: named from the frozen content, so every step finds the same one. */
export const folderOf = (content: Pick<MinutesContent, 'start' | 'meetingTitle'>): { start: string; title: string } => ({
  start: content.start,
  title: content.meetingTitle,
});

export function drivePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The PDF of a version, from the meeting folder. */
export async function versionPdfBytes(graph: Graph, forum: Forum, content: MinutesContent, fileName: string): Promise<Uint8Array> {
  return graph.getBytes(`/sites/${forum.siteId}/drive/root:/${drivePath(meetingFilePath(folderOf(content), fileName))}:/content`);
}

export function pdfAttachment(name: string, bytes: Uint8Array): NonNullable<Message['attachments']>[number] {
  return fileAttachment(name, 'application/pdf', bytes);
}

/**
 * A stable chain id per (what, version, chair): Teams replaces an earlier notification with the same chainId, so a
 * notification re-sent by a retry (the first answer lost) shows once.
 */
export function chainIdOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return (h % 2_000_000_000) + 1;
}

export type NotifyOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * A Teams activity notification to one person. Outside the tenant (GET /users 404) or without our app (403) it
 * cannot reach them: the caller falls back to mail. Other failures (throttling past retries, 5xx) are thrown.
 */
export async function notify(
  graph: Graph,
  email: string,
  activity: {
    readonly activityType: string;
    readonly topic: string;
    readonly webUrl: string;
    readonly preview: string;
    readonly meeting: string;
    readonly chainId: number;
  },
): Promise<NotifyOutcome> {
  let userId: string | undefined;
  try {
    userId = (await graph.get<{ id?: string }>(`/users/${encodeURIComponent(email)}?$select=id`)).id;
  } catch (error) {
    if (isNotFound(error) || isForbidden(error)) return { ok: false, reason: 'outside-tenant' };
    throw error;
  }
  if (!userId) return { ok: false, reason: 'outside-tenant' };
  try {
    // Repeatable: Teams replaces a notification with the same chainId, so a repeat after a lost answer shows one.
    await graph.post(
      `/users/${encodeURIComponent(userId)}/teamwork/sendActivityNotification`,
      {
        topic: { source: 'text', value: activity.topic, webUrl: activity.webUrl },
        activityType: activity.activityType,
        chainId: activity.chainId,
        previewText: { content: activity.preview },
        templateParameters: [{ name: 'meeting', value: activity.meeting }],
      },
      { repeatable: true },
    );
    return { ok: true };
  } catch (error) {
    if (isForbidden(error)) return { ok: false, reason: 'app-not-installed' };
    if (isNotFound(error)) return { ok: false, reason: 'outside-tenant' };
    throw error;
  }
}
