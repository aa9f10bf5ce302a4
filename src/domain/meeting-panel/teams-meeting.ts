import type { MinutesAttendee } from '../minutes/minutes-content';

/**
 * A Teams meeting and the forum meeting it belongs to. The meeting's chat is a thread ("19:meeting_…@thread.v2")
 * that Teams names in the tab's context and writes, URL-encoded, into the meeting's join link
 * (https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…): the link the forum's calendar
 * event and Meetings item hold is how the panel knows which forum meeting it is in.
 */

/** The chat thread of a Teams join link; undefined for anything else. */
export function threadOfJoinUrl(joinUrl: string | undefined): string | undefined {
  if (!joinUrl) return undefined;
  let url: URL;
  try {
    url = new URL(joinUrl);
  } catch {
    return undefined;
  }
  const m = /^\/l\/meetup-join\/([^/]+)/.exec(url.pathname);
  if (!m?.[1]) return undefined;
  try {
    const thread = decodeURIComponent(m[1]);
    return thread.startsWith('19:') ? thread : undefined;
  } catch {
    return undefined;
  }
}

/** The meeting whose join link opens the chat `chatId` (thread ids compare as Teams writes them, case aside). */
export function meetingOfChat<T extends { readonly joinUrl?: string }>(meetings: readonly T[], chatId: string | undefined): T | undefined {
  const wanted = chatId?.trim().toLowerCase();
  if (!wanted) return undefined;
  return meetings.find((m) => threadOfJoinUrl(m.joinUrl)?.toLowerCase() === wanted);
}

/** Someone Teams recorded in the meeting. */
export interface JoinedPerson {
  /** Lower-case address. */
  readonly email: string;
  readonly name: string;
}

export interface JoinedAttendance {
  readonly rows: readonly MinutesAttendee[];
  /** Addresses whose row changed or was added. */
  readonly marked: readonly string[];
}

/**
 * The attendance with who joined in Teams marked: a member listed absent, with apologies or not yet marked becomes
 * Online; someone in the room, a substitute or a guest keeps what the secretariat said (they joined from the room or
 * were already counted). Someone not on the list is added as a guest. Run again, it changes nothing.
 */
export function markJoined(rows: readonly MinutesAttendee[], joined: readonly JoinedPerson[]): JoinedAttendance {
  const came = new Map(joined.filter((p) => p.email.trim() !== '').map((p) => [p.email.trim().toLowerCase(), p]));
  const marked: string[] = [];
  const updated = rows.map((row) => {
    if (!came.has(row.email) || (row.presence !== 'absent' && row.presence !== 'apology')) return row;
    marked.push(row.email);
    return { ...row, presence: 'online' as const };
  });
  const listed = new Set(rows.map((r) => r.email));
  const added = [...came.values()]
    .filter((p) => !listed.has(p.email.trim().toLowerCase()))
    .map((p): MinutesAttendee => {
      const email = p.email.trim().toLowerCase();
      marked.push(email);
      return { email, name: p.name.trim() || email, organisation: '', presence: 'guest' };
    });
  return { rows: [...updated, ...added], marked };
}
