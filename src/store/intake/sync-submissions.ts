import { intakeFolder, intakeReceipts, intakeWindowDays } from '../../domain/commissorium';
import { intakeWindowStart, type IntakeFolder } from '../../domain/mail/intake-folders';
import type { Forum, Meeting, Submission } from '../../domain/types';
import type { DeltaLinkStore, Graph, GraphRequest } from '../../graph/graph-types';
import { DELTA_PAGE_SIZE, intakeDeltaUrl, intakeLinkKey, mailsOf, incomingOf, parsedAndTrimmed, withBodies } from './fetch-new-mail';
import { ForumDeltaLinkStore } from './forum-delta-link-store';
import type { IntakeGraphMessage } from './graph-mail';
import { ensureProcessedFolder, mailboxFolders, moveMails } from './mail-folders';
import { claimPendingReceipts, sendReceipts, type ReceiptReport } from './receipts';
import { recordPage, type PageOutcome } from './record-page';
import { routeMail, routeWithoutBody, type ParseFn, type Routed } from './route-mail';

/** What one sync did; the UI says it in a sentence ("3 nye punkter, 1 opfølgning, 2 automatiske svar sprunget over"). */
export interface IntakeReport {
  /** Mails the delta rounds returned (not counting removals and drafts). */
  readonly fetched: number;
  /** New submissions recorded by this sync. */
  readonly created: number;
  /** Mails appended to an existing submission's conversation. */
  readonly followUps: number;
  readonly consultationReplies: number;
  /** Auto-replies and delivery reports, skipped. */
  readonly autoReplies: number;
  /** Other mail that is no submission (the parser's 'other', the forum's own mail), skipped and left in place. */
  readonly skipped: number;
  /** Mails recorded before (by another secretary's sync, or a run that was interrupted). */
  readonly duplicates: number;
  /** New submissions found in Junk Email (flagged "fundet i uønsket post"). */
  readonly foundInJunk: number;
  /** Recorded mails moved to "Behandlet". */
  readonly moved: number;
  readonly receipts: ReceiptReport;
  /** Mails SharePoint refused to record (not retried: they need a look). */
  readonly failed: readonly { readonly subject: string; readonly status: number; readonly code: string }[];
  /** A stored delta link had expired: that folder was read again from the window's start (nothing is recorded twice). */
  readonly restarted: boolean;
  /** The submissions this sync created, newest last (the last `REPORTED_SUBMISSIONS`; `created` counts them all). */
  readonly submissions: readonly Submission[];
}

export interface SyncOptions {
  /** Where the delta links are kept; default: the Forum item's IntakeDeltaLink column (shared by all secretaries). */
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
  /** The clock a folder's first read counts its window back from, and a dead sync's receipt claim its timeout to; default now. */
  readonly now?: Date;
}

/** The report keeps at most this many created submissions (memory stays bounded however big the mailbox). */
const REPORTED_SUBMISSIONS = 100;
/** A record quotes at most this much of a mail's text (a consultation reply's comment); the rest is not kept. */
const KEPT_TEXT = 60_000;

const EMPTY_RECEIPTS: ReceiptReport = { sent: 0, failed: 0, stuck: 0 };

function addReceipts(a: ReceiptReport, b: ReceiptReport): ReceiptReport {
  return { sent: a.sent + b.sent, failed: a.failed + b.failed, stuck: a.stuck + b.stuck };
}

/** The report as it grows, page by page. */
class Tally {
  fetched = 0;
  created = 0;
  followUps = 0;
  consultationReplies = 0;
  autoReplies = 0;
  skipped = 0;
  duplicates = 0;
  foundInJunk = 0;
  moved = 0;
  receipts = EMPTY_RECEIPTS;
  restarted = false;
  readonly failed: { subject: string; status: number; code: string }[] = [];
  submissions: Submission[] = [];
  /** Submissions whose receipt this sync claimed: not claimed again as 'pending' at the end. */
  readonly claimedIds = new Set<string>();

  add(page: PageOutcome, folder: IntakeFolder): void {
    this.created += page.created.length;
    this.followUps += page.followUps;
    this.consultationReplies += page.consultationReplies;
    this.autoReplies += page.autoReplies;
    this.skipped += page.skipped;
    this.duplicates += page.duplicates;
    if (folder.kind === 'junk') this.foundInJunk += page.created.length;
    this.failed.push(...page.failed);
    this.submissions = [...this.submissions, ...page.created].slice(-REPORTED_SUBMISSIONS);
    for (const c of page.claimed) this.claimedIds.add(c.submission.id);
  }

  report(): IntakeReport {
    const {
      fetched,
      created,
      followUps,
      consultationReplies,
      autoReplies,
      skipped,
      duplicates,
      foundInJunk,
      moved,
      receipts,
      failed,
      restarted,
      submissions,
    } = this;
    return {
      fetched,
      created,
      followUps,
      consultationReplies,
      autoReplies,
      skipped,
      duplicates,
      foundInJunk,
      moved,
      receipts,
      failed,
      restarted,
      submissions,
    };
  }
}

