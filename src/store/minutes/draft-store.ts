import { buildAgendaDocument, orderedAgendaItems, ORGANISATION_ORDER } from '../../domain/agenda-document';
import { draftMinutes, type DraftAgendaItem } from '../../domain/minutes/draft-minutes';
import {
  ITEM_ABSENCE_NOTE_MAX,
  MINUTES_PRESENCES,
  type ItemAbsence,
  type MinutesAttendee,
  type MinutesPresence,
} from '../../domain/minutes/minutes-content';
import { quorumSetting } from '../../domain/commissorium';
import { meetingOutsider } from '../../domain/agenda-trust';
import { forumMembers } from '../../domain/forum-trust';
import { ITEM_ABSENCE_REASONS } from '../../domain/vocabulary/forum';
import type { ForumRef, Meeting } from '../../domain/types';
import { batchResults, type BatchResult } from '../../graph/batch-results';
import { resultOf, valueOf } from '../../graph/batch-reads';
import { isNotFound } from '../../graph/errors';
import { GraphError, type Graph, type GraphPage, type GraphRequest } from '../../graph/graph-types';
import { toInvitation, type GraphEvent, type MeetingInvitation } from '../attendance-store';
import { ConflictError } from '../failures';
import { etagOf, Fields, itemId, listItemsUrl, listItemUrl, odataString, writeStampOf, type GraphListItem } from '../list-item';
import { isRecord, jsonArray, stringOr } from '../mappers/json-note';
import { toAgenda } from '../mappers/agenda-mapper';
import { toForumMember } from '../mappers/forum-mapper';
import { toSubmissions } from '../mappers/submission-mapper';
import { toMeeting } from '../mappers/meeting-mapper';
import { ownersFrom, ownersUrl } from '../forum-stores';
import { substituteRecordsUrl, withSubstitutes } from '../substitute-records';
import { updateItemFields } from '../update-item';
import {
  AttendanceConflictError,
  MINUTES_TEXT_MAX,
  MinutesItemConflictError,
  MinutesTextTooLongError,
  type ChangedBy,
  type MinutesDraft,
  type MinutesDraftApi,
  type MinutesForum,
  type MinutesMeetingRef,
  type MinutesTextField,
} from './draft-types';

/**
 * The draft minutes on the forum's lists: Referat and Beslutning on each AgendaItems item, the edited attendance
 * as JSON on the Meetings item (MinutesAttendance). Opening is ONE `$batch` when the caller knows the meeting's
 * event (meeting item, its agenda items, its Substitutes records, the event's attendees, and the Members list and the
 * group's owners unless the forum carries them); otherwise the event costs a second round. Every save is If-Match on the one item it changes; a 412 re-reads that
 * item and throws a conflict carrying the server's text and eTag, so the editor can merge instead of overwrite.
 */

const COLUMN: Readonly<Record<MinutesTextField, 'Referat' | 'Beslutning'>> = { referat: 'Referat', beslutning: 'Beslutning' };
const EVENT_SELECT = '$select=attendees,organizer,iCalUId,isCancelled';

const eventUrl = (ref: ForumRef, meeting: Pick<Meeting, 'eventId' | 'eventOwner'>, eventId: string): string =>
  `${meeting.eventOwner ? `/users/${meeting.eventOwner}` : `/groups/${ref.groupId}`}/events/${encodeURIComponent(eventId)}?${EVENT_SELECT}`;

async function collection(graph: Graph, results: readonly BatchResult[], id: string): Promise<GraphListItem[]> {
  const page = valueOf<GraphPage<GraphListItem>>(results, id);
  const next = page['@odata.nextLink'];
  return next ? [...page.value, ...(await graph.all<GraphListItem>(next))] : [...(page.value ?? [])];
}

function toDraftItem(item: GraphListItem): DraftAgendaItem {
  const f = Fields.of(item);
  const optional = (name: string) => f.optionalText(name);
  const presenter = optional('Presenter');
  const standingKey = optional('StandingKey');
  const consultationRef = optional('ConsultationRef');
  return {
    id: itemId(item),
    number: f.number('Number') ?? Number.MAX_SAFE_INTEGER,
    title: f.text('Title'),
    recommendations: f.lines('Recommendations'),
    standing: f.bool('Standing'),
    referat: f.text('Referat'),
    beslutning: f.text('Beslutning'),
    ...(presenter ? { presenter } : {}),
    ...(standingKey ? { standingKey } : {}),
    ...(consultationRef ? { consultationRef } : {}),
  };
}

