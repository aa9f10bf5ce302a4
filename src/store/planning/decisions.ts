import { inAgendaOrder, insertionIndex } from '../../domain/agenda-order';
import { claimDecision, mayTakeOver } from '../../domain/claims';
import { decisionKey, validReason, type SubmissionDecision } from '../../domain/submission-decision-mail';
import type { Meeting } from '../../domain/types';
import { batchResults } from '../../graph/batch-results';
import { firstFailure } from '../../graph/batch-reads';
import { isNotFound, isPreconditionFailed } from '../../graph/errors';
import type { Graph, GraphRequest } from '../../graph/graph-types';
import { claimSlot, newClaimToken, releaseClaim, takeClaim } from '../claims-store';
import { ConflictError } from '../failures';
import { listItemsCollectionUrl, listItemsUrl, listItemUrl, odataString, type FieldBag, type GraphListItem } from '../list-item';
import { lacksBilag, storeSubmissionBilag } from '../submission-bilag';
import { updateItemFields } from '../update-item';
import { readAgenda, removeAgendaItem, removeDuplicates, writeNumbers, type NumberWrite } from './agenda-writes';
import {
  alreadyNotified,
  claimedDecisionKey,
  decisionCorrelation,
  mailBlocker,
  sendClaimedDecisionMail,
  type ClaimedMail,
} from './decision-mail';
import { toPlanningAgenda, toPlanningSubmission } from './planning-mappers';
import type {
  AcceptOptions,
  BilagStored,
  DecisionHold,
  DecisionResult,
  PlanningAgendaItem,
  PlanningForum,
  PlanningSubmission,
} from './planning-types';

/**
 * The chairs' decisions on a submission. Each is one eTag-guarded write on the Submissions item that also claims
 * the decision mail; an acceptance then finds or creates the agenda item linked by SubmissionId. A retry (after a
 * lost answer, or by a second chair) finds the decision already made and completes it without doubling anything.
 */

const NOTE_CAP = 60_000;

async function readSubmission(graph: Graph, forum: PlanningForum, id: string): Promise<PlanningSubmission> {
  const item = await graph.get<GraphListItem>(`${listItemUrl(forum.siteId, 'Submissions', id)}?expand=fields`);
  return toPlanningSubmission(forum.groupId, item, forum.shortName);
}

/** Whether the submission holds the decision already (the meeting compared only when the decision sets one). */
const sameDecision = (
  s: PlanningSubmission,
  status: PlanningSubmission['status'],
  setsMeeting: boolean,
  meetingId: string | undefined,
): boolean => s.status === status && (!setsMeeting || (s.meetingId ?? '') === (meetingId ?? ''));

function withDecision(
  s: PlanningSubmission,
  status: PlanningSubmission['status'],
  setsMeeting: boolean,
  meetingId: string | undefined,
  reason: unknown,
): PlanningSubmission {
  const { meetingId: _m, decisionReason: _r, ...rest } = s;
  const keepMeeting = setsMeeting ? meetingId : s.meetingId;
  return {
    ...rest,
    status,
    ...(keepMeeting ? { meetingId: keepMeeting } : {}),
    ...(typeof reason === 'string' && reason !== '' ? { decisionReason: reason } : {}),
  };
}

interface WrittenDecision {
  readonly submission: PlanningSubmission;
  /** The mail this attempt claimed and must send; absent when it went already or another live attempt is sending it. */
  readonly mail?: ClaimedMail;
}

/**
 * Writes the decision with If-Match, and with it the claim on its mail (an owned claim: src/domain/claims.ts). On 412
 * reads the submission again: when it already holds this decision (our earlier try, or another chair), carries on
 * from there — its mail claimed by a live attempt is left to that attempt, a dead attempt's claim is taken over (its
 * correlation id kept, so what it sent is found) — otherwise a ConflictError.
 */
