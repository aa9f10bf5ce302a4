import type { Forum, Meeting, Submission } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';
import { meetingFilePath } from '../meeting-folder';
import { storeSubmissionBilag } from '../submission-bilag';
import { storedFileName } from '../submission-files';

/**
 * Bilag reach members: the files of a meeting's accepted submissions are in the meeting's folder, recorded on the
 * submission — so the agenda links them and its mail can carry them. The secretariat copies them when it accepts an
 * item (store/submission-bilag.ts); before the agenda is generated or sent this copies whatever is still missing
 * (items a chair accepted, accepted before bilag were copied then, or whose copy failed). A file already copied —
 * here, on acceptance, or by Outlook's "Tilføj til dagsorden" — is left alone.
 */

/** A bilag in the meeting's folder: where, and what the agenda mail would attach. */
export interface BilagFile {
  readonly url: string;
  readonly drivePath: string;
  readonly contentType: string;
  readonly size: number;
}

/**
 * Copies the missing bilag of the meeting's accepted `submissions` (as the agenda read them) into its folder, and
 * returns every bilag that has a place there, by URL, and how many were copied now. Without a forum mailbox nothing is
 * copied (the files stay in the mails); what was copied before is still returned.
 */
export async function prepareBilag(
  graph: Graph,
  forum: Forum,
  meeting: Meeting,
  submissions: readonly Submission[],
): Promise<{ readonly files: ReadonlyMap<string, BilagFile>; readonly copied: number }> {
  const accepted = submissions.filter((s) => s.status === 'accepted' && (s.attachments ?? []).length > 0);
  const files = new Map<string, BilagFile>();
  let copied = 0;
  for (const submission of accepted) {
    const stored = await storeSubmissionBilag(graph, forum, meeting, submission);
    const s = stored.submission;
    copied += stored.copied;
    for (const a of s.attachments ?? []) {
      if (a.url)
        files.set(a.url, {
          url: a.url,
          drivePath: meetingFilePath(meeting, storedFileName(s, a.name)),
          contentType: a.contentType,
          size: a.size,
        });
    }
  }
  return { files, copied };
}