/** A row's items not taken part in, as saved; entries that are not one are dropped (the list is member-writable). */
function itemAbsences(value: unknown): ItemAbsence[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, 300).flatMap((v): ItemAbsence[] => {
    if (!isRecord(v)) return [];
    const agendaItemId = stringOr(v.agendaItemId).trim();
    const reason = ITEM_ABSENCE_REASONS.find((r) => r === v.reason);
    if (!agendaItemId || !reason) return [];
    const note = reason === 'inhabil' ? stringOr(v.note).trim().slice(0, ITEM_ABSENCE_NOTE_MAX) : '';
    return [{ agendaItemId: agendaItemId.slice(0, 200), reason, ...(note ? { note } : {}) }];
  });
}

/** Meetings.MinutesAttendance → rows; rows without an address or with an unknown presence are dropped. */
export function parseMinutesAttendance(text: string): MinutesAttendee[] {
  const rows: MinutesAttendee[] = [];
  for (const v of jsonArray(text)) {
    if (!isRecord(v)) continue;
    const email = stringOr(v.email).trim().toLowerCase();
    const presence = stringOr(v.presence) as MinutesPresence;
    if (!email || !MINUTES_PRESENCES.includes(presence)) continue;
    const jobTitle = stringOr(v.jobTitle);
    const substituteFor = stringOr(v.substituteFor).trim().toLowerCase();
    const organisationKind = ORGANISATION_ORDER.find((k) => k === v.organisationKind);
    const notIn = itemAbsences(v.notIn);
    rows.push({
      email,
      name: stringOr(v.name, email),
      organisation: stringOr(v.organisation),
      ...(jobTitle ? { jobTitle } : {}),
      presence,
      ...(substituteFor ? { substituteFor } : {}),
      ...(v.chair === true ? { chair: true } : {}),
      ...(organisationKind ? { organisationKind } : {}),
      ...(notIn.length > 0 ? { notIn } : {}),
    });
  }
  return rows;
}

function changedBy(item: GraphListItem): ChangedBy {
  const user = item.lastModifiedBy?.user;
  return {
    ...(user?.displayName ? { name: user.displayName } : {}),
    ...(user?.email ? { email: user.email.toLowerCase() } : {}),
    ...(item.lastModifiedDateTime ? { at: item.lastModifiedDateTime } : {}),
  };
}

