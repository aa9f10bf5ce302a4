import { agendaChanges, parseSentAgenda, sentAgendaRecord, type SentAgenda } from '../../domain/agenda-changes';
import { agendaHash, buildAgendaDocument, orderedAgendaItems, type AgendaDocument } from '../../domain/agenda-document';
import { agendaOutsider, meetingOutsider } from '../../domain/agenda-trust';
import type { AgendaItem, Forum, ForumRef, Meeting, Submission } from '../../domain/types';
import { AgendaItemsChangedError, MeetingChangedError, type AgendaStatus } from './agenda-api';
import type { Graph } from '../../graph/graph-types';
import { AgendaStore } from '../forum-stores';
import { Fields, listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../list-item';
import { readActions } from '../actions/actions-read';
import { toMeeting } from '../mappers/meeting-mapper';
import { toSubmissions } from '../mappers/submission-mapper';
import { substituteRecordsUrl, withSubstitutes } from '../substitute-records';
import { updateItemFields } from '../update-item';

/**
 * A meeting's agenda as it stands now — its document, content hash and what a send would record — and how it differs
 * from what was sent. Kept apart from the send (agenda-store.ts, which carries `docx`): the meeting dialog asks
 * whether the agenda changed each time it opens, and that must not load the Word renderer.
 */

export async function sha256(bytes: Uint8Array): Promise<ArrayBuffer> {
  return globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
}

/** The meeting's item, with what the last agenda send recorded (AgendaSent). */
export async function loadMeeting(graph: Graph, ref: ForumRef & { groupId: string }, id: string): Promise<Meeting> {
  const item = await graph.get<GraphListItem>(`${listItemUrl(ref.siteId, 'Meetings', id)}?expand=fields`);
  const meeting = toMeeting(ref.groupId, item);
  if (!meeting) throw new Error(`Meeting ${id} has no start.`);
  const agendaSent = parseSentAgenda(Fields.of(item).optionalText('AgendaSent'));
  return agendaSent ? { ...meeting, agendaSent } : meeting;
}

/**
 * The meeting as the agenda needs it: its item, with the substitutes that count (the Substitutes records, read in the
 * same round, over the secretariat's map) — they are listed among the invited and get the agenda.
 */
export async function meetingForAgenda(graph: Graph, forum: Forum, id: string): Promise<Meeting> {
  const [meeting, records] = await Promise.all([
    loadMeeting(graph, forum, id),
    graph.all<GraphListItem>(substituteRecordsUrl(forum.siteId, id)),
  ]);
  return withSubstitutes(meeting, records, forum.owners);
}

/** The agenda as it stands: the document, its items' ids in the document's order, its hash, the submissions behind it. */
export interface CurrentAgenda {
  readonly doc: AgendaDocument;
  readonly itemIds: readonly string[];
  readonly hash: string;
  /** The meeting's submissions, as read for the document (their files are its bilag). */
  readonly submissions: readonly Submission[];
}

/**
 * The meeting's agenda items as the forum's agenda: written by the secretariat or the co-chairs. An item anybody else
 * added or changed (a site without the tenant's permissions) stops every send, file and publication of the agenda
 * until the secretariat has looked at it (AgendaItemsChangedError names the items and who wrote them). With the owners
 * unread nothing can be checked: the items as listed (decisions on the forum's behalf check that first).
 */
export function agendaAsWritten(items: readonly AgendaItem[], forum: Forum): AgendaItem[] {
  if (!forum.owners) return [...items];
  const foreign = items.flatMap((i) => {
    const by = agendaOutsider(i.stamp, forum);
    return by === undefined ? [] : [{ title: i.title, by }];
  });
  if (foreign.length > 0) throw new AgendaItemsChangedError(foreign);
  return [...items];
}

export async function loadCurrentAgenda(graph: Graph, forum: Forum, meeting: Meeting): Promise<CurrentAgenda> {
  // The meeting's time, place and link are in the agenda: the secretariat's, or nothing is made of it.
  const changedBy = meetingOutsider(meeting, forum);
  if (changedBy !== undefined) throw new MeetingChangedError(meeting.title, changedBy);
  const [listed, submissionItems, actions] = await Promise.all([
    new AgendaStore(graph, forum).forMeeting(meeting.id),
    graph.all<GraphListItem>(listItemsUrl(forum.siteId, 'Submissions', { filter: `fields/MeetingId eq ${odataString(meeting.id)}` })),
    // The open actions, for the "Opfølgning på beslutninger" item: the secretariat's, less those their owners marked done.
    readActions(graph, forum, `fields/Status eq 'open'`, 'decide'),
  ]);
  const items = agendaAsWritten(listed, forum);
  const submissions = toSubmissions(forum.groupId, submissionItems, forum.shortName);
  const doc = buildAgendaDocument({ forum, meeting, meetingId: meeting.id, items, submissions, actions });
  return { doc, itemIds: orderedAgendaItems(items).map((i) => i.id), hash: await agendaHash(doc, sha256), submissions };
}

/** The meeting's agenda model from its items and the submissions behind them. */
export async function loadAgendaDocument(graph: Graph, forum: Forum, meeting: Meeting): Promise<AgendaDocument> {
  return (await loadCurrentAgenda(graph, forum, meeting)).doc;
}

/** The revision a send of this agenda now would be: 0 before the first send. */
export function nextRevision(meeting: Pick<Meeting, 'agendaSentAt' | 'agendaSent'>): number {
  return meeting.agendaSentAt === undefined ? 0 : (meeting.agendaSent?.revision ?? 0) + 1;
}

/** What a send of the current agenda would record, and what changed since the last send (none before the first). */
export async function compareWithSent(meeting: Meeting, current: CurrentAgenda): Promise<{ record: SentAgenda; status: AgendaStatus }> {
  const revision = nextRevision(meeting);
  const record = await sentAgendaRecord(current.doc, current.itemIds, revision, sha256);
  if (meeting.agendaSentAt === undefined) return { record, status: { nextRevision: 0, changed: false, changes: [] } };
  const changed = meeting.agendaHash !== current.hash;
  return {
    record,
    status: {
      sentAt: meeting.agendaSentAt,
      nextRevision: revision,
      changed,
      changes: changed ? agendaChanges(meeting.agendaSent, record, true) : [],
    },
  };
}

/** Whether the meeting's agenda changed since it was sent, and how: what the meeting dialog shows the secretariat. */
export async function agendaStatus(graph: Graph, forum: Forum, ref: Pick<Meeting, 'id'>): Promise<AgendaStatus> {
  const meeting = await meetingForAgenda(graph, forum, ref.id);
  return (await compareWithSent(meeting, await loadCurrentAgenda(graph, forum, meeting))).status;
}

/** `AgendaApi.confirmMeeting`: the meeting's item saved again by the secretariat, If-Match on the eTag it was shown with. */
export async function confirmMeeting(graph: Graph, forum: ForumRef, meeting: Pick<Meeting, 'id' | 'title' | 'etag'>): Promise<void> {
  await updateItemFields(graph, forum, 'Meetings', meeting.id, meeting.etag ?? '', { Title: meeting.title });
}
