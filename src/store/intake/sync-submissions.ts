import { intakeFolder, intakeReceipts } from '../../domain/commissorium';
import type { Forum, Meeting, Submission } from '../../domain/types';
import type { DeltaLinkStore, Graph } from '../../graph/types';
import { recordConsultationReplies } from './consultation-replies';
import { fetchNewMail, DELTA_PAGE_SIZE } from './fetch-new-mail';
import { appendFollowUps, existingSubmission, submissionsByConversation } from './follow-ups';
import { ForumDeltaLinkStore } from './forum-delta-link-store';
import { claimPendingReceipts, sendReceipts, type ClaimedReceipt, type ReceiptReport } from './receipts';
import { createSubmissions, messageIdOf, newSubmissionFrom, type SubmissionMail } from './record-submissions';
import { routeMail, type ParseFn } from './route-mail';

/** What one sync did; the UI says it in a sentence ("3 nye punkter, 1 opfølgning, 2 automatiske svar sprunget over"). */
export interface IntakeReport {
  /** Mails the delta round returned. */
  readonly fetched: number;
  /** New submissions recorded by this sync. */
  readonly created: number;
  /** Mails appended to an existing submission's conversation. */
  readonly followUps: number;
  readonly consultationReplies: number;
  /** Auto-replies and delivery reports, skipped. */
  readonly autoReplies: number;
  /** Other mail that is no submission (the parser's 'other', the forum's own mail), skipped. */
  readonly skipped: number;
  /** Mails recorded before (by another secretary's sync, or a run that was interrupted). */
  readonly duplicates: number;
  readonly receipts: ReceiptReport;
  /** Mails SharePoint refused to record (not retried: they need a look). */
  readonly failed: readonly { readonly subject: string; readonly status: number; readonly code: string }[];
  /** The stored delta link had expired: the whole folder was read again (nothing is recorded twice). */
  readonly restarted: boolean;
  /** The submissions this sync created, newest last. */
  readonly submissions: readonly Submission[];
}

export interface SyncOptions {
  /** Where the delta link is kept; default: the Forum item's IntakeDeltaLink column (shared by all secretaries). */
  readonly links?: DeltaLinkStore;
  /** The mail parser; default `parseMail`. */
  readonly parse?: ParseFn;
  /** The forum's open consultations' references, for the parser to recognise replies. */
  readonly consultationRefs?: readonly string[];
  /** Their mails' conversations (conversationId → reference): a reply whose subject lost the reference is still theirs. */
  readonly consultationConversations?: Readonly<Record<string, string>>;
  /** The forum's meetings, to name a submission's meeting in its receipt. */
  readonly meetings?: readonly Meeting[];
  readonly pageSize?: number;
}

const EMPTY_RECEIPTS: ReceiptReport = { sent: 0, failed: 0, stuck: 0 };

function emptyReport(): IntakeReport {
  return { fetched: 0, created: 0, followUps: 0, consultationReplies: 0, autoReplies: 0, skipped: 0, duplicates: 0, receipts: EMPTY_RECEIPTS, failed: [], restarted: false, submissions: [] };
}

/** Mails of one conversation in this round, oldest first; the head starts a submission unless one exists. */
type ThreadMail = SubmissionMail & { readonly reply: boolean };

interface Thread {
  readonly mails: ThreadMail[];
  /** The recorded submission this conversation continues, when the head is a reply. */
  existing?: Submission;
}

function threadsOf(mails: readonly ThreadMail[]): Thread[] {
  const byConversation = new Map<string, Thread>();
  const threads: Thread[] = [];
  const sorted = [...mails].sort((a, b) => a.incoming.receivedAt.localeCompare(b.incoming.receivedAt));
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

/**
 * Reads the forum's submission mailbox (`Forum.mailbox`, the folder from its settings, Inbox by default) with
 * `messages/delta` and records every new mail exactly once, however often and however concurrently it runs:
 *
 * - a submission per mail (created once per Message-ID: the Submissions column is unique, a duplicate is a 409);
 * - a later mail in a recorded submission's conversation is appended to its FollowUps instead (If-Match, retried);
 * - a consultation reply goes to ConsultationReplies (once per Message-ID), never to the agenda;
 * - auto-replies, delivery reports, other mail and the forum's own call for items are skipped;
 * - each new submission's sender gets a receipt, once (unless the forum turned receipts off or the address is a robot's).
 *
 * The delta link is saved (in the Forum item, for every secretary) only after all of that succeeded: a sync that
 * fails part-way — a 429 that outlasts the retries, a lost connection — leaves the old link, and the next sync
 * repeats the round without duplicating anything.
 */
export async function syncSubmissions(graph: Graph, forum: Forum, options: SyncOptions = {}): Promise<IntakeReport> {
  if (forum.mailbox.trim() === '') return emptyReport();
  const links = options.links ?? new ForumDeltaLinkStore(graph, forum, forum.settingsItem);
  const fetched = await fetchNewMail(graph, forum.mailbox, intakeFolder(forum.settings), links, options.pageSize ?? DELTA_PAGE_SIZE);
  const routed = routeMail(forum, fetched.mails, options.parse, options.consultationRefs, options.consultationConversations);
  const receipts = intakeReceipts(forum.settings);

  const submissionMails = routed.flatMap((r) => (r.kind === 'submission' ? [{ incoming: r.incoming, parsed: r.parsed, reply: r.reply }] : []));
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
    heads.map((h) => newSubmissionFrom(forum, h, receipts)),
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
      if (outcome.submission.receipt === 'sending') claimed.push({ submission: outcome.submission, etag: outcome.submission.etag });
    } else if (outcome.kind === 'duplicate') {
      duplicates += 1;
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
    // A thread that continues a recorded submission may contain that very mail (a repeated round).
    if (!starting.includes(thread)) duplicates += thread.mails.length - rest.length;
    if (rest.length === 0) continue;
    const appended = await appendFollowUps(graph, forum, target, rest);
    followUps += appended.added;
    duplicates += rest.length - appended.added;
    // The receipt's claim was the create; the follow-ups changed the item since.
    const claim = claimed.findIndex((c) => c.submission.id === target.id);
    const current = claimed[claim];
    if (current && appended.etag) claimed[claim] = { ...current, etag: appended.etag };
  }

  const replies = routed.flatMap((r) => (r.kind === 'consultationReply' ? [{ incoming: r.incoming, parsed: r.parsed }] : []));
  const replyOutcome = await recordConsultationReplies(graph, forum, replies);

  let receiptReport = EMPTY_RECEIPTS;
  if (receipts) {
    const others = await claimPendingReceipts(graph, forum, new Set(claimed.map((c) => c.submission.id)));
    receiptReport = await sendReceipts(graph, forum, [...claimed, ...others], options.meetings);
  }

  await fetched.commit();
  return {
    fetched: fetched.mails.length,
    created: created.length,
    followUps,
    consultationReplies: replyOutcome.created,
    autoReplies: routed.filter((r) => r.kind === 'autoReply').length,
    skipped: routed.filter((r) => r.kind === 'other' || r.kind === 'own').length,
    duplicates: duplicates + replyOutcome.duplicates,
    receipts: receiptReport,
    failed,
    restarted: fetched.restarted,
    submissions: created,
  };
}
