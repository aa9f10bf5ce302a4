import type { MailMessage } from '../../domain/mail/mail-types';
import { batchResults, type BatchResult } from '../../graph/batch-results';
import { isTransient } from '../../graph/errors';
import { GraphError, type Graph, type GraphRequest } from '../../graph/graph-types';
import { mailFoldersUrl, messagesUrl } from '../mail/mailbox-paths';
import { INTAKE_SELECT, toMailMessage, type IntakeGraphAttachment, type IntakeGraphMessage } from './graph-mail';

/**
 * Reading a folder's new mail: the delta URL a folder's first read starts from (bounded by the forum's window), the
 * key its link is kept under, and the bodies of the mails the intake will read, fetched in `$batch`es.
 */

/** A mail the delta round returned, decoded for the parser. */
export interface IncomingMail {
  /** The Graph message id in the submission mailbox. */
  readonly id: string;
  readonly mail: MailMessage;
  /** ISO UTC. */
  readonly receivedAt: string;
}

/** A message of a delta page that is a mail to look at (not a removal, not a draft). */
export type DeltaMessage = IntakeGraphMessage & { readonly id: string };

/** Delta pages of this size: the light fields of 100 mails per round trip. */
export const DELTA_PAGE_SIZE = 100;

/** Sub-requests per body `$batch`: one `$batch` (Graph's limit is 20). */
const BODY_BATCH = 20;

/**
 * `/users/{mailbox}/mailFolders/{folder}/messages/delta?$select=…`, and for a folder's first read
 * `&$filter=receivedDateTime ge {windowStart}` — the one filter Graph's message delta takes, on the first request
 * only. Graph keeps it in the links that follow, so the bound stays where the first read put it: a mail received
 * before it is not read from that folder later either (moved there from an old archive, say).
 */
export function intakeDeltaUrl(mailbox: string, folder: string, windowStart?: string): string {
  const url = `${mailFoldersUrl(mailbox, folder)}/messages/delta?$select=${INTAKE_SELECT}`;
  return windowStart ? `${url}&$filter=${encodeURIComponent(`receivedDateTime ge ${windowStart}`)}` : url;
}

/** The key a folder's link is stored under: a changed mailbox or folder starts over. */
export function intakeLinkKey(mailbox: string, folderKey: string): string {
  return `intake:${mailbox.toLowerCase()}:${folderKey.startsWith('folder:') ? folderKey : folderKey.toLowerCase()}`;
}

/** The page's mails: removals (a mail deleted or moved out) and drafts are nothing to read. */
export function mailsOf(items: readonly IntakeGraphMessage[]): DeltaMessage[] {
  return items.filter((m): m is DeltaMessage => Boolean(m.id) && m['@removed'] === undefined && m.isDraft !== true);
}

/** A message as the intake reads it, with the body when it has one. */
export function incomingOf(message: DeltaMessage, attachments: readonly IntakeGraphAttachment[] = []): IncomingMail {
  return { id: message.id, mail: toMailMessage(message, attachments), receivedAt: message.receivedDateTime ?? new Date().toISOString() };
}

function transient(result: BatchResult, what: string): GraphError | undefined {
  // Still throttled after the retries, or Graph failing: the page is read again by the next sync.
  if (result.ok || !isTransient(result.error)) return undefined;
  return new GraphError(result.error.status, 'mailUnavailable', `${what} failed (${result.error.status})`);
}

/**
 * The bodies (and attachments' names, types and sizes) of these messages, in chunks of one `$batch` each, so no
 * more than one chunk's bodies are held at a time besides what the caller keeps. A message gone meanwhile (404:
 * deleted, or moved — its new folder's round brings it) is left out.
 */
export async function* withBodies(
  graph: Graph,
  mailbox: string,
  messages: readonly DeltaMessage[],
): AsyncGenerator<IncomingMail[], void, undefined> {
  const box = messagesUrl(mailbox);
  let chunk: { message: DeltaMessage; body?: number; attachments?: number }[] = [];
  let requests: GraphRequest[] = [];
  const flush = async (): Promise<IncomingMail[]> => {
    const results = await batchResults(graph, requests);
    const out: IncomingMail[] = [];
    for (const entry of chunk) {
      const bodyAnswer = entry.body === undefined ? undefined : results[entry.body];
      const filesAnswer = entry.attachments === undefined ? undefined : results[entry.attachments];
      const failure =
        (bodyAnswer && transient(bodyAnswer, 'Reading a mail')) ?? (filesAnswer && transient(filesAnswer, "Listing a mail's attachments"));
      if (failure) throw failure;
      if (bodyAnswer && !bodyAnswer.ok) continue;
      const body = (bodyAnswer?.value as Pick<IntakeGraphMessage, 'body'> | undefined)?.body;
      const files = filesAnswer?.ok ? ((filesAnswer.value as { value?: IntakeGraphAttachment[] } | undefined)?.value ?? []) : [];
      out.push(incomingOf(body ? { ...entry.message, body } : entry.message, files));
    }
    chunk = [];
    requests = [];
    return out;
  };
  for (const message of messages) {
    const needs = (message.body === undefined ? 1 : 0) + (message.hasAttachments === true ? 1 : 0);
    if (requests.length + needs > BODY_BATCH) yield await flush();
    const entry: { message: DeltaMessage; body?: number; attachments?: number } = { message };
    const id = encodeURIComponent(message.id);
    if (message.body === undefined) {
      entry.body = requests.length;
      requests.push({ id: `b${requests.length}`, method: 'GET', url: `${box}/${id}?$select=body` });
    }
    if (message.hasAttachments === true) {
      entry.attachments = requests.length;
      requests.push({ id: `b${requests.length}`, method: 'GET', url: `${box}/${id}/attachments?$select=name,contentType,size,isInline` });
    }
    chunk.push(entry);
  }
  if (chunk.length > 0) yield await flush();
}

/** What the intake keeps of a mail once it is parsed: not its HTML, and its text only as far as a record quotes it. */
export function parsedAndTrimmed(incoming: IncomingMail, textCap: number): IncomingMail {
  const { html: _html, text, ...rest } = incoming.mail;
  return { ...incoming, mail: { ...rest, ...(text !== undefined ? { text: text.slice(0, textCap) } : {}) } };
}