async function writeDecision(
  graph: Graph,
  forum: PlanningForum,
  submission: PlanningSubmission,
  decision: SubmissionDecision,
  fields: FieldBag,
  now: Date,
): Promise<WrittenDecision> {
  const key = decisionKey(decision);
  const status = fields.Status as PlanningSubmission['status'];
  const setsMeeting = 'MeetingId' in fields;
  const meetingId = typeof fields.MeetingId === 'string' && fields.MeetingId !== '' ? fields.MeetingId : undefined;
  const wantsMail = mailBlocker(forum, submission) === undefined;
  const decided = (s: PlanningSubmission): PlanningSubmission => withDecision(s, status, setsMeeting, meetingId, fields.DecisionReason);
  let current = submission;
  for (let attempt = 0; ; attempt++) {
    const made = sameDecision(current, status, setsMeeting, meetingId);
    const write = made ? {} : fields;
    // Another decision's claim (an earlier decision still mailing) does not hold this one's mail back.
    const seen = {
      etag: current.etag,
      claim: claimedDecisionKey(current.decisionMailClaim, current.id) === key ? current.decisionMailClaim : undefined,
    };
    const plan = claimDecision(seen.claim, now, { takeOver: mayTakeOver('decision-mail', seen.claim) });
    // Gone already, or a live attempt is mailing this very decision (made again meanwhile): only the decision is written.
    if (!wantsMail || alreadyNotified(current, key) || plan === 'claimed-elsewhere') {
      if (made) return { submission: current };
      try {
        const written = await updateItemFields(graph, forum, 'Submissions', current.id, current.etag, write);
        return { submission: { ...decided(current), etag: written.etag ?? current.etag } };
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    } else {
      const correlation =
        plan === 'take-over' && seen.claim?.correlation ? seen.claim.correlation : decisionCorrelation(current, key, newClaimToken());
      const taken = await takeClaim(graph, forum, claimSlot('decision-mail', current.id), seen, {
        step: 'decision-mail',
        now,
        correlation,
        fields: write,
      });
      if (taken.outcome === 'taken') {
        const { owned } = taken;
        return {
          submission: { ...decided(current), etag: owned.etag, decisionMailClaim: owned.claim },
          mail: { owned, correlation, resume: owned.tookOver !== undefined },
        };
      }
    }
    if (attempt > 0) throw new ConflictError('Submissions', submission.id);
    current = await readSubmission(graph, forum, submission.id);
    if (!sameDecision(current, status, setsMeeting, meetingId)) throw new ConflictError('Submissions', submission.id);
  }
}

async function finishMail(
  graph: Graph,
  forum: PlanningForum,
  decision: SubmissionDecision,
  w: WrittenDecision,
): Promise<DecisionResult['mail']> {
  const blocked = mailBlocker(forum, w.submission);
  if (blocked) return blocked;
  if (!w.mail) return 'already-sent';
  return sendClaimedDecisionMail(graph, forum, w.submission, decision, w.mail);
}

/**
 * The chair's "Fortryd" window: with a mail claimed and a hold given, asks it; on 'undo' removes an acceptance's
 * agenda item (closing the gap in the numbering), then writes the submission back as it was and lets the mail's claim
 * go in the same If-Match PATCH. Undefined when the decision stands (its mail then goes). A takeover meanwhile (the
 * claim no longer mine) means the mail went or is going: the decision stands.
 */
async function undoneDuringHold(
  graph: Graph,
  forum: PlanningForum,
  before: PlanningSubmission,
  w: WrittenDecision,
  hold: DecisionHold | undefined,
): Promise<DecisionResult | undefined> {
  // An accepted item changed again in the agenda editor is not held: its agenda item is already gone.
  if (!hold || !w.mail || before.status === 'accepted') return undefined;
  if ((await hold()) === 'send') return undefined;
  if (w.submission.status === 'accepted' && w.submission.meetingId) {
    const agenda = await readAgenda(graph, forum, w.submission.meetingId);
    for (const item of agenda.filter((i) => i.submissionId === before.id)) await removeAgendaItem(graph, forum, item, agenda);
  }
  const restore: FieldBag = { Status: before.status, MeetingId: before.meetingId ?? null, DecisionReason: before.decisionReason ?? null };
  const released = await releaseClaim(graph, forum, w.mail.owned, restore);
  if (!released.released) return undefined;
  return { submission: { ...before, etag: released.etag ?? before.etag }, mail: 'undone' };
}

const agendaFields = (s: PlanningSubmission, meeting: Meeting, number: number): FieldBag => ({
  Title: s.title.slice(0, 255),
  MeetingId: meeting.id,
  Number: number,
  DurationMinutes: s.durationMinutes ?? 15,
  Recommendations: s.recommendations.join('\n').slice(0, NOTE_CAP),
  Description: s.description.slice(0, NOTE_CAP),
  Standing: false,
  SubmissionId: s.id,
  ...(s.presenter ? { Presenter: s.presenter.slice(0, 255) } : {}),
  ...(s.caseNumber ? { CaseNumber: s.caseNumber } : {}),
});

/**
 * The agenda item of an accepted submission, found by SubmissionId or created before the closing standing items
 * (one GET for the meeting's agenda and the submission's item together, one chained `$batch` to write). Reads back
 * and removes a duplicate a concurrent acceptance made.
 */
async function ensureAgendaItem(graph: Graph, forum: PlanningForum, s: PlanningSubmission, meeting: Meeting): Promise<string> {
  const filter = `fields/MeetingId eq ${odataString(meeting.id)} or fields/SubmissionId eq ${odataString(s.id)}`;
  const found = toPlanningAgenda(await graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'AgendaItems', { filter })));
  const existing = found.find((i) => i.submissionId === s.id);
  const agenda = inAgendaOrder(found.filter((i) => i.meetingId === meeting.id && i.submissionId !== s.id));
  const at = insertionIndex(agenda);
  const shift: NumberWrite[] = agenda
    .slice(at)
    .map((i, k) => ({ id: i.id, etag: i.etag, from: i.number, to: at + k + 2 }))
    .filter((w) => w.from !== w.to);
  if (existing) {
    if (existing.meetingId === meeting.id) return existing.id;
    // Accepted earlier for another meeting: move the item here.
    const move: Omit<GraphRequest, 'dependsOn'> = {
      id: 'move',
      method: 'PATCH',
      url: `${listItemUrl(forum.siteId, 'AgendaItems', existing.id)}/fields`,
      body: { MeetingId: meeting.id, Number: at + 1 },
      headers: { 'If-Match': existing.etag },
    };
    await writeNumbers(graph, forum, shift, [move]).catch(ignoreConflictAfterFirst);
    return existing.id;
  }
  // Repeatable: a second item made by a repeat after a lost answer is removed by the read-back below, as a
  // concurrent acceptance's is (one item per SubmissionId).
  const created = await graph.post<GraphListItem>(
    listItemsCollectionUrl(forum.siteId, 'AgendaItems'),
    { fields: agendaFields(s, meeting, at + 1) },
    { repeatable: true },
  );
  // Closing standing items move down one; if someone reordered meanwhile, their order stands.
  await writeNumbers(graph, forum, shift).catch(ignoreConflictAfterFirst);
  const mine = toPlanningAgenda(
    await graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'AgendaItems', { filter: `fields/SubmissionId eq ${odataString(s.id)}` })),
  );
  const kept = await removeDuplicates(graph, forum, mine, (i: PlanningAgendaItem) => i.submissionId);
  return kept[0]?.id ?? created.id ?? '';
}