/**
 * Reads the forum's submission mailbox (`Forum.mailbox`) and records every new mail exactly once (see
 * record-page.ts), however often and however concurrently it runs, whichever folder the mail is in by then:
 *
 * - the configured folder (Inbox by default), Archive, Junk Email and the folders colleagues made — each with its
 *   own delta link; never "Behandlet", Sent Items, Drafts, Deleted Items (mail-folders.ts);
 * - page by page: a page's light fields, then the bodies of the mails it will read (in `$batch`es), recorded, the
 *   receipts of its new submissions sent, what is done with moved to "Behandlet", and only then the page's link
 *   saved (in the Forum item, for every secretary). Memory holds one page; a sync that stops part-way — a 429 that
 *   outlasts the retries, a lost connection, a crash — resumes at the page it stopped on, and repeating a page
 *   duplicates nothing (Message-IDs are unique keys);
 * - a folder read for the first time is read back `intake.windowDays` days (30 by default), not to its beginning.
 *
 * A mail moved between folders is recorded once: its Message-ID is the key, wherever it is found.
 */
export async function syncSubmissions(graph: Graph, forum: Forum, options: SyncOptions = {}): Promise<IntakeReport> {
  const tally = new Tally();
  if (forum.mailbox.trim() === '') return tally.report();
  const mailbox = forum.mailbox;
  const receiptsOn = intakeReceipts(forum.settings);
  const configured = intakeFolder(forum.settings);
  const forumLinks = new ForumDeltaLinkStore(graph, forum, forum.settingsItem);
  const links = options.links ?? forumLinks;
  // The folders, and meanwhile the stored links (one read of the Forum item holds them all).
  const [folders] = await Promise.all([mailboxFolders(graph, mailbox, configured), links.load(intakeLinkKey(mailbox, configured))]);
  const windowStart = intakeWindowStart(options.now ?? new Date(), intakeWindowDays(forum.settings));
  const headers = { Prefer: `odata.maxpagesize=${options.pageSize ?? DELTA_PAGE_SIZE}` };
  const rounds = await Promise.all(
    folders.read.map(async (folder) => {
      const key = intakeLinkKey(mailbox, folder.key);
      const firstUrl = intakeDeltaUrl(mailbox, folder.id, windowStart);
      return { folder, key, firstUrl, start: (await links.load(key)) ?? firstUrl };
    }),
  );
  if (links === forumLinks) forumLinks.retainOnly(new Set(rounds.map((r) => r.key)));
  // Every folder's first page in one $batch: a sync with nothing new costs one round trip for all of them. Raw
  // sub-responses, read by graph.deltaPages itself (an expired link or a failure there starts the round over).
  // eslint-disable-next-line no-restricted-syntax -- handed to the graph layer unread, see above
  const firsts = await graph.batch(rounds.map((r, i): GraphRequest => ({ id: `d${i}`, method: 'GET', url: r.start, headers })));

  let processedId = folders.processedId;
  const processed = async (): Promise<string> => (processedId ??= (await ensureProcessedFolder(graph, mailbox)).id);
  for (const round of rounds) {
    // Taken off the list, so a folder's first page is not held while the next folders are read.
    const first = firsts.shift();
    const pages = graph.deltaPages<IntakeGraphMessage>(round.firstUrl, round.key, links, {
      headers,
      ...(first ? { first: { url: round.start, response: first } } : {}),
      // A page of nothing but removals (what the last pass moved out) is not worth a write to the Forum item.
      worthSaving: (items) => mailsOf(items).length > 0,
    });
    for await (const page of pages) {
      tally.restarted ||= page.restarted;
      const routed = await readPage(graph, forum, page.items, options, tally);
      const outcome = await recordPage(graph, forum, routed, { receipts: receiptsOn, foundInJunk: round.folder.kind === 'junk' });
      tally.add(outcome, round.folder);
      if (receiptsOn && outcome.claimed.length > 0)
        tally.receipts = addReceipts(tally.receipts, await sendReceipts(graph, forum, outcome.claimed, options.meetings));
      if (outcome.done.length > 0) tally.moved += (await moveMails(graph, mailbox, outcome.done, await processed())).moved;
    }
  }

  if (receiptsOn) {
    const others = await claimPendingReceipts(graph, forum, tally.claimedIds, options.now ?? new Date());
    tally.receipts = addReceipts(tally.receipts, await sendReceipts(graph, forum, others, options.meetings));
  }
  return tally.report();
}

/**
 * A page's mails, routed: the forum's own mail and auto-replies from their headers alone; the rest parsed once their
 * bodies arrive, a `$batch` at a time, keeping of each only what a record needs.
 */
async function readPage(
  graph: Graph,
  forum: Forum,
  items: readonly IntakeGraphMessage[],
  options: SyncOptions,
  tally: Tally,
): Promise<Routed[]> {
  const mails = mailsOf(items);
  tally.fetched += mails.length;
  const routed: Routed[] = [];
  const toRead = mails.filter((m) => {
    const known = routeWithoutBody(forum, incomingOf(m));
    if (known) routed.push(known);
    return known === undefined;
  });
  for await (const chunk of withBodies(graph, forum.mailbox, toRead)) {
    for (const r of routeMail(forum, chunk, options.parse, options.consultationRefs, options.consultationConversations))
      routed.push({ ...r, incoming: parsedAndTrimmed(r.incoming, KEPT_TEXT) });
  }
  return routed;
}
