import { callClaim } from '../domain/call-for-items';
import { claimState, mayTakeOver, type Claim, type ClaimStep } from '../domain/claims';
import type { ForumRef } from '../domain/types';
import type { Graph } from '../graph/graph-types';
import { claimColumns, claimOn } from './claims-store';
import { Fields, itemId, listItemsUrl, type GraphListItem } from './list-item';
import { toMeeting } from './mappers/meeting-mapper';
import type { ListName } from './schema';
import { byIso } from '../domain/iso-order';

/**
 * Steps left half-done: a claim past its timeout that no later attempt has taken over (the attempt that made it died
 * between its steps, or its answer never came). Listed per forum for the secretariat — `sekretariat status` and the
 * Driftsstatus view — so nothing stuck is silent. Reads only.
 */

export interface StuckStep {
  readonly step: ClaimStep;
  /** When the attempt that left it claimed the step, ISO UTC ('' when an older version did not say). */
  readonly since: string;
  readonly list: ListName;
  readonly itemId: string;
  /** The item's title: the meeting, the consultation, the minutes version, the action, the submission. */
  readonly title: string;
  /** The next attempt of the step (its button, `sekretariat remind`) takes it over and finishes it; false: a person must check. */
  readonly resumable: boolean;
}

/** Only items a claim can still matter on are read: versions awaiting approval, open actions, decided submissions. */
const FILTERS: Partial<Record<ListName, string>> = {
  MinutesVersions: `fields/Status eq 'awaiting-approval'`,
  Actions: `fields/Status eq 'open'`,
  Submissions: `fields/Status ne 'new'`,
};

function stuck(step: ClaimStep, claim: Claim, list: ListName, item: GraphListItem): StuckStep {
  return { step, since: claim.at, list, itemId: itemId(item), title: Fields.of(item).text('Title'), resumable: mayTakeOver(step, claim) };
}

/** The claims on one item: each claim column of its list; a Meetings item also by the 'sending' state older versions claimed its call with. */
function claimsOn(list: ListName, item: GraphListItem, forumId: string): { step: ClaimStep; claim: Claim }[] {
  return claimColumns()
    .filter((c) => c.list === list)
    .flatMap((c) => {
      const legacyCall = c.step === 'call-for-items' ? toMeeting(forumId, item) : undefined;
      const claim = legacyCall ? callClaim(legacyCall) : claimOn(item, c);
      return claim ? [{ step: claim.step ?? c.step, claim }] : [];
    });
}

export async function stuckSteps(graph: Graph, forum: ForumRef, now: Date): Promise<StuckStep[]> {
  const lists = [...new Set(claimColumns().map((c) => c.list))];
  const items = await Promise.all(
    lists.map((list) => graph.all<GraphListItem>(listItemsUrl(forum.siteId, list, FILTERS[list] ? { filter: FILTERS[list] } : {}))),
  );
  return lists
    .flatMap((list, i) =>
      (items[i] ?? []).flatMap((item) =>
        claimsOn(list, item, forum.groupId)
          .filter((c) => claimState(c.claim, undefined, now) === 'stale')
          .map((c) => stuck(c.step, c.claim, list, item)),
      ),
    )
    .sort((a, b) => byIso(a.since, b.since));
}
