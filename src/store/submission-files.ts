import type { Forum, Submission, SubmissionAttachment } from '../domain/types';
import type { Graph } from '../graph/graph-types';
import { ConflictError } from './failures';
import { findSubmission } from './submission-create';
import { updateItemFields } from './update-item';

/**
 * A submission's files in the meeting's folder, as both ways in copy them there (Outlook's "Tilføj til dagsorden" and
 * the agenda's bilag): the name each gets, and recording on the submission where each went.
 */

/** "KSG-0005 Budget.pdf": the submission's reference first, so its files sort together in the folder. */
export const storedFileName = (s: Pick<Submission, 'reference' | 'id'>, name: string): string => `${s.reference ?? s.id} ${name}`;

/**
 * Writes the copied files' URLs (by name) into the submission's AttachmentsJson with If-Match. Changed meanwhile (a
 * chair set the status, the other way in copied a file): our URLs are merged into a fresh read, once.
 */
export async function recordFileUrls<S extends Submission>(
  graph: Graph,
  forum: Pick<Forum, 'groupId' | 'siteId' | 'shortName'>,
  submission: S,
  urls: ReadonlyMap<string, string>,
): Promise<S> {
  const withUrls = (list: readonly SubmissionAttachment[]): SubmissionAttachment[] =>
    list.map((a) => (!a.url && urls.has(a.name) ? { ...a, url: urls.get(a.name) ?? '' } : a));
  let current = submission;
  for (let attempt = 0; ; attempt += 1) {
    const attachments = withUrls(current.attachments ?? []);
    try {
      const updated = await updateItemFields(graph, forum, 'Submissions', current.id, current.etag, {
        AttachmentsJson: JSON.stringify(attachments),
      });
      return { ...current, attachments, etag: updated.etag ?? current.etag };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt > 0) throw error;
      const fresh = await findSubmission(graph, forum, submission.internetMessageId, forum.shortName);
      if (!fresh) throw error;
      // What the caller's kind of submission adds (the planning view's mail state) is kept; the list item's own fields are fresh.
      current = { ...submission, ...fresh };
    }
  }
}