export function createMinutesDraftStore(graph: Graph): MinutesDraftApi {
  const readItem = (ref: ForumRef, list: 'AgendaItems' | 'Meetings', id: string) =>
    graph.get<GraphListItem>(`${listItemUrl(ref.siteId, list, id)}?expand=fields`);

  return {
    async load(forum: MinutesForum, ref: MinutesMeetingRef): Promise<MinutesDraft> {
      const known: Pick<Meeting, 'id' | 'eventId' | 'eventOwner'> = typeof ref === 'string' ? { id: ref } : ref;
      const requests: GraphRequest[] = [
        { id: 'meeting', method: 'GET', url: `${listItemUrl(forum.siteId, 'Meetings', known.id)}?expand=fields` },
        {
          id: 'agenda',
          method: 'GET',
          url: listItemsUrl(forum.siteId, 'AgendaItems', { filter: `fields/MeetingId eq ${odataString(known.id)}` }),
        },
        { id: 'substitutes', method: 'GET', url: substituteRecordsUrl(forum.siteId, known.id) },
        // The submissions behind the items: their files are the agenda's Bilag, which the minutes name as it did.
        {
          id: 'submissions',
          method: 'GET',
          url: listItemsUrl(forum.siteId, 'Submissions', { filter: `fields/MeetingId eq ${odataString(known.id)}` }),
        },
        ...(forum.members ? [] : [{ id: 'members', method: 'GET' as const, url: listItemsUrl(forum.siteId, 'Members') }]),
        ...(forum.owners ? [] : [{ id: 'owners', method: 'GET' as const, url: ownersUrl(forum.groupId) }]),
        ...(known.eventId ? [{ id: 'event', method: 'GET' as const, url: eventUrl(forum, known, known.eventId) }] : []),
      ];
      const responses = await batchResults(graph, requests);
      const meetingItem = valueOf<GraphListItem>(responses, 'meeting');
      const item = toMeeting(forum.groupId, meetingItem);
      if (!item) throw new GraphError(404, 'itemNotFound', `Meeting ${known.id} has no start`);
      const [agendaItems, memberItems, substituteItems, submissionItems] = await Promise.all([
        collection(graph, responses, 'agenda'),
        forum.members ? Promise.resolve(undefined) : collection(graph, responses, 'members'),
        collection(graph, responses, 'substitutes'),
        collection(graph, responses, 'submissions'),
      ]);
      const owners = forum.owners ?? ownersFrom(resultOf(responses, 'owners'));
      // Read here, the rows count as on the forum's home: the secretariat's only (forum-trust.ts).
      const members = forum.members ?? forumMembers((memberItems ?? []).map(toForumMember), owners, forum.trustedAppIds).members;
      // The substitutes the prefilled attendance shows: the records that count, over the secretariat's map.
      const meeting = withSubstitutes(item, substituteItems, owners);
      // The saved attendance and the place are the meeting item's fields: written last by someone other than the
      // secretariat, neither counts (a forged attendance would pass or fail the quorum; a forged place would be circulated).
      const outsider = meetingOutsider(item, { owners, trustedAppIds: forum.trustedAppIds });
      const { location: _place, ...placeless } = meeting;
      const meetingOfMinutes = outsider === undefined ? meeting : placeless;

      let invitation: MeetingInvitation | undefined;
      const eventResponse = resultOf(responses, 'event');
      if (eventResponse && meeting.eventId === known.eventId && meeting.eventOwner === known.eventOwner) {
        // A meeting whose event is gone has no answers to prefill from.
        if (eventResponse.ok) invitation = toInvitation(eventResponse.value as GraphEvent);
        else if (!isNotFound(eventResponse.error)) throw eventResponse.error;
      } else if (meeting.eventId) {
        // Not known beforehand (or moved): the event in a second round; a meeting whose event is gone has no answers.
        try {
          invitation = toInvitation(await graph.get<GraphEvent>(eventUrl(forum, meeting, meeting.eventId)));
        } catch (error) {
          if (!isNotFound(error)) throw error;
        }
      }

      const saved = outsider === undefined ? parseMinutesAttendance(Fields.of(meetingItem).text('MinutesAttendance')) : [];
      // A rule someone other than the secretariat wrote counts for nothing (forum-trust.ts), like the approval rule.
      const quorum = forum.settingsUnverified ? undefined : quorumSetting(forum.settings);
      const forumOfMinutes = {
        name: forum.name,
        shortName: forum.shortName,
        members,
        ...(forum.kind ? { kind: forum.kind } : {}),
        ...(quorum ? { quorum } : {}),
      };
      // The agenda's own model of the items (slots, Beskrivelse, "Bilag N –" names), so the minutes repeat it exactly.
      const agendaModel = toAgenda(agendaItems);
      const agendaDoc = buildAgendaDocument({
        forum: forumOfMinutes,
        meeting: meetingOfMinutes,
        items: agendaModel,
        submissions: toSubmissions(forum.groupId, submissionItems, forum.shortName),
      });
      const content = draftMinutes({
        forum: forumOfMinutes,
        meeting: meetingOfMinutes,
        agenda: { doc: agendaDoc, itemIds: orderedAgendaItems(agendaModel).map((i) => i.id) },
        items: agendaItems.map(toDraftItem),
        attendees: invitation?.attendees ?? [],
        ...(invitation?.organizer ? { organizer: invitation.organizer } : {}),
        savedAttendance: saved,
      });
      const itemEtags = Object.fromEntries(agendaItems.map((i) => [itemId(i), etagOf(i)]));
      return {
        content,
        meeting,
        itemEtags,
        attendanceSaved: saved.length > 0,
        ...(outsider !== undefined ? { meetingChangedBy: outsider } : {}),
        ...(owners ? { owners } : {}),
      };
    },

    async saveItemField(forum, agendaItemId, field, text, etag) {
      if (text.length > MINUTES_TEXT_MAX) throw new MinutesTextTooLongError(text.length);
      try {
        const saved = await updateItemFields(graph, forum, 'AgendaItems', agendaItemId, etag, { [COLUMN[field]]: text });
        // Without an eTag in the answer the next save would be refused: read it.
        return { text, etag: saved.etag ?? etagOf(await readItem(forum, 'AgendaItems', agendaItemId)) };
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const fresh = await readItem(forum, 'AgendaItems', agendaItemId);
        const f = Fields.of(fresh);
        throw new MinutesItemConflictError(
          agendaItemId,
          { referat: f.text('Referat'), beslutning: f.text('Beslutning') },
          etagOf(fresh),
          changedBy(fresh),
          error,
        );
      }
    },

    async saveAttendance(forum, meetingId, attendance, etag) {
      const json = JSON.stringify(attendance);
      if (json.length > MINUTES_TEXT_MAX) throw new MinutesTextTooLongError(json.length);
      try {
        const saved = await updateItemFields(graph, forum, 'Meetings', meetingId, etag, { MinutesAttendance: json });
        return { attendance, etag: saved.etag ?? etagOf(await readItem(forum, 'Meetings', meetingId)) };
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const fresh = await readItem(forum, 'Meetings', meetingId);
        // The list that met this save counts only as the secretariat's — the same check as the draft's — so one someone
        // else wrote is not merged in (the save then goes again over it, with the rows as they are here).
        const counts = meetingOutsider({ stamp: writeStampOf(fresh) }, forum) === undefined;
        throw new AttendanceConflictError(
          meetingId,
          counts ? parseMinutesAttendance(Fields.of(fresh).text('MinutesAttendance')) : [],
          etagOf(fresh),
          changedBy(fresh),
          error,
        );
      }
    },
  };
}