function ignoreConflictAfterFirst(error: unknown): void {
  if (!(error instanceof ConflictError)) throw error;
}

export async function acceptSubmission(
  graph: Graph,
  forum: PlanningForum,
  submission: PlanningSubmission,
  meeting: Meeting,
  now: Date = new Date(),
  hold?: DecisionHold,
  options: AcceptOptions = {},
): Promise<DecisionResult> {
  const decision: SubmissionDecision = { kind: 'accepted', meeting };
  const written = await writeDecision(
    graph,
    forum,
    submission,
    decision,
    { Status: 'accepted', MeetingId: meeting.id, DecisionReason: null },
    now,
  );
  const agendaItemId = await ensureAgendaItem(graph, forum, written.submission, meeting);
  const undone = await undoneDuringHold(graph, forum, submission, written, hold);
  if (undone) return undone;
  const { w, bilag } = options.storeBilag ? await withBilag(graph, forum, meeting, written) : { w: written, bilag: undefined };
  const mail = await finishMail(graph, forum, decision, w);
  return { submission: w.submission, mail, agendaItemId, ...(bilag ? { bilag } : {}) };
}

/**
 * The secretariat's acceptance stores the item's bilag in the meeting's folder now (issue 16: "stored when the item is
 * accepted"), after the "Fortryd" window (an undone acceptance leaves no files) and before the decision mail, whose
 * claim is released with the eTag the bilag's record leaves. An item without bilag costs no request. A failure is
 * reported, never fails the decision: the agenda copies what is still missing when it is made.
 */
