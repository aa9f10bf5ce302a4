import type { Forum, Meeting, Submission, SubmissionAttachment } from '../../domain/types';
import { GraphError, type Graph } from '../../graph/types';
import { odataString } from '../list-item';
import { meetingFilePath, uploadToMeetingFolder } from '../meeting-folder';
import { recordFileUrls, storedFileName } from '../submission-files';

/**
 * Bilag reach members: the attachments of a meeting's accepted submissions are copied from the forum mailbox (the
 * submission mail and its follow-ups) into the meeting's folder, and the submission records where each went — so the
 * agenda links them and its mail can carry them. Run by the secretariat before the agenda is generated or sent (the
 * chairs, who may accept an item, can neither read the mailbox nor write the folder). Idempotent: a file already
 * copied (here, or by Outlook's "Tilføj til dagsorden") is left alone; a repeat upload makes a new version of the
 * same file, never a second one.
 */

/** A bilag in the meeting's folder: where, and what the agenda mail would attach. */
export interface BilagFile {
  readonly url: string;
  readonly drivePath: string;
  readonly contentType: string;
  readonly size: number;
}

interface MailAttachment {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly isInline?: boolean;
}

const box = (forum: Pick<Forum, 'mailbox'>): string => `/users/${encodeURIComponent(forum.mailbox.trim())}`;

/** A mail in the forum mailbox by its Message-ID, with its file attachments; undefined when it is not there (any more). */
async function mailAttachments(graph: Graph, forum: Forum, internetMessageId: string): Promise<{ id: string; files: MailAttachment[] } | undefined> {
  const found = await graph.get<{ value?: { id?: string }[] }>(`${box(forum)}/messages?$filter=${encodeURIComponent(`internetMessageId eq ${odataString(internetMessageId)}`)}&$select=id&$top=1`);
  const id = found.value?.[0]?.id;
  if (!id) return undefined;
  const list = await graph.get<{ value?: MailAttachment[] }>(`${box(forum)}/messages/${encodeURIComponent(id)}/attachments?$select=id,name,contentType,size,isInline`);
  return { id, files: (list.value ?? []).filter((a) => !a.isInline) };
}

const sameFile = (a: Pick<SubmissionAttachment, 'name' | 'size'>, b: Pick<MailAttachment, 'name' | 'size'>): boolean => a.name.toLowerCase() === b.name.toLowerCase() && (a.size === b.size || a.size === 0);

/** Copies one submission's files that have no place yet; returns their URLs by name. A mail gone from the box is skipped. */
async function copyMissing(graph: Graph, forum: Forum, meeting: Meeting, s: Submission): Promise<Map<string, string>> {
  const missing = (s.attachments ?? []).filter((a) => !a.url);
  const urls = new Map<string, string>();
  for (const messageId of [s.internetMessageId, ...(s.followUps ?? []).map((f) => f.internetMessageId)]) {
    const wanted = missing.filter((a) => !urls.has(a.name));
    if (wanted.length === 0 || !messageId) break;
    const mail = await readable(() => mailAttachments(graph, forum, messageId));
    if (!mail) continue;
    for (const a of wanted) {
      const file = mail.files.find((f) => sameFile(a, f));
      if (!file) continue;
      const bytes = await graph.getBytes(`${box(forum)}/messages/${encodeURIComponent(mail.id)}/attachments/${encodeURIComponent(file.id)}/$value`);
      const uploaded = await uploadToMeetingFolder(graph, forum, meeting, storedFileName(s, a.name), bytes, file.contentType || a.contentType);
      urls.set(a.name, uploaded.webUrl);
    }
  }
  return urls;
}

/** A read that may find nothing: 404 (gone) and 403 (not ours to read) are "nothing"; anything else is thrown. */
async function readable<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof GraphError && (error.status === 404 || error.status === 403)) return undefined;
    throw error;
  }
}

/**
 * Copies the missing bilag of the meeting's accepted `submissions` (as the agenda read them) into its folder, and
 * returns every bilag that has a place there, by URL, and how many were copied now. Without a forum mailbox nothing is
 * copied (the files stay in the mails); what was copied before is still returned.
 */
export async function prepareBilag(graph: Graph, forum: Forum, meeting: Meeting, submissions: readonly Submission[]): Promise<{ readonly files: ReadonlyMap<string, BilagFile>; readonly copied: number }> {
  const accepted = submissions.filter((s) => s.status === 'accepted' && (s.attachments ?? []).length > 0);
  const files = new Map<string, BilagFile>();
  let copied = 0;
  for (const submission of accepted) {
    let s = submission;
    if (forum.mailbox.trim() && (s.attachments ?? []).some((a) => !a.url)) {
      const urls = await copyMissing(graph, forum, meeting, s);
      if (urls.size > 0) s = await recordFileUrls(graph, forum, s, urls);
      copied += urls.size;
    }
    for (const a of s.attachments ?? []) {
      if (a.url) files.set(a.url, { url: a.url, drivePath: meetingFilePath(meeting, storedFileName(s, a.name)), contentType: a.contentType, size: a.size });
    }
  }
  return { files, copied };
}
