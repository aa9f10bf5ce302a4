import type { Forum, Meeting, Submission, SubmissionAttachment } from '../domain/types';
import { isForbidden, isNotFound } from '../graph/errors';
import type { Graph } from '../graph/graph-types';
import { odataString } from './list-item';
import { messagesUrl } from './mail/mailbox-paths';
import { copyOnceToMeetingFolder } from './meeting-folder';
import { recordFileUrls, storedFileName } from './submission-files';

/**
 * A submission's bilag into its meeting's folder: each file not yet copied is read from the forum mailbox (the
 * submission mail, then its follow-ups) and written as "<reference> <name>", and the submission records where each went
 * (If-Match, merged once on a conflict). The secretariat's to do — the chairs can neither read the mailbox nor write
 * the folder: when the secretariat accepts the item (Planlægning), and again when the agenda is made for whatever is
 * still missing (items accepted before, by a chair, or whose copy failed).
 *
 * Exactly once under retries: a file already at its name is taken as it is (copyOnceToMeetingFolder), and what was
 * copied before a failure is recorded before the failure is passed on, so a retry neither copies it again nor lacks it.
 */

export type BilagForum = Pick<Forum, 'groupId' | 'siteId' | 'shortName' | 'mailbox'>;

interface MailAttachment {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly isInline?: boolean;
}

/** Whether the submission has files to copy (no round trip: an item without bilag costs nothing). */
export const lacksBilag = (forum: Pick<Forum, 'mailbox'>, s: Pick<Submission, 'attachments'>): boolean =>
  forum.mailbox.trim() !== '' && (s.attachments ?? []).some((a) => !a.url);

/** A mail in the forum mailbox by its Message-ID, with its file attachments; undefined when it is not there (any more). */
async function mailAttachments(
  graph: Graph,
  forum: BilagForum,
  internetMessageId: string,
): Promise<{ id: string; files: MailAttachment[] } | undefined> {
  const found = await graph.get<{ value?: { id?: string }[] }>(
    `${messagesUrl(forum.mailbox)}?$filter=${encodeURIComponent(`internetMessageId eq ${odataString(internetMessageId)}`)}&$select=id&$top=1`,
  );
  const id = found.value?.[0]?.id;
  if (!id) return undefined;
  const list = await graph.get<{ value?: MailAttachment[] }>(
    `${messagesUrl(forum.mailbox, id)}/attachments?$select=id,name,contentType,size,isInline`,
  );
  return { id, files: (list.value ?? []).filter((a) => !a.isInline) };
}

const sameFile = (a: Pick<SubmissionAttachment, 'name' | 'size'>, b: Pick<MailAttachment, 'name' | 'size'>): boolean =>
  a.name.toLowerCase() === b.name.toLowerCase() && (a.size === b.size || a.size === 0);

/** A read that may find nothing: 404 (gone) and 403 (not ours to read) are "nothing"; anything else is thrown. */
async function readable<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error) || isForbidden(error)) return undefined;
    throw error;
  }
}

/** Copies the submission's files that have no place yet into `urls` (by name), mail by mail; a mail gone from the box is skipped. */
async function copyMissing(
  graph: Graph,
  forum: BilagForum,
  meeting: Pick<Meeting, 'start' | 'title'>,
  s: Submission,
  urls: Map<string, string>,
): Promise<void> {
  const missing = (s.attachments ?? []).filter((a) => !a.url);
  for (const messageId of [s.internetMessageId, ...(s.followUps ?? []).map((f) => f.internetMessageId)]) {
    const wanted = missing.filter((a) => !urls.has(a.name));
    if (wanted.length === 0 || !messageId) break;
    const mail = await readable(() => mailAttachments(graph, forum, messageId));
    if (!mail) continue;
    for (const a of wanted) {
      const file = mail.files.find((f) => sameFile(a, f));
      if (!file) continue;
      const bytes = await graph.getBytes(`${messagesUrl(forum.mailbox, mail.id)}/attachments/${encodeURIComponent(file.id)}/$value`);
      const stored = await copyOnceToMeetingFolder(
        graph,
        forum,
        meeting,
        storedFileName(s, a.name),
        bytes,
        file.contentType || a.contentType,
      );
      urls.set(a.name, stored.webUrl);
    }
  }
}

/**
 * Copies the submission's missing bilag into the meeting's folder and records them; returns the submission as
 * recorded and how many were copied now. Nothing to copy (or no forum mailbox): no request at all. A failure half-way
 * is thrown after what was copied is recorded.
 */
export async function storeSubmissionBilag<S extends Submission>(
  graph: Graph,
  forum: BilagForum,
  meeting: Pick<Meeting, 'start' | 'title'>,
  submission: S,
): Promise<{ readonly submission: S; readonly copied: number }> {
  if (!lacksBilag(forum, submission)) return { submission, copied: 0 };
  const urls = new Map<string, string>();
  let failure: { readonly error: unknown } | undefined;
  try {
    await copyMissing(graph, forum, meeting, submission, urls);
  } catch (error) {
    failure = { error };
  }
  const recorded = urls.size > 0 ? await recordFileUrls(graph, forum, submission, urls) : submission;
  if (failure) throw failure.error;
  return { submission: recorded, copied: urls.size };
}
