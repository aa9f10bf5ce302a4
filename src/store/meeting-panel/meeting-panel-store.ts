import type { OnlineMeeting } from '@microsoft/microsoft-graph-types';
import type { JoinedPerson } from '../../domain/meeting-panel/teams-meeting';
import { isForbidden } from '../../graph/errors';
import type { Graph } from '../../graph/graph-types';
import { ConflictError } from '../failures';
import { etagOf, Fields, itemId, listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../list-item';
import { updateItemFields } from '../update-item';
import type { MeetingPanelApi, RunningMarks, TeamsAttendance } from './meeting-panel-types';

/** Graph's attendanceRecord, the parts read here. */
interface AttendanceRecord {
  readonly emailAddress?: string | null;
  readonly identity?: { readonly displayName?: string | null } | null;
}

/** Re-reads of an agenda item when someone saved it between our read and our mark. */
const MARK_ATTEMPTS = 3;
/** Sessions read (a forum meeting has one, or a few when people leave and rejoin after everyone left). */
const MAX_SESSIONS = 10;

const iso = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function createMeetingPanelStore(graph: Graph): MeetingPanelApi {
  return {
    async marks(forum, meetingId): Promise<RunningMarks> {
      const items = await graph.all<GraphListItem>(
        listItemsUrl(forum.siteId, 'AgendaItems', { filter: `fields/MeetingId eq ${odataString(meetingId)}` }),
      );
      const marks: Record<string, string> = {};
      for (const item of items) {
        const at = Fields.of(item).date('StartedAt');
        if (at) marks[itemId(item)] = at;
      }
      return marks;
    },

    async markRunning(forum, agendaItemId, at) {
      // The mark is one column of its own: a Referat saved meanwhile changes the eTag, not the mark, so a 412 is read
      // again and the same value written on the fresh eTag (the minutes editor's own save merges the same way).
      const value = iso(at);
      for (let attempt = 1; ; attempt++) {
        const item = await graph.get<GraphListItem>(`${listItemUrl(forum.siteId, 'AgendaItems', agendaItemId)}?expand=fields`);
        if (Fields.of(item).date('StartedAt') === value) return value;
        try {
          await updateItemFields(graph, forum, 'AgendaItems', agendaItemId, etagOf(item), { StartedAt: value });
          return value;
        } catch (error) {
          if (!(error instanceof ConflictError) || attempt >= MARK_ATTEMPTS) throw error;
        }
      }
    },

    async teamsAttendance(joinUrl): Promise<TeamsAttendance> {
      const filter = `JoinWebUrl eq ${odataString(joinUrl)}`;
      const found = await graph.get<{ value: Pick<OnlineMeeting, 'id' | 'joinWebUrl'>[] }>(
        `/me/onlineMeetings?$filter=${encodeURIComponent(filter)}`,
      );
      const meetingId = found.value.find((m) => m.joinWebUrl === joinUrl)?.id;
      if (!meetingId) return { kind: 'no-meeting' };
      const base = `/me/onlineMeetings/${encodeURIComponent(meetingId)}/attendanceReports`;
      let reports: { id?: string }[];
      try {
        reports = await graph.all<{ id?: string }>(base, { maxItems: MAX_SESSIONS });
      } catch (error) {
        if (isForbidden(error)) return { kind: 'not-organiser' };
        throw error;
      }
      const records = await Promise.all(
        reports.filter((r) => r.id).map((r) => graph.all<AttendanceRecord>(`${base}/${encodeURIComponent(r.id ?? '')}/attendanceRecords`)),
      );
      const people = new Map<string, JoinedPerson>();
      for (const record of records.flat()) {
        const email = (record.emailAddress ?? '').trim().toLowerCase();
        if (!email || people.has(email)) continue;
        people.set(email, { email, name: (record.identity?.displayName ?? '').trim() || email });
      }
      return { kind: 'joined', sessions: reports.length, people: [...people.values()] };
    },
  };
}
