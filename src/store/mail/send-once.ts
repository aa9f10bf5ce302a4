import type { Message } from '@microsoft/microsoft-graph-types';
import { subResponseError } from '../../graph/errors';
import { GraphError, UncertainOutcomeError, type Graph, type GraphRequest, type GraphResponse } from '../../graph/types';
import { odataString } from '../list-item';

/**
 * Mail that must go exactly once per recipient, however often a send is retried and whatever answer goes missing:
 * each message is created as a draft carrying a correlation id in a named MAPI property, then sent (`/send` of one
 * draft can send it at most once). Neither POST is ever repeated blindly (docs/ARCHITECTURE.md §5): when Graph may
 * have acted without saying so (503, 504, a lost connection), the correlation id is looked up in the mailbox — found
 * sent → done; found as a draft → that draft is sent; not found after a lost create → created again. A resumed send
 * (an earlier attempt died after its claim) looks every id up first. A fresh claim has nothing to look up.
 */

/** The app's named MAPI properties for its mails' correlation ids (its own GUID namespace), one per kind of mail. */
export const CONSULTATION_CORRELATION_PROPERTY = 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatConsultationCorrelation';
export const MINUTES_CORRELATION_PROPERTY = 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatMinutesCorrelation';
export const ACTIONS_CORRELATION_PROPERTY = 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatActionCorrelation';
/** Receipts, decision mails and calls for items: the mails the intake and planning send to members. */
export const MEMBER_MAIL_CORRELATION_PROPERTY = 'String {3c0e9b7a-58d4-4f21-a6e3-9d1b2c7f4e85} Name SekretariatMemberMailCorrelation';

export interface OnceMail {
  /** The same on every retry of this mail to this recipient. */
  readonly correlation: string;
  readonly message: Message;
  /** Look this one up first even when the call does not resume (an earlier attempt may have made its draft). */
  readonly resume?: boolean;
}

export interface SentReport {
  /** Correlations sent now or found sent by an earlier attempt. */
  readonly sent: readonly string[];
  /** How many went out in this call. */
  readonly sentNow: number;
  /** The Graph conversation each mail started, by correlation (replies join it: the intake matches them by it). */
  readonly conversations: ReadonlyMap<string, string>;
}

/**
 * What became of one mail. `not-sent`: certainly not sent (Graph refused it, or looking found it unsent), so sending
 * it later is safe. `uncertain`: it may have gone and looking could not tell; it must not be sent again blindly.
 */
export type OnceOutcome =
  | { readonly kind: 'sent'; readonly now: boolean; readonly conversationId?: string }
  | { readonly kind: 'not-sent'; readonly error: GraphError }
  | { readonly kind: 'uncertain'; readonly error: GraphError };

export const mailboxPath = (mailbox: string): string => (mailbox.trim() ? `/users/${encodeURIComponent(mailbox.trim())}` : '/me');

/** A mail found in the mailbox by its correlation id: sent (or held in the Outbox to go later), or still a draft. */
export interface FoundMail {
  readonly id: string;
  readonly isDraft: boolean;
  readonly conversationId?: string;
}

/** How many times the drafts and sends of one call go out: the first time, and once more after looking. */
const MAX_ROUNDS = 2;

/**
 * Looks the correlation ids up in the mailbox (every folder: Drafts, Outbox, Sent Items), one GET each in
 * `$batch`es. A sent copy wins over a draft. Throws when a lookup fails: nothing can be settled without it.
 */