async function withBilag(
  graph: Graph,
  forum: PlanningForum,
  meeting: Meeting,
  w: WrittenDecision,
): Promise<{ w: WrittenDecision; bilag?: BilagStored }> {
  if (!lacksBilag(forum, w.submission)) return { w };
  try {
    const stored = await storeSubmissionBilag(graph, forum, meeting, w.submission);
    const etag = stored.submission.etag;
    const mail = w.mail && etag !== w.submission.etag ? { ...w.mail, owned: { ...w.mail.owned, etag } } : w.mail;
    return { w: { submission: stored.submission, ...(mail ? { mail } : {}) }, bilag: { copied: stored.copied, failed: false } };
  } catch {
    // What was copied before the failure is recorded, and the item may have been written meanwhile: the mail's
    // release reads it again (releaseClaim), the decision stands.
    return { w, bilag: { copied: 0, failed: true } };
  }
}

/** Removes the agenda items of a submission that was accepted and is now deferred or declined. */
async function removeFromAgenda(graph: Graph, forum: PlanningForum, s: PlanningSubmission): Promise<void> {
  if (s.status !== 'accepted') return;
  const items = await graph.all<GraphListItem>(
    listItemsUrl(forum.siteId, 'AgendaItems', { filter: `fields/SubmissionId eq ${odataString(s.id)}` }),
  );
  if (items.length === 0) return;
  const results = await batchResults(
    graph,
    toPlanningAgenda(items).map((i) => ({
      id: i.id,
      method: 'DELETE',
      url: listItemUrl(forum.siteId, 'AgendaItems', i.id),
      headers: { 'If-Match': i.etag },
    })),
  );
  // Already gone (404) is what a removal wants.
  const failed = firstFailure(results, isNotFound);
  if (failed && isPreconditionFailed(failed.error)) throw new ConflictError('AgendaItems', failed.id);
  if (failed) throw failed.error;
}

export async function deferSubmission(
  graph: Graph,
  forum: PlanningForum,
  submission: PlanningSubmission,
  to: Meeting | undefined,
  reason?: string,
  now: Date = new Date(),
  hold?: DecisionHold,
): Promise<DecisionResult> {
  const why = validReason(reason);
  const decision: SubmissionDecision = { kind: 'deferred', ...(to ? { meeting: to } : {}), ...(why ? { reason: why } : {}) };
  await removeFromAgenda(graph, forum, submission);
  const w = await writeDecision(
    graph,
    forum,
    submission,
    decision,
    { Status: 'deferred', MeetingId: to?.id ?? null, DecisionReason: why ?? null },
    now,
  );
  return (
    (await undoneDuringHold(graph, forum, submission, w, hold)) ?? {
      submission: w.submission,
      mail: await finishMail(graph, forum, decision, w),
    }
  );
}

export async function declineSubmission(
  graph: Graph,
  forum: PlanningForum,
  submission: PlanningSubmission,
  reason: string,
  now: Date = new Date(),
  hold?: DecisionHold,
): Promise<DecisionResult> {
  const why = validReason(reason);
  if (!why) throw new RangeError('A declined submission needs a reason');
  const decision: SubmissionDecision = { kind: 'declined', reason: why };
  await removeFromAgenda(graph, forum, submission);
  const w = await writeDecision(graph, forum, submission, decision, { Status: 'declined', DecisionReason: why }, now);
  return (
    (await undoneDuringHold(graph, forum, submission, w, hold)) ?? {
      submission: w.submission,
      mail: await finishMail(graph, forum, decision, w),
    }
  );
}
