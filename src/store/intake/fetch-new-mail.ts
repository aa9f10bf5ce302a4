import type { MailMessage } from '../../domain/mail/types';
import { GraphError, type DeltaLinkStore, type Graph, type GraphRequest } from '../../graph/types';
import { DeferredDeltaLinkStore } from './forum-delta-link-store';
import { INTAKE_SELECT, toMailMessage, type IntakeGraphAttachment, type IntakeGraphMessage } from './graph-mail';

/** A mail the delta round returned, decoded for the parser. */
export interface IncomingMail {
  /** The Graph message id in the submission mailbox. */
  readonly id: string;
  readonly mail: MailMessage;
  /** ISO UTC. */
  readonly receivedAt: string;
}

export interface FetchedMail {
  readonly mails: readonly IncomingMail[];
  /** The stored link had expired (or the folder changed): this round read the whole folder. */
  readonly restarted: boolean;
  /** Saves the round's delta link; call once what it returned is recorded. */
  commit(): Promise<void>;
}

/** Delta pages of this size: 200 new mails in two round trips. */
export const DELTA_PAGE_SIZE = 100;

/** `/users/{mailbox}/mailFolders/{folder}/messages/delta?$select=…`. */
export function intakeDeltaUrl(mailbox: string, folder: string): string {
  return `/users/${encodeURIComponent(mailbox)}/mailFolders/${encodeURIComponent(folder)}/messages/delta?$select=${INTAKE_SELECT}`;
}

/** The key the link is stored under: a changed mailbox or folder starts over. */
export function intakeLinkKey(mailbox: string, folder: string): string {
  return `intake:${mailbox.toLowerCase()}:${folder.toLowerCase()}`;
}

/**
 * The mail that arrived in the folder since the last sync (everything, the first time), with each message's
 * attachments (names, types, sizes — not content) fetched in `$batch`es for those that have any.
 */
export async function fetchNewMail(graph: Graph, mailbox: string, folder: string, links: DeltaLinkStore, pageSize = DELTA_PAGE_SIZE): Promise<FetchedMail> {
  const deferred = new DeferredDeltaLinkStore(links);
  const key = intakeLinkKey(mailbox, folder);
  const round = await graph.delta<IntakeGraphMessage>(intakeDeltaUrl(mailbox, folder), key, deferred, {
    headers: { Prefer: `odata.maxpagesize=${pageSize}` },
  });
  const messages = round.items.filter((m): m is IntakeGraphMessage & { id: string } => Boolean(m.id) && m['@removed'] === undefined && m.isDraft !== true);
  const attachments = await attachmentsOf(graph, mailbox, messages.filter((m) => m.hasAttachments === true).map((m) => m.id));
  const mails = messages.map((m) => ({ id: m.id, mail: toMailMessage(m, attachments.get(m.id) ?? []), receivedAt: m.receivedDateTime ?? new Date().toISOString() }));
  // Nothing new: keep the stored link (a link that returned nothing is as good as the next one), so a quiet sync
  // writes nothing to the Forum item.
  const changed = round.items.length > 0 || round.restarted === true || deferred.loaded === undefined;
  return { mails, restarted: round.restarted === true, commit: () => (changed ? deferred.commit() : Promise.resolve()) };
}

async function attachmentsOf(graph: Graph, mailbox: string, ids: readonly string[]): Promise<Map<string, IntakeGraphAttachment[]>> {
  const requests: GraphRequest[] = ids.map((id, i) => ({
    id: `a${i}`,
    method: 'GET',
    url: `/users/${encodeURIComponent(mailbox)}/messages/${encodeURIComponent(id)}/attachments?$select=name,contentType,size,isInline`,
  }));
  const responses = requests.length > 0 ? await graph.batch(requests) : [];
  const out = new Map<string, IntakeGraphAttachment[]>();
  responses.forEach((response, i) => {
    const id = ids[i];
    if (id === undefined) return;
    // Still throttled after the retries, or Graph failing: the round is repeated by the next sync.
    if (response.status === 429 || response.status >= 500) throw new GraphError(response.status, 'attachmentsUnavailable', `Listing a message's attachments failed (${response.status})`);
    // A message deleted since the round (404) simply has no attachments to list.
    if (response.status !== 200) return;
    const body = response.body as { value?: IntakeGraphAttachment[] } | undefined;
    out.set(id, body?.value ?? []);
  });
  return out;
}
