import type { ForumRef, Meeting } from '../domain/types';
import { batchResults } from '../graph/batch-results';
import type { Graph, GraphRequest } from '../graph/graph-types';
import { deadlineEntries, eventsPath, meetingEventPath } from './calendar-event';

/**
 * The calendar's own identities (`iCalUId`) of a forum's booked meetings and deadline entries, so an exported .ics
 * names each event as the invitation members already have: importing it updates their copy instead of adding a
 * second one. Keys: the meeting id, and "<meeting id>:<deadline kind>" for a deadline entry.
 */
export type CalendarUids = ReadonlyMap<string, string>;

export const deadlineUidKey = (meetingId: string, kind: string): string => `${meetingId}:${kind}`;

/**
 * Reads the events' `iCalUId` in `$batch`es (one round trip per 20 events). An event that cannot be read — gone,
 * or in a calendar this person may not open — is left out: the export then falls back to its own UID for it.
 */
export async function readCalendarUids(graph: Graph, ref: ForumRef, meetings: readonly Meeting[]): Promise<CalendarUids> {
  const keyed: { key: string; url: string }[] = [];
  for (const m of meetings) {
    const path = meetingEventPath(ref, m);
    if (path) keyed.push({ key: m.id, url: path });
    const { owner, ids } = deadlineEntries(m);
    for (const [kind, id] of ids)
      keyed.push({ key: deadlineUidKey(m.id, kind), url: `${eventsPath(ref, owner)}/${encodeURIComponent(id)}` });
  }
  if (keyed.length === 0) return new Map();
  const requests: GraphRequest[] = keyed.map((k, i) => ({ id: String(i), method: 'GET', url: `${k.url}?$select=iCalUId` }));
  const results = await batchResults(graph, requests);
  const uids = new Map<string, string>();
  results.forEach((r, i) => {
    const uid = r.ok ? iCalUIdOf(r.value) : undefined;
    const k = keyed[i];
    if (uid && k) uids.set(k.key, uid);
  });
  return uids;
}

function iCalUIdOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('iCalUId' in body)) return undefined;
  const uid = body.iCalUId;
  // An iCalendar UID is one content line: anything with a line break is not one we write into a file.
  return typeof uid === 'string' && uid !== '' && !/[\r\n]/.test(uid) ? uid : undefined;
}
