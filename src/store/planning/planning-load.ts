import { forumActions } from '../../domain/action-marks';
import { followUpDescription } from '../../domain/actions';
import { triage } from '../../domain/planning-triage';
import { ACTIONS_FOLLOW_UP, standingItem, standingKeyOf } from '../../domain/standing-items';
import { toActionItem, toActionMark } from '../mappers/action-mapper';
import type { Meeting } from '../../domain/types';
import { batchResults, type BatchResult, type BatchValue } from '../../graph/batch-results';
import { resultOf, valueOf } from '../../graph/batch-reads';
import type { Graph, GraphPage, GraphRequest } from '../../graph/graph-types';
import { listItemsUrl, odataString, type GraphListItem } from '../list-item';
import { toMeetings } from '../mappers/meeting-mapper';
import { addStanding, agendaQueryUrl } from './agenda-writes';
import { toPlanningAgenda, toPlanningSubmission } from './planning-mappers';
import type { PlanningAgendaItem, PlanningData, PlanningForum, PlanningOptions } from './planning-types';

/**
 * Loads the planning view of one forum in ONE `$batch`: the coming meetings, the agenda of the meeting asked for,
 * and the submissions still to decide or waiting (new, deferred) plus those for that meeting. Only when the
 * meeting shown is not the one asked for (none asked, or it has passed) does its agenda cost a second round; an
 * agenda without standing items gets them (one more write round and a read-back).
 */

const DAY_MS = 24 * 3600 * 1000;

const submissionsFilter = (meetingId: string | undefined): string =>
  [`fields/Status eq 'new'`, `fields/Status eq 'deferred'`, ...(meetingId ? [`fields/MeetingId eq ${odataString(meetingId)}`] : [])].join(
    ' or ',
  );

function requests(forum: PlanningForum, now: Date, meetingId: string | undefined): GraphRequest[] {
  const since = new Date(now.getTime() - DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    { id: 'meetings', method: 'GET', url: listItemsUrl(forum.siteId, 'Meetings', { filter: `fields/Start ge ${odataString(since)}` }) },
    { id: 'submissions', method: 'GET', url: listItemsUrl(forum.siteId, 'Submissions', { filter: submissionsFilter(meetingId) }) },
    ...(meetingId ? [{ id: 'agenda', method: 'GET' as const, url: agendaQueryUrl(forum, meetingId) }] : []),
    // The open actions and their owners' marks, for the "Opfølgning på beslutninger" item's text (same round trip).
    { id: 'actions', method: 'GET', url: listItemsUrl(forum.siteId, 'Actions', { filter: `fields/Status eq 'open'` }) },
    { id: 'actionMarks', method: 'GET', url: listItemsUrl(forum.siteId, 'ActionMarks') },
  ];
}

/**
 * The follow-up item shows the open actions from other meetings, as the agenda document will: the secretariat's
 * actions, less those their owners marked done (action-marks.ts). Unreadable → as stored.
 */
function withOpenActions(
  agenda: PlanningAgendaItem[],
  forum: PlanningForum,
  results: readonly BatchResult[],
  meeting: Meeting | undefined,
): PlanningAgendaItem[] {
  const [actionsResult, marksResult] = [resultOf(results, 'actions'), resultOf(results, 'actionMarks')];
  if (!meeting || !actionsResult?.ok || !marksResult?.ok) return agenda;
  const page = (r: BatchValue): GraphListItem[] => (r.value as GraphPage<GraphListItem> | undefined)?.value ?? [];
  const actions = forumActions(page(actionsResult).map(toActionItem), page(marksResult).map(toActionMark), forum, 'decide');
  const own = standingItem(ACTIONS_FOLLOW_UP).description;
  return agenda.map((item) => {
    if (standingKeyOf(item) !== ACTIONS_FOLLOW_UP) return item;
    const list = followUpDescription(actions, meeting.id, new Date(meeting.start));
    const text = item.description.trim();
    return { ...item, description: text === '' || text === own ? list : `${text}\n\n${list}` };
  });
}

/** A collection from the batch, following its nextLinks. */
async function itemsOf(graph: Graph, results: readonly BatchResult[], id: string): Promise<GraphListItem[]> {
  const page = valueOf<GraphPage<GraphListItem>>(results, id);
  const next = page['@odata.nextLink'];
  return next ? [...page.value, ...(await graph.all<GraphListItem>(next))] : [...(page.value ?? [])];
}

/** Coming meetings one can plan: not over, not cancelled, not the chairs' planning meetings themselves. */
export function plannableMeetings(meetings: readonly Meeting[], now: Date): Meeting[] {
  const iso = now.toISOString();
  return meetings.filter((m) => m.end >= iso && m.status !== 'cancelled' && m.kind !== 'planning');
}

export async function loadPlanning(
  graph: Graph,
  forum: PlanningForum,
  options: PlanningOptions,
  ask: { readonly meetingId?: string; readonly now: Date },
): Promise<PlanningData> {
  let beforeLoadFailed = false;
  if (options.beforeLoad) {
    try {
      await options.beforeLoad();
    } catch {
      beforeLoadFailed = true;
    }
  }
  const first = await batchResults(graph, requests(forum, ask.now, ask.meetingId));
  const [meetingItems, submissionItems] = await Promise.all([itemsOf(graph, first, 'meetings'), itemsOf(graph, first, 'submissions')]);
  const meetings = plannableMeetings(toMeetings(forum.groupId, meetingItems), ask.now);
  const meeting = meetings.find((m) => m.id === ask.meetingId) ?? meetings[0];
  let submissions = submissionItems.map((i) => toPlanningSubmission(forum.groupId, i, forum.shortName));
  let agendaItems: GraphListItem[] = [];
  if (meeting && meeting.id === ask.meetingId) agendaItems = await itemsOf(graph, first, 'agenda');
  else if (meeting) {
    // The meeting shown is not the one asked for: its agenda and accepted submissions in a second round.
    const second = await batchResults(graph, [
      { id: 'agenda', method: 'GET', url: agendaQueryUrl(forum, meeting.id) },
      { id: 'submissions', method: 'GET', url: listItemsUrl(forum.siteId, 'Submissions', { filter: submissionsFilter(meeting.id) }) },
    ]);
    agendaItems = await itemsOf(graph, second, 'agenda');
    submissions = (await itemsOf(graph, second, 'submissions')).map((i) => toPlanningSubmission(forum.groupId, i, forum.shortName));
  }
  let agenda = toPlanningAgenda(agendaItems);
  let standingAdded = 0;
  if (meeting && (meeting.status === 'planned' || meeting.status === 'booked')) {
    const withStanding = await addStanding(graph, forum, meeting, agenda, 'when-none');
    agenda = withStanding.agenda;
    standingAdded = withStanding.added;
  }
  agenda = withOpenActions(agenda, forum, first, meeting);
  const sorted = triage(submissions, meeting?.id ?? '', meetings);
  return { meetings, ...(meeting ? { meeting } : {}), agenda, ...sorted, standingAdded, ...(beforeLoadFailed ? { beforeLoadFailed } : {}) };
}
