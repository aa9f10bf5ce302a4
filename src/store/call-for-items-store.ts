import type { Message } from '@microsoft/microsoft-graph-types';
import { meetingOutsider } from '../domain/agenda-trust';
import { callClaim, callForItemsDates, callForItemsMail, callRecipients, callStatus, type CallMeeting } from '../domain/call-for-items';
import type { Commissorium } from '../domain/commissorium';
import type { CallForItemsState, Forum, Meeting } from '../domain/types';
import { isNotFound } from '../graph/errors';
import type { Graph, GraphRequest } from '../graph/graph-types';
import { claimSlot, letGo, releaseClaim, takeClaim } from './claims-store';
import { MeetingStore } from './forum-stores';
import type { FieldBag, GraphListItem } from './list-item';
import { mailFoldersUrl, messagesUrl, sendMailUrl } from './mail/mailbox-paths';
import { toMeeting } from './mappers/meeting-mapper';
import { ONCE_MAIL } from './mail/once-mail-kinds';
import { findByCorrelation, sendEachOnce } from './mail/send-once';

/**
 * Sends the call for items (indkaldelse af punkter) exactly once per meeting: booked with the plan as mail Exchange
 * holds in the forum mailbox's Outbox until the call day (PidTagDeferredSendTime), or sent when due by the app or
 * `sekretariat remind`, which first claims the meeting (CallForItemsClaim: an owned claim, src/store/claims-store.ts) so
 * two senders never both send. Either way the mail carries the call's correlation id (one per meeting date), so a
 * send whose answer was lost is settled by looking it up in the forum mailbox, never by sending again.
 */

/** PidTagDeferredSendTime as a Graph single-value extended property id. */
export const DEFERRED_SEND_TIME = 'SystemTime 0x3FEF';
/** Marks the call so the mail intake can tell it from a submission (its copy lands in the forum mailbox). */
export const CALL_FOR_ITEMS_HEADER = 'X-Sekretariat-Call-For-Items';

export type CallForum = Pick<Forum, 'name' | 'shortName' | 'kind' | 'mailbox' | 'members'>;

