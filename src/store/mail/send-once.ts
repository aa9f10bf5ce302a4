import type { Message } from '@microsoft/microsoft-graph-types';
import { batchResults, toBatchResult, type BatchResult } from '../../graph/batch-results';
import { isNotFound, isRefusedBeforeActing } from '../../graph/errors';
import { GraphError, UncertainOutcomeError, type Graph, type GraphRequest } from '../../graph/graph-types';
import { odataString } from '../list-item';
import { messagesUrl, sendDraftUrl } from './mailbox-paths';

/**
 * Mail that must go exactly once per recipient, however often a send is retried and whatever answer goes missing —
 * the one send path for every such kind of mail (once-mail-kinds.ts lists them). Each message is created as a draft
 * carrying a correlation id in the kind's named MAPI property, then sent (`/send` of one draft can send it at most
 * once). Neither POST is ever repeated blindly (docs/ARCHITECTURE.md §5): when Graph may have acted without saying so
 * (503, 504, a lost connection), the correlation id is looked up in the mailbox — found sent → done; found as a draft
 * → that draft is sent; not found after a lost create → created again. A resumed send (an earlier attempt died after
 * its claim) looks every id up first. A fresh claim has nothing to look up.
 */

/** A kind of mail that must go once: where its correlation id travels, and what errors call it. */
export interface OnceMailKind {
  /**
   * The single-value extended property (a named MAPI property) holding the correlation id. Persisted in the mailbox:
   * an existing kind's id never changes, or the mails an earlier version sent are not found and would go again.
   */
  readonly property: string;
  /** One such mail in an error sentence ("agenda mail", "receipt"). */
  readonly name: string;
}

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

/** A mail found in the mailbox by its correlation id: sent (or held in the Outbox to go later), or still a draft. */
export interface FoundMail {
  readonly id: string;
  readonly isDraft: boolean;
  readonly conversationId?: string;
  readonly sentDateTime?: string;
  /** Every unsent draft found with the id (an attempt that died may have left one beside the sent copy). */
  readonly drafts: readonly string[];
}

/** How many times the drafts and sends of one call go out: the first time, and once more after looking. */
const MAX_ROUNDS = 2;

/**
 * Looks the correlation ids up in the mailbox (every folder: Drafts, Outbox, Sent Items), one GET each in
 * `$batch`es. A sent copy wins over a draft. Throws when a lookup fails: nothing can be settled without it.
 */