export async function findByCorrelation(graph: Graph, box: string, property: string, correlations: readonly string[]): Promise<Map<string, FoundMail>> {
  const requests: GraphRequest[] = correlations.map((correlation, i) => {
    const filter = `singleValueExtendedProperties/any(ep: ep/id eq ${odataString(property)} and ep/value eq ${odataString(correlation)})`;
    return { id: `f${i}`, method: 'GET', url: `${box}/messages?$filter=${encodeURIComponent(filter)}&$select=id,isDraft,conversationId&$top=10` };
  });
  const responses = requests.length > 0 ? await graph.batch(requests) : [];
  const found = new Map<string, FoundMail>();
  correlations.forEach((correlation, i) => {
    const response = responses[i];
    if (!response) throw new GraphError(502, 'missingResponse', 'Looking up an earlier send: no answer in the $batch.');
    if (response.status >= 300) throw subResponseError(response);
    const value = (response.body as { value?: Pick<Message, 'id' | 'isDraft' | 'conversationId'>[] } | undefined)?.value ?? [];
    const hit = value.find((v) => v.isDraft === false && v.id) ?? value.find((v) => v.id);
    if (hit?.id) found.set(correlation, { id: hit.id, isDraft: hit.isDraft === true, ...(hit.conversationId ? { conversationId: hit.conversationId } : {}) });
  });
  return found;
}

/** Graph said no before acting (a 4xx other than a timeout): nothing happened. */
function refusedBeforeActing(response: GraphResponse): boolean {
  return !response.uncertain && response.status >= 400 && response.status < 500 && response.status !== 408;
}

interface Pending {
  readonly mail: OnceMail;
  draftId?: string;
  conversationId?: string;
  /** Which step may have happened without an answer, to be settled by looking. */
  unsure?: 'create' | 'send';
  error?: GraphError;
  outcome?: OnceOutcome;
}

const noAnswer = (what: string): GraphResponse => ({ id: '', status: 502, headers: {}, body: { error: { code: 'missingResponse', message: `${what}: no answer in the $batch.` } } });

/**
 * Sends each mail once from the mailbox (drafts, then `/send`, in `$batch`es of 20) and says what became of each,
 * by correlation. Never throws for one mail's failure; throws only when the resume lookup fails (nothing sent yet).
 */