const address = (a: string, name?: string): { emailAddress: { address: string; name?: string } } => ({
  emailAddress: { address: a, ...(name ? { name } : {}) },
});
const isoSeconds = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The Graph `message` for `POST /users/{forum.mailbox}/sendMail`: To the forum mailbox (the secretariat's copy),
 * Bcc every member and chair with an address (members do not see each other's addresses, and a reply-all cannot
 * reach them all), replies to the forum mailbox. With `sendAt` after `now`, Exchange holds it until then.
 */
export function callForItemsMessage(
  forum: CallForum,
  meeting: CallMeeting,
  commissorium: Commissorium,
  opts: { sendAt?: string; now?: Date } = {},
): Message {
  const mail = callForItemsMail({ forum, meeting, commissorium });
  const now = opts.now ?? new Date();
  const deferred = opts.sendAt !== undefined && Date.parse(opts.sendAt) > now.getTime();
  return {
    subject: mail.subject,
    body: { contentType: 'html', content: String(mail.bodyHtml) },
    toRecipients: [address(forum.mailbox, forum.name)],
    bccRecipients: callRecipients(forum).map((m) => address(m.email, m.name)),
    replyTo: [address(forum.mailbox, forum.name)],
    internetMessageHeaders: [{ name: CALL_FOR_ITEMS_HEADER, value: isoSeconds(meeting.start) }],
    ...(deferred && opts.sendAt ? { singleValueExtendedProperties: [{ id: DEFERRED_SEND_TIME, value: isoSeconds(opts.sendAt) }] } : {}),
  };
}

/**
 * The call's correlation id in the forum mailbox: one call per meeting date, the identity its header carries too
 * (a meeting moved to another date gets a new call; the held one for the old date is withdrawn).
 */
export function callForItemsCorrelation(meeting: Pick<CallMeeting, 'start'>): string {
  return `call-for-items:${isoSeconds(meeting.start)}`;
}

/**
 * The call as a `$batch` sub-request (sendMail answers 202 with no body), marked with its correlation id. The one
 * mail that skips send-once: it rides in the booking's `$batch` behind the event it belongs to (`dependsOn`), where a
 * draft-then-send would need a draft id the batch cannot know. Not repeatable: when its answer is lost,
 * `callForItemsHeld` looks its correlation id up in the mailbox — the same lookup as send-once's — before anything
 * sends it again; the due call the app or the CLI sends later goes through send-once.
 */
export function callForItemsRequest(
  id: string,
  forum: CallForum,
  meeting: CallMeeting,
  c: Commissorium,
  sendAt?: string,
  now: Date = new Date(),
): GraphRequest {
  const message = callForItemsMessage(forum, meeting, c, { ...(sendAt ? { sendAt } : {}), now });
  const correlation = { id: ONCE_MAIL.callForItems.property, value: callForItemsCorrelation(meeting) };
  return {
    id,
    method: 'POST',
    url: sendMailUrl(forum.mailbox),
    body: {
      message: { ...message, singleValueExtendedProperties: [...(message.singleValueExtendedProperties ?? []), correlation] },
      saveToSentItems: true,
    },
  };
}

/**
 * Whether the call for a meeting date is in the forum mailbox — held in the Outbox, or sent — by its correlation id:
 * how a booking settles a call whose sendMail lost its answer.
 */
export async function callForItemsHeld(graph: Graph, forum: Pick<Forum, 'mailbox'>, meeting: Pick<CallMeeting, 'start'>): Promise<boolean> {
  const correlation = callForItemsCorrelation(meeting);
  const found = await findByCorrelation(graph, forum.mailbox, ONCE_MAIL.callForItems, [correlation]);
  return found.get(correlation)?.isDraft === false;
}

/** What the booking writes on the Meetings item along with (or instead of) the scheduled call. */
export interface CallForItemsBooking {
  /** The deferred sendMail to put in the booking's `$batch`; absent when the call is already due (the sender sends it). */
  readonly request?: GraphRequest;
  readonly fields: { readonly CallForItems: Extract<CallForItemsState, 'scheduled' | 'pending'>; readonly CallForItemsAt: string };
}

/**
 * The call for items for a meeting being booked: a deferred sendMail when the call day is still ahead, else
 * 'pending' so the app or the CLI sends it (claimed, once). Undefined when the meeting gets no call (planning or
 * extraordinary meeting) or its submissions have already closed.
 */
export function callForItemsBooking(
  id: string,
  forum: CallForum,
  meeting: CallMeeting,
  c: Commissorium,
  now: Date,
): CallForItemsBooking | undefined {
  const status = callStatus({ ...meeting, status: 'booked' }, c, now);
  if (status === 'not-applicable' || status === 'closed' || status === 'needs-checking') return undefined;
  const { sendAt } = callForItemsDates(meeting.start, c);
  if (status === 'due' || forum.mailbox === '' || callRecipients(forum).length === 0)
    return { fields: { CallForItems: 'pending', CallForItemsAt: sendAt } };
  return {
    request: callForItemsRequest(id, forum, meeting, c, sendAt, now),
    fields: { CallForItems: 'scheduled', CallForItemsAt: sendAt },
  };
}

/** The messages the forum mailbox's Outbox holds as the call for a meeting date (a moved meeting's old call among them). */
export async function heldCallIds(graph: Graph, forum: Pick<Forum, 'mailbox'>, meetingStart: string): Promise<string[]> {
  const held = await graph.all<Pick<Message, 'id' | 'internetMessageHeaders'>>(
    `${mailFoldersUrl(forum.mailbox, 'outbox')}/messages?$select=id,internetMessageHeaders&$top=50`,
  );
  const value = isoSeconds(meetingStart);
  return held
    .filter((m) =>
      m.internetMessageHeaders?.some((h) => h.name?.toLowerCase() === CALL_FOR_ITEMS_HEADER.toLowerCase() && h.value === value),
    )
    .flatMap((m) => (m.id ? [m.id] : []));
}

/** The URL that deletes a held message (Exchange then never sends it). */
export function heldMessageUrl(forum: Pick<Forum, 'mailbox'>, id: string): string {
  return messagesUrl(forum.mailbox, id);
}

/**
 * Withdraws a call booked ahead for a meeting that moved or was cancelled: deletes the held message from the
 * forum mailbox's Outbox (Exchange then never sends it). Returns how many were withdrawn; 0 when it already went.
 * The caller rewrites the Meetings item (CallForItems) and, for a moved meeting, books the new call.
 */
export async function withdrawScheduledCallForItems(graph: Graph, forum: Pick<Forum, 'mailbox'>, meetingStart: string): Promise<number> {
  const ours = await heldCallIds(graph, forum, meetingStart);
  for (const id of ours) {
    // Gone already (an earlier withdrawal whose answer was lost, sent again by the pipeline): withdrawn.
    await graph.delete(heldMessageUrl(forum, id)).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
  }
  return ours.length;
}

export interface CallEntry {
  readonly meetingId: string;
  readonly title: string;
  readonly start: string;
}

export type SkipReason = 'claimed-elsewhere' | 'submissions-closed' | 'no-recipients' | 'no-mailbox' | 'meeting-changed';

export type SentCall = CallEntry & {
  readonly recipients: number;
  readonly subject: string;
  /** False when the mail went but marking the meeting 'sent' failed (it then shows as stuck next time). */
  readonly recorded: boolean;
};
export type SkippedCall = CallEntry & { readonly reason: SkipReason };
export type StuckCall = CallEntry & { readonly since?: string };
export type FailedCall = CallEntry & { readonly error: string };

export interface CallForItemsReport {
  readonly sent: readonly SentCall[];
  readonly skipped: readonly SkippedCall[];
  /** Claimed ('sending') but never marked sent: the mail may have gone out. Check the forum mailbox's Sent Items. */
  readonly stuck: readonly StuckCall[];
  /** Graph refused the mail; the claim was released so the next run tries again. */
  readonly failed: readonly FailedCall[];
}

export interface DueCalls {
  readonly due: readonly Meeting[];
  readonly closed: readonly Meeting[];
  readonly stuck: readonly Meeting[];
  /** Claimed by another sender in the last minutes. */
  readonly inProgress: readonly Meeting[];
}

const entry = (m: Meeting): CallEntry => ({ meetingId: m.id, title: m.title, start: m.start });

/** The forum's meetings whose call is due, missed (submissions closed) or stuck, at `now`. Reads only. */
export async function findDueCallsForItems(graph: Graph, forum: Forum, now: Date): Promise<DueCalls> {
  const c = forum.settings;
  if (!c) return { due: [], closed: [], stuck: [], inProgress: [] };
  const meetings = await new MeetingStore(graph, forum).from(now.toISOString());
  const by = (s: ReturnType<typeof callStatus>): Meeting[] => meetings.filter((m) => callStatus(m, c, now) === s);
  // A meeting booked before this feature has no state; one that passed its deadline unnoticed is only worth
  // mentioning when someone asked for the call ('pending').
  return {
    due: by('due'),
    closed: by('closed').filter((m) => m.callForItems === 'pending'),
    stuck: by('needs-checking'),
    inProgress: by('in-progress'),
  };
}

/**
 * Sends every due call of the forum once. Each meeting is claimed first (an owned claim: another sender's live claim,
 * or losing the race for it, skips the meeting), then sent through send-once (its correlation id looked up first, so a
 * call that already went is not sent again; a lost answer is settled by looking), then marked 'sent' as the claim is
 * released — unless the meeting moved meanwhile (sentAgain). A claim whose outcome looking could not settle stays and
 * is reported as stuck; after its timeout the next sender takes it over, and the lookup settles it.
 */
export async function sendDueCallsForItems(graph: Graph, forum: Forum, now: Date): Promise<CallForItemsReport> {
  const report: { sent: SentCall[]; skipped: SkippedCall[]; stuck: StuckCall[]; failed: FailedCall[] } = {
    sent: [],
    skipped: [],
    stuck: [],
    failed: [],
  };
  const c = forum.settings;
  if (!c) return report;
  const found = await findDueCallsForItems(graph, forum, now);
  report.stuck.push(...found.stuck.map((m) => ({ ...entry(m), ...(callClaim(m)?.at ? { since: callClaim(m)?.at } : {}) })));
  report.skipped.push(...found.closed.map((m) => ({ ...entry(m), reason: 'submissions-closed' as const })));
  report.skipped.push(...found.inProgress.map((m) => ({ ...entry(m), reason: 'claimed-elsewhere' as const })));
  const nowIso = isoSeconds(now.toISOString());

  for (const meeting of found.due) {
    if (forum.mailbox === '') {
      report.skipped.push({ ...entry(meeting), reason: 'no-mailbox' });
      continue;
    }
    // Its date, place and link go out in the call: a meeting someone other than the secretariat changed gets none.
    if (meetingOutsider(meeting, forum) !== undefined) {
      report.skipped.push({ ...entry(meeting), reason: 'meeting-changed' });
      continue;
    }
    const recipients = callRecipients(forum).length;
    if (recipients === 0) {
      report.skipped.push({ ...entry(meeting), reason: 'no-recipients' });
      continue;
    }
    // An older version's 'sending' call is never taken over (mayTakeOver; callStatus lists it as stuck).
    const taken = await takeClaim(
      graph,
      forum,
      claimSlot('call-for-items', meeting.id),
      { etag: meeting.etag, claim: callClaim(meeting) },
      { step: 'call-for-items', now },
    );
    if (taken.outcome !== 'taken') {
      report.skipped.push({ ...entry(meeting), reason: 'claimed-elsewhere' });
      continue;
    }
    const message = callForItemsMessage(forum, meeting, c, { now });
    const correlation = callForItemsCorrelation(meeting);
    const outcome = await sendEachOnce(graph, forum.mailbox, [{ correlation, message }], {
      resume: true,
      kind: ONCE_MAIL.callForItems,
    }).then(
      (outcomes) => outcomes.get(correlation),
      () => undefined,
    );
    if (outcome?.kind === 'not-sent') {
      await letGo(graph, forum, taken.owned);
      report.failed.push({ ...entry(meeting), error: outcome.error.message });
      continue;
    }
    if (outcome?.kind !== 'sent') {
      report.stuck.push({ ...entry(meeting), since: nowIso });
      continue;
    }
    const sentFields = { CallForItems: 'sent', CallForItemsAt: nowIso };
    const recorded = await releaseClaim(graph, forum, taken.owned, sentFields, (item) => sentAgain(forum, meeting, item, sentFields)).then(
      () => true,
      () => false,
    );
    report.sent.push({ ...entry(meeting), recipients, subject: message.subject ?? '', recorded });
  }
  return report;
}

/**
 * What recording a sent call writes when the meeting changed between its claim and the record (412), from the item as
 * it is now: 'sent' only while the item still shows the call that went — the same date, the call state the sender
 * claimed on. A meeting moved meanwhile keeps what the move wrote (the new date's call pending, or held in the
 * Outbox; none for a meeting booked before calls had a state), so the new date gets its own call; recording 'sent'
 * over it would keep that call from ever going. Only the claim is removed then.
 */
function sentAgain(forum: Pick<Forum, 'groupId'>, sent: Meeting, item: GraphListItem, fields: FieldBag): FieldBag {
  const now = toMeeting(forum.groupId, item);
  const same = now && Date.parse(now.start) === Date.parse(sent.start) && now.callForItems === sent.callForItems;
  return same ? fields : {};
}

/** One forum's sender, as the UI is given it through `Stores`. */
export interface CallForItemsStore {
  sendDue(forum: Forum, now: Date): Promise<CallForItemsReport>;
}

export function createCallForItemsStore(graph: Graph): CallForItemsStore {
  return { sendDue: (forum, now) => sendDueCallsForItems(graph, forum, now) };
}