export async function findByCorrelation(
  graph: Graph,
  mailbox: string,
  kind: OnceMailKind,
  correlations: readonly string[],
): Promise<Map<string, FoundMail>> {
  const requests: GraphRequest[] = correlations.map((correlation, i) => {
    const filter = `singleValueExtendedProperties/any(ep: ep/id eq ${odataString(kind.property)} and ep/value eq ${odataString(correlation)})`;
    return {
      id: `f${i}`,
      method: 'GET',
      url: `${messagesUrl(mailbox)}?$filter=${encodeURIComponent(filter)}&$select=id,isDraft,conversationId,sentDateTime&$top=10`,
    };
  });
  const results = await batchResults(graph, requests);
  const found = new Map<string, FoundMail>();
  correlations.forEach((correlation, i) => {
    const result = results[i];
    if (!result) throw new GraphError(502, 'missingResponse', `Looking up an earlier ${kind.name}: no answer in the $batch.`);
    if (!result.ok) throw result.error;
    const value =
      (result.value as { value?: Pick<Message, 'id' | 'isDraft' | 'conversationId' | 'sentDateTime'>[] } | undefined)?.value ?? [];
    const hit = value.find((v) => v.isDraft === false && v.id) ?? value.find((v) => v.id);
    const drafts = value.flatMap((v) => (v.isDraft === true && v.id ? [v.id] : []));
    if (hit?.id) {
      found.set(correlation, {
        id: hit.id,
        isDraft: hit.isDraft === true,
        ...(hit.conversationId ? { conversationId: hit.conversationId } : {}),
        ...(hit.sentDateTime ? { sentDateTime: hit.sentDateTime } : {}),
        drafts,
      });
    }
  });
  return found;
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

const noAnswer = (what: string): BatchResult =>
  toBatchResult({
    id: '',
    status: 502,
    headers: {},
    body: { error: { code: 'missingResponse', message: `${what}: no answer in the $batch.` } },
  });

export interface SendOnceOptions {
  /** Look every mail up before creating it: an earlier attempt (failed, or dead and taken over) may have sent it. */
  readonly resume: boolean;
  readonly kind: OnceMailKind;
}

/**
 * Sends each mail once from the mailbox (drafts, then `/send`, in `$batch`es of 20) and says what became of each,
 * by correlation. Never throws for one mail's failure; throws only when the resume lookup fails (nothing sent yet).
 */
export async function sendEachOnce(
  graph: Graph,
  mailbox: string,
  mails: readonly OnceMail[],
  options: SendOnceOptions,
): Promise<Map<string, OnceOutcome>> {
  const { kind } = options;
  const all: Pending[] = mails.map((mail) => ({ mail }));
  const apply = (p: Pending, found: FoundMail | undefined, settling: boolean): void => {
    if (found?.conversationId) p.conversationId = found.conversationId;
    if (found && !found.isDraft)
      p.outcome = { kind: 'sent', now: settling, ...(p.conversationId ? { conversationId: p.conversationId } : {}) };
    else if (found) p.draftId = found.id;
    else if (p.unsure === 'send')
      p.outcome = {
        kind: 'uncertain',
        error: p.error ?? new GraphError(504, 'noAnswer', `Sending the ${kind.name} got no answer, and it was not found in the mailbox.`),
      };
    // Not found after a create that got no answer: nothing was made; it is created again.
    p.unsure = undefined;
  };
  const resumed = all.filter((p) => options.resume || p.mail.resume === true);
  if (resumed.length > 0) {
    const earlier = await findByCorrelation(
      graph,
      mailbox,
      kind,
      resumed.map((p) => p.mail.correlation),
    );
    for (const p of resumed) apply(p, earlier.get(p.mail.correlation), false);
  }

  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const toCreate = all.filter((p) => !p.outcome && !p.draftId);
    const created = await batchResults(
      graph,
      toCreate.map((p, i) => draftRequest(`d${i}`, mailbox, p.mail, kind.property)),
    );
    toCreate.forEach((p, i) => {
      const result = created[i] ?? noAnswer(`Creating the ${kind.name} draft`);
      const body = result.ok ? (result.value as Message | undefined) : undefined;
      if (body?.id) {
        p.draftId = body.id;
        if (body.conversationId) p.conversationId = body.conversationId;
      } else if (result.ok || !isRefusedBeforeActing(result.error)) {
        p.unsure = 'create';
        p.error = result.ok ? new GraphError(502, 'noDraftId', `Graph created the ${kind.name} draft without an id.`) : result.error;
      } else p.outcome = { kind: 'not-sent', error: result.error };
    });

    const toSend = all.filter((p) => !p.outcome && p.draftId && !p.unsure);
    const sends = await batchResults(
      graph,
      toSend.map((p, i) => ({ id: `s${i}`, method: 'POST' as const, url: sendDraftUrl(mailbox, p.draftId ?? ''), body: {} })),
    );
    toSend.forEach((p, i) => {
      const result = sends[i] ?? noAnswer(`Sending the ${kind.name}`);
      if (result.ok) p.outcome = { kind: 'sent', now: true, ...(p.conversationId ? { conversationId: p.conversationId } : {}) };
      // 404: the draft is gone — perhaps sent by an attempt whose answer was lost. Looking tells.
      else if (isRefusedBeforeActing(result.error) && !isNotFound(result.error)) p.outcome = { kind: 'not-sent', error: result.error };
      else {
        p.unsure = 'send';
        p.error = result.error;
      }
    });

    const unsure = all.filter((p) => !p.outcome && p.unsure);
    if (unsure.length > 0) {
      let found: Map<string, FoundMail>;
      try {
        found = await findByCorrelation(
          graph,
          mailbox,
          kind,
          unsure.map((p) => p.mail.correlation),
        );
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
    const error = p.error ?? new GraphError(502, 'notSent', `The ${kind.name} could not be sent.`);
    // Left without an outcome after the last round: looked up and found unsent (a draft, or nothing after a lost
    // create) — safe to send later.
    outcomes.set(p.mail.correlation, p.outcome ?? { kind: 'not-sent', error });
  }
  return outcomes;
}

function asGraphError(error: unknown): GraphError {
  return error instanceof GraphError ? error : new GraphError(0, 'lookupFailed', error instanceof Error ? error.message : String(error));
}

/** The draft with the correlation id in the kind's property (replacing any value the message already gave it). */
function draftRequest(id: string, mailbox: string, mail: OnceMail, property: string): GraphRequest {
  const others = (mail.message.singleValueExtendedProperties ?? []).filter((p) => p.id !== property);
  return {
    id,
    method: 'POST',
    url: messagesUrl(mailbox),
    body: { ...mail.message, singleValueExtendedProperties: [...others, { id: property, value: mail.correlation }] },
  };
}

/**
 * Sends each mail once from the mailbox (see `sendEachOnce`). Throws the first mail's failure when any did not go:
 * an `UncertainOutcomeError` when it may have gone (the caller's claim stays; its resume looks it up), else Graph's
 * refusal. The mails that went are found sent by that resume.
 */
export async function sendOnce(graph: Graph, mailbox: string, mails: readonly OnceMail[], options: SendOnceOptions): Promise<SentReport> {
  if (mails.length === 0) return { sent: [], sentNow: 0, conversations: new Map() };
  const outcomes = await sendEachOnce(graph, mailbox, mails, options);
  const conversations = new Map<string, string>();
  const sent: string[] = [];
  let sentNow = 0;
  for (const mail of mails) {
    const outcome = outcomes.get(mail.correlation);
    if (!outcome) continue;
    if (outcome.kind !== 'sent')
      throw outcome.kind === 'uncertain' && !outcome.error.uncertain ? new UncertainOutcomeError(outcome.error) : outcome.error;
    sent.push(mail.correlation);
    if (outcome.now) sentNow += 1;
    if (outcome.conversationId) conversations.set(mail.correlation, outcome.conversationId);
  }
  return { sent, sentNow, conversations };
}
