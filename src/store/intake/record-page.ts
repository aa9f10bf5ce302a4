import type { Forum, Submission } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';
import { recordConsultationReplies } from './consultation-replies';
import { appendFollowUps, existingSubmission, submissionsByConversation } from './follow-ups';
import type { ClaimedReceipt } from './receipts';
import { createSubmissions, messageIdOf, newSubmissionFrom, type SubmissionMail } from './record-submissions';
import type { Routed } from './route-mail';
import { byIso } from '../../domain/iso-order';

/**
 * Records the mails of one delta page exactly once, however often the page is read again and however many syncs
 * run at once:
 *
 * - a submission per mail (created once per Message-ID: the Submissions column is unique, a duplicate is a 409);
 * - a later mail in a recorded submission's conversation is appended to its FollowUps instead (If-Match, retried);
 * - a consultation reply goes to ConsultationReplies (once per Message-ID), never to the agenda;
 * - auto-replies are skipped; other mail and the forum's own are left where they are, unrecorded.
 *
 * It answers which mails are done with — recorded now or before, or skipped as auto-replies — so the caller moves
 * them out of the folders it reads. A mail SharePoint refused, and mail that is no submission, stay for a person.
 */

/** What one page's recording did. */
export interface PageOutcome {
  readonly created: readonly Submission[];
  readonly followUps: number;
  readonly consultationReplies: number;
  readonly autoReplies: number;
  readonly skipped: number;
  readonly duplicates: number;
  readonly failed: readonly { readonly subject: string; readonly status: number; readonly code: string }[];
  /** Receipts this page holds the claim for (the submissions it created with Receipt 'sending'). */
  readonly claimed: readonly ClaimedReceipt[];
  /** Graph ids of the mails done with: to move to "Behandlet". */
  readonly done: readonly string[];
}

export interface PageOptions {
  /** Whether the forum sends receipts. */
  readonly receipts: boolean;
  /** The page came from Junk Email: its new submissions are flagged so the secretariat looks twice. */
  readonly foundInJunk: boolean;
}

/** Mails of one conversation on this page, oldest first; the head starts a submission unless one exists. */
type ThreadMail = SubmissionMail & { readonly reply: boolean };

interface Thread {
  readonly mails: ThreadMail[];
  /** The recorded submission this conversation continues, when the head is a reply. */
  existing?: Submission;
}

function threadsOf(mails: readonly ThreadMail[]): Thread[] {
  const byConversation = new Map<string, Thread>();
  const threads: Thread[] = [];
  const sorted = [...mails].sort((a, b) => byIso(a.incoming.receivedAt, b.incoming.receivedAt));
  for (const mail of sorted) {
    const conversation = mail.incoming.mail.conversationId;
    const known = conversation ? byConversation.get(conversation) : undefined;
    if (known) {
      known.mails.push(mail);
      continue;
    }
    const thread: Thread = { mails: [mail] };
    threads.push(thread);
    if (conversation) byConversation.set(conversation, thread);
  }
  return threads;
}

export async function recordPage(graph: Graph, forum: Forum, routed: readonly Routed[], options: PageOptions): Promise<PageOutcome> {
  const done: string[] = [];
  const submissionMails = routed.flatMap((r) =>
    r.kind === 'submission' ? [{ incoming: r.incoming, parsed: r.parsed, reply: r.reply }] : [],
  );
  const threads = threadsOf(submissionMails);
  // Only a reply can continue a recorded submission's conversation: look those conversations up, 20 per $batch.
  const lookups = threads.flatMap((t) => {
    const head = t.mails[0];
    const conversation = head?.incoming.mail.conversationId;
    return head?.reply && conversation ? [conversation] : [];
  });
  const existing = await submissionsByConversation(graph, forum, [...new Set(lookups)]);
  for (const t of threads) {
    const conversation = t.mails[0]?.incoming.mail.conversationId;
    const found = conversation ? existing.get(conversation) : undefined;
    if (found) t.existing = found;
  }

  const starting = threads.filter((t) => !t.existing);
  const heads = starting.map((t) => t.mails[0]).filter((m): m is ThreadMail => m !== undefined);
  const outcomes = await createSubmissions(
    graph,
    forum,
    heads.map((h) => newSubmissionFrom(forum, h, options.receipts, { foundInJunk: options.foundInJunk })),
  );

  const created: Submission[] = [];
  const failed: { subject: string; status: number; code: string }[] = [];
  let duplicates = 0;
  const claimed: ClaimedReceipt[] = [];
  for (const [i, thread] of starting.entries()) {
    const outcome = outcomes[i];
    const head = heads[i];
    if (!outcome || !head) continue;
    if (outcome.kind === 'created') {
      created.push(outcome.submission);
      thread.existing = outcome.submission;
      done.push(head.incoming.id);
      if (outcome.submission.receipt === 'sending') claimed.push({ submission: outcome.submission, etag: outcome.submission.etag });
    } else if (outcome.kind === 'duplicate') {
      duplicates += 1;
      done.push(head.incoming.id);
      // Its follow-ups still belong to it: find the one another sync recorded.
      if (thread.mails.length > 1) thread.existing = await existingSubmission(graph, forum, messageIdOf(head.incoming));
    } else {
      failed.push({ subject: head.incoming.mail.subject, status: outcome.status, code: outcome.code });
    }
  }

  let followUps = 0;
  for (const thread of threads) {
    const target = thread.existing;
    if (!target) continue;
    const rest = thread.mails.filter((m) => messageIdOf(m.incoming) !== target.internetMessageId);
    // A thread that continues a recorded submission may contain that very mail (a page read again).
    const same = thread.mails.filter((m) => !rest.includes(m));
    if (!starting.includes(thread)) {
      duplicates += same.length;
      done.push(...same.map((m) => m.incoming.id));
    }
    if (rest.length === 0) continue;
    const appended = await appendFollowUps(graph, forum, target, rest);
    followUps += appended.added;
    duplicates += rest.length - appended.added;
    done.push(...rest.map((m) => m.incoming.id));
    // The receipt's claim was the create; the follow-ups changed the item since.
    const claim = claimed.findIndex((c) => c.submission.id === target.id);
    const current = claimed[claim];
    if (current && appended.etag) claimed[claim] = { ...current, etag: appended.etag };
  }

  const replies = routed.flatMap((r) => (r.kind === 'consultationReply' ? [{ incoming: r.incoming, parsed: r.parsed }] : []));
  const replyOutcome = await recordConsultationReplies(graph, forum, replies);
  replies.forEach((r, i) => {
    if (replyOutcome.recorded[i]) done.push(r.incoming.id);
  });
  const autoReplies = routed.filter((r) => r.kind === 'autoReply');
  done.push(...autoReplies.map((r) => r.incoming.id));

  return {
    created,
    followUps,
    consultationReplies: replyOutcome.created,
    autoReplies: autoReplies.length,
    skipped: routed.filter((r) => r.kind === 'other' || r.kind === 'own').length,
    duplicates: duplicates + replyOutcome.duplicates,
    failed,
    claimed,
    done,
  };
}
