import { claimState } from '../../domain/claims';
import { decisionKey } from '../../domain/submission-decision-mail';
import type { Meeting } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';
import { MeetingStore } from '../forum-stores';
import { listItemsUrl, odataString, type GraphListItem } from '../list-item';
import { claimedDecisionKey } from './decision-mail';
import { acceptSubmission, declineSubmission, deferSubmission } from './decisions';
import { toPlanningSubmission } from './planning-mappers';
import type { DecisionMailOutcome, DecisionResult, PlanningForum, PlanningSubmission } from './planning-types';

/**
 * Decision mails a chair's app left half-done (it died, or its answer was lost, between the decision and its mail):
 * found by their claim past its timeout and finished by making the same decision again as that chair would by
 * pressing again — the claim taken over, the dead attempt's mail looked up by its correlation id and sent only if it
 * did not go. `sekretariat run` does this every pass, so a submitter hears about the decision without anyone pressing.
 */

/** How far back a decided submission is looked at: its decision mail matters only while the decision is fresh. */
const LOOK_BACK_MS = 365 * 24 * 3600 * 1000;

export interface UnfinishedDecisionMails {
  /** Stale claims found on decisions that still stand. */
  readonly found: number;
  readonly outcomes: readonly DecisionMailOutcome[];
}

/** A decision as the store takes it again: with the forum's own meeting objects (a SubmissionDecision too). */
type Remade =
  | { readonly kind: 'accepted'; readonly meeting: Meeting }
  | { readonly kind: 'deferred'; readonly meeting?: Meeting; readonly reason?: string }
  | { readonly kind: 'declined'; readonly reason: string };

/** The decision a submission holds now, as its mail tells it; undefined when its meeting is gone. */
function decisionOf(s: PlanningSubmission, meetings: ReadonlyMap<string, Meeting>): Remade | undefined {
  const meeting = s.meetingId ? meetings.get(s.meetingId) : undefined;
  switch (s.status) {
    case 'accepted':
      return meeting ? { kind: 'accepted', meeting } : undefined;
    case 'deferred':
      if (s.meetingId && !meeting) return undefined;
      return { kind: 'deferred', ...(meeting ? { meeting } : {}), ...(s.decisionReason ? { reason: s.decisionReason } : {}) };
    case 'declined':
      return s.decisionReason ? { kind: 'declined', reason: s.decisionReason } : undefined;
    default:
      return undefined;
  }
}

/** Makes the same decision again, as the chair pressing again would: its claim is taken over and the mail settled. */
function remake(graph: Graph, forum: PlanningForum, s: PlanningSubmission, d: Remade, now: Date): Promise<DecisionResult> {
  switch (d.kind) {
    case 'accepted':
      return acceptSubmission(graph, forum, s, d.meeting, now);
    case 'deferred':
      return deferSubmission(graph, forum, s, d.meeting, d.reason, now);
    case 'declined':
      return declineSubmission(graph, forum, s, d.reason, now);
  }
}

export async function finishDecisionMails(graph: Graph, forum: PlanningForum, now: Date): Promise<UnfinishedDecisionMails> {
  const since = new Date(now.getTime() - LOOK_BACK_MS).toISOString();
  const decided = await graph.all<GraphListItem>(
    listItemsUrl(forum.siteId, 'Submissions', { filter: `fields/Status ne 'new' and fields/ReceivedAt ge ${odataString(since)}` }),
  );
  const stale = decided
    .map((item) => toPlanningSubmission(forum.groupId, item, forum.shortName))
    .filter((s) => s.decisionMailClaim !== undefined && claimState(s.decisionMailClaim, undefined, now) === 'stale');
  if (stale.length === 0) return { found: 0, outcomes: [] };
  const meetings = new Map((await new MeetingStore(graph, forum).from(since)).map((m) => [m.id, m] as const));
  const outcomes: DecisionMailOutcome[] = [];
  for (const s of stale) {
    const decision = decisionOf(s, meetings);
    // Decided otherwise since: that decision's own attempt claimed its mail; this stale claim names an old one.
    if (!decision || decisionKey(decision) !== claimedDecisionKey(s.decisionMailClaim, s.id)) continue;
    outcomes.push((await remake(graph, forum, s, decision, now)).mail);
  }
  return { found: outcomes.length, outcomes };
}
