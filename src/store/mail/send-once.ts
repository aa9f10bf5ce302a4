import type { Message } from '@microsoft/microsoft-graph-types';
import { GraphError, type Graph, type GraphRequest, type GraphResponse } from '../../graph/types';
import { odataString } from '../list-item';

/**
 * Mail that must go exactly once per recipient, however often a send is retried: each message is created as a
 * draft carrying a correlation id in a named MAPI property, then sent. A resumed send (an earlier attempt died
 * after its claim) first looks each id up in the mailbox: found sent → skipped; found as a draft → that draft is
 * sent. A fresh claim has nothing to look up (no earlier attempt made drafts).
 */

/** The app's named MAPI properties for its mails' correlation ids (its own GUID namespace), one per kind of mail. */
export const CONSULTATION_CORRELATION_PROPERTY = 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatConsultationCorrelation';
export const MINUTES_CORRELATION_PROPERTY = 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatMinutesCorrelation';
export const ACTIONS_CORRELATION_PROPERTY = 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatActionCorrelation';

export interface OnceMail {
  /** The same on every retry of this mail to this recipient. */
  readonly correlation: string;
  readonly message: Message;
}

export interface SentReport {
  /** Correlations sent now or found sent by an earlier attempt. */
  readonly sent: readonly string[];
  /** How many went out in this call. */
  readonly sentNow: number;
  /** The Graph conversation each mail started, by correlation (replies join it: the intake matches them by it). */
  readonly conversations: ReadonlyMap<string, string>;
}

export const mailboxPath = (mailbox: string): string => (mailbox.trim() ? `/users/${encodeURIComponent(mailbox.trim())}` : '/me');

function failIfBad(response: GraphResponse | undefined, what: string): void {
  if (!response) throw new GraphError(502, 'missingResponse', `${what}: no answer in the $batch.`);
  if (response.status >= 300) {
    const body = response.body as { error?: { code?: string; message?: string } } | undefined;
    throw new GraphError(response.status, body?.error?.code ?? 'batchFailure', `${what}: ${body?.error?.message ?? response.status}`);
  }
}

interface Earlier {
  readonly id: string;
  readonly isDraft: boolean;
  readonly conversationId?: string;
}

async function earlierAttempts(graph: Graph, box: string, mails: readonly OnceMail[], property: string): Promise<Map<string, Earlier>> {
  const requests: GraphRequest[] = mails.map((m, i) => {
    const filter = `singleValueExtendedProperties/any(ep: ep/id eq ${odataString(property)} and ep/value eq ${odataString(m.correlation)})`;
    return { id: `f${i}`, method: 'GET', url: `${box}/messages?$filter=${encodeURIComponent(filter)}&$select=id,isDraft,conversationId&$top=10` };
  });
  const responses = await graph.batch(requests);
  const found = new Map<string, Earlier>();
  mails.forEach((m, i) => {
    const response = responses[i];
    failIfBad(response, 'Looking up an earlier send');
    const value = (response?.body as { value?: Pick<Message, 'id' | 'isDraft' | 'conversationId'>[] } | undefined)?.value ?? [];
    const sent = value.find((v) => v.isDraft === false && v.id);
    const draft = value.find((v) => v.isDraft === true && v.id);
    const hit = sent ?? draft;
    if (hit?.id) found.set(m.correlation, { id: hit.id, isDraft: hit === draft && !sent, ...(hit.conversationId ? { conversationId: hit.conversationId } : {}) });
  });
  return found;
}

/** Sends each mail once from the mailbox (drafts, then send, in $batches of 20). */
export async function sendOnce(graph: Graph, mailbox: string, mails: readonly OnceMail[], resume: boolean, property: string = CONSULTATION_CORRELATION_PROPERTY): Promise<SentReport> {
  if (mails.length === 0) return { sent: [], sentNow: 0, conversations: new Map() };
  const box = mailboxPath(mailbox);
  const earlier = resume ? await earlierAttempts(graph, box, mails, property) : new Map<string, Earlier>();
  const conversations = new Map<string, string>();
  for (const [correlation, hit] of earlier) if (hit.conversationId) conversations.set(correlation, hit.conversationId);
  const done = mails.filter((m) => earlier.get(m.correlation)?.isDraft === false).map((m) => m.correlation);
  const drafts = new Map<string, string>();
  for (const [correlation, hit] of earlier) if (hit.isDraft) drafts.set(correlation, hit.id);

  const toCreate = mails.filter((m) => !earlier.has(m.correlation));
  const created = await graph.batch(
    toCreate.map((m, i) => ({
      id: `d${i}`,
      method: 'POST' as const,
      url: `${box}/messages`,
      body: { ...m.message, singleValueExtendedProperties: [...(m.message.singleValueExtendedProperties ?? []), { id: property, value: m.correlation }] },
    })),
  );
  toCreate.forEach((m, i) => {
    const response = created[i];
    failIfBad(response, 'Creating a consultation mail');
    const body = response?.body as Message | undefined;
    if (!body?.id) throw new GraphError(502, 'noDraftId', 'Graph created the draft without an id.');
    drafts.set(m.correlation, body.id);
    if (body.conversationId) conversations.set(m.correlation, body.conversationId);
  });

  const pending = [...drafts.entries()];
  const sends = await graph.batch(pending.map(([, id], i) => ({ id: `s${i}`, method: 'POST' as const, url: `${box}/messages/${encodeURIComponent(id)}/send`, body: {} })));
  pending.forEach((_p, i) => failIfBad(sends[i], 'Sending a consultation mail'));
  return { sent: [...done, ...pending.map(([c]) => c)], sentNow: pending.length, conversations };
}