export async function sendEachOnce(
  graph: Graph,
  mailbox: string,
  mails: readonly OnceMail[],
  options: { readonly resume: boolean; readonly property: string },
): Promise<Map<string, OnceOutcome>> {
  const box = mailboxPath(mailbox);
  const all: Pending[] = mails.map((mail) => ({ mail }));
  const apply = (p: Pending, found: FoundMail | undefined, settling: boolean): void => {
    if (found?.conversationId) p.conversationId = found.conversationId;
    if (found && !found.isDraft) p.outcome = { kind: 'sent', now: settling, ...(p.conversationId ? { conversationId: p.conversationId } : {}) };
    else if (found) p.draftId = found.id;
    else if (p.unsure === 'send') p.outcome = { kind: 'uncertain', error: p.error ?? new GraphError(504, 'noAnswer', 'The send got no answer and its mail was not found.') };
    // Not found after a create that got no answer: nothing was made; it is created again.
    p.unsure = undefined;
  };
  const resumed = all.filter((p) => options.resume || p.mail.resume === true);
  if (resumed.length > 0) {
    const earlier = await findByCorrelation(graph, box, options.property, resumed.map((p) => p.mail.correlation));
    for (const p of resumed) apply(p, earlier.get(p.mail.correlation), false);
  }

  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const toCreate = all.filter((p) => !p.outcome && !p.draftId);
    const created = toCreate.length > 0 ? await graph.batch(toCreate.map((p, i) => draftRequest(`d${i}`, box, p.mail, options.property))) : [];
    toCreate.forEach((p, i) => {
      const response = created[i] ?? noAnswer('Creating a draft');
      const body = response.body as Message | undefined;
      if (response.status < 300 && body?.id) {
        p.draftId = body.id;
        if (body.conversationId) p.conversationId = body.conversationId;
      } else if (response.status < 300 || !refusedBeforeActing(response)) {
        p.unsure = 'create';
        p.error = response.status < 300 ? new GraphError(502, 'noDraftId', 'Graph created the draft without an id.') : subResponseError(response);
      } else p.outcome = { kind: 'not-sent', error: subResponseError(response) };
    });

    const toSend = all.filter((p) => !p.outcome && p.draftId && !p.unsure);
    const sends = toSend.length > 0 ? await graph.batch(toSend.map((p, i) => ({ id: `s${i}`, method: 'POST' as const, url: `${box}/messages/${encodeURIComponent(p.draftId ?? '')}/send`, body: {} }))) : [];
    toSend.forEach((p, i) => {
      const response = sends[i] ?? noAnswer('Sending a draft');
      if (response.status < 300) p.outcome = { kind: 'sent', now: true, ...(p.conversationId ? { conversationId: p.conversationId } : {}) };
      // 404: the draft is gone — perhaps sent by an attempt whose answer was lost. Looking tells.
      else if (refusedBeforeActing(response) && response.status !== 404) p.outcome = { kind: 'not-sent', error: subResponseError(response) };
      else {
        p.unsure = 'send';
        p.error = subResponseError(response);
      }
    });

    const unsure = all.filter((p) => !p.outcome && p.unsure);
    if (unsure.length > 0) {
      let found: Map<string, FoundMail>;
      try {
        found = await findByCorrelation(graph, box, options.property, unsure.map((p) => p.mail.correlation));
      } catch (error) {
        for (const p of unsure) p.outcome = { kind: 'uncertain', error: new UncertainOutcomeError(p.error ?? asGraphError(error)) };
        break;
      }
      for (const p of unsure) apply(p, found.get(p.mail.correlation), true);
    }
    if (all.every((p) => p.outcome)) break;
  }

  const outcomes = new Map<string, OnceOutcome>();
  for (const p of all) {
    const error = p.error ?? new GraphError(502, 'notSent', 'The mail could not be sent.');
    // Left without an outcome after the last round: looked up and found unsent (a draft, or nothing after a lost
    // create) — safe to send later.
    outcomes.set(p.mail.correlation, p.outcome ?? { kind: 'not-sent', error });
  }
  return outcomes;
}

function asGraphError(error: unknown): GraphError {
  return error instanceof GraphError ? error : new GraphError(0, 'lookupFailed', error instanceof Error ? error.message : String(error));
}

function draftRequest(id: string, box: string, mail: OnceMail, property: string): GraphRequest {
  return {
    id,
    method: 'POST',
    url: `${box}/messages`,
    body: { ...mail.message, singleValueExtendedProperties: [...(mail.message.singleValueExtendedProperties ?? []), { id: property, value: mail.correlation }] },
  };
}

/**
 * Sends each mail once from the mailbox (see `sendEachOnce`). Throws the first mail's failure when any did not go:
 * an `UncertainOutcomeError` when it may have gone (the caller's claim stays; its resume looks it up), else Graph's
 * refusal. The mails that went are found sent by that resume.
 */
export async function sendOnce(graph: Graph, mailbox: string, mails: readonly OnceMail[], resume: boolean, property: string = CONSULTATION_CORRELATION_PROPERTY): Promise<SentReport> {
  if (mails.length === 0) return { sent: [], sentNow: 0, conversations: new Map() };
  const outcomes = await sendEachOnce(graph, mailbox, mails, { resume, property });
  const conversations = new Map<string, string>();
  const sent: string[] = [];
  let sentNow = 0;
  for (const mail of mails) {
    const outcome = outcomes.get(mail.correlation);
    if (!outcome) continue;
    if (outcome.kind !== 'sent') throw outcome.kind === 'uncertain' && !outcome.error.uncertain ? new UncertainOutcomeError(outcome.error) : outcome.error;
    sent.push(mail.correlation);
    if (outcome.now) sentNow += 1;
    if (outcome.conversationId) conversations.set(mail.correlation, outcome.conversationId);
  }
  return { sent, sentNow, conversations };
}
