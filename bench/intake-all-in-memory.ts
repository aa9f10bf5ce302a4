import { intakeFolder, intakeReceipts } from '../src/domain/commissorium';
import type { Forum } from '../src/domain/types';
import { GraphError, type DeltaLinkStore, type Graph, type GraphRequest } from '../src/graph/graph-types';
import { DELTA_PAGE_SIZE, incomingOf, intakeLinkKey, mailsOf } from '../src/store/intake/fetch-new-mail';
import { INTAKE_SELECT, type IntakeGraphAttachment, type IntakeGraphMessage } from '../src/store/intake/graph-mail';
import { claimPendingReceipts, sendReceipts } from '../src/store/intake/receipts';
import { recordPage } from '../src/store/intake/record-page';
import { routeMail } from '../src/store/intake/route-mail';

/**
 * The intake round as it was before issue 14, kept as the benchmark's baseline: the configured folder only, every
 * delta page — bodies included — loaded into memory, then the attachments listed, everything routed and recorded
 * (the same recording as today), the receipts sent, and the delta link saved only at the very end. Nothing is
 * moved. It is measured against the page-by-page intake in the same run (intake-sync.ts).
 */

/** Holds the round's final link until everything it returned is recorded, as the old sync did. */
class DeferredLinks implements DeltaLinkStore {
  private pending?: { key: string; link: string };
  constructor(private readonly target: DeltaLinkStore) {}
  load(key: string): Promise<string | undefined> {
    return this.target.load(key);
  }
  save(key: string, link: string): Promise<void> {
    this.pending = { key, link };
    return Promise.resolve();
  }
  async commit(): Promise<void> {
    if (this.pending) await this.target.save(this.pending.key, this.pending.link);
  }
}

export interface AllInMemoryReport {
  readonly fetched: number;
  readonly created: number;
  readonly receiptsSent: number;
}

export async function allInMemoryRound(graph: Graph, forum: Forum, links: DeltaLinkStore): Promise<AllInMemoryReport> {
  const mailbox = forum.mailbox;
  const folder = intakeFolder(forum.settings);
  const deferred = new DeferredLinks(links);
  const url = `/users/${encodeURIComponent(mailbox)}/mailFolders/${encodeURIComponent(folder)}/messages/delta?$select=${INTAKE_SELECT},body`;
  const round = await graph.delta<IntakeGraphMessage>(url, `baseline:${intakeLinkKey(mailbox, folder)}`, deferred, {
    headers: { Prefer: `odata.maxpagesize=${DELTA_PAGE_SIZE}` },
  });
  const messages = mailsOf(round.items);
  const withFiles = messages.filter((m) => m.hasAttachments === true);
  const requests: GraphRequest[] = withFiles.map((m, i) => ({
    id: `a${i}`,
    method: 'GET',
    url: `/users/${encodeURIComponent(mailbox)}/messages/${encodeURIComponent(m.id)}/attachments?$select=name,contentType,size,isInline`,
  }));
  const responses = requests.length > 0 ? await graph.batch(requests) : [];
  const files = new Map<string, IntakeGraphAttachment[]>();
  responses.forEach((r, i) => {
    if (r.status === 429 || r.status >= 500) throw new GraphError(r.status, 'attachmentsUnavailable', 'Listing attachments failed');
    const id = withFiles[i]?.id;
    if (id && r.status === 200) files.set(id, (r.body as { value?: IntakeGraphAttachment[] }).value ?? []);
  });
  const mails = messages.map((m) => incomingOf(m, files.get(m.id) ?? []));
  const routed = routeMail(forum, mails);
  const receipts = intakeReceipts(forum.settings);
  const outcome = await recordPage(graph, forum, routed, { receipts, foundInJunk: false });
  let receiptsSent = 0;
  if (receipts) {
    const others = await claimPendingReceipts(graph, forum, new Set(outcome.claimed.map((c) => c.submission.id)));
    receiptsSent = (await sendReceipts(graph, forum, [...outcome.claimed, ...others])).sent;
  }
  await deferred.commit();
  return { fetched: mails.length, created: outcome.created.length, receiptsSent };
}
