import type { Meeting, Role } from '../../domain/types';
import type { MinutesOverview } from '../../store/minutes/minutes-versions-api';

/** The one action the meeting dialog offers as primary; any other action it offers is secondary. */
export type MeetingPrimary = 'join' | 'send-agenda' | 'write-minutes' | 'open-minutes' | 'circulate';

/**
 * Where the meeting's minutes stand, as the dialog's Referat section read them: none or a draft (still to write),
 * with the co-chairs, approved by them (ready to go out), circulated. Undefined while unknown.
 */
export type MinutesPhase = 'none' | 'draft' | 'awaiting' | 'ready' | 'circulated';

export interface MeetingActionInput {
  readonly meeting: Pick<Meeting, 'kind' | 'status' | 'start' | 'end' | 'joinUrl' | 'agendaSentAt'>;
  readonly role: Role | undefined;
  readonly now: Date;
  /** The entry ships the minutes editor and the person may open it ("Skriv referat" is wired). */
  readonly canWriteMinutes: boolean;
  /** The entry has the agenda actions ("Dan/Send dagsorden"). */
  readonly canSendAgenda: boolean;
  readonly minutes?: MinutesPhase;
}

/** How long before its start a Teams meeting's "Deltag" becomes what the dialog is for (Teams' own lobby opens ~15 min ahead). */
export const JOIN_WINDOW_MS = 30 * 60 * 1000;

/**
 * The meeting dialog's primary action for this meeting's state and the person's role — none when there is nothing to
 * do (a cancelled or finished meeting, or a member's meeting far ahead): the dialog then offers only Luk.
 *  - about to start or under way, with a Teams link → "Deltag i Teams-møde" (for everyone);
 *  - the secretariat, upcoming, agenda not sent → "Send dagsorden";
 *  - the secretariat, held: minutes none or a draft → "Skriv referat"; with the co-chairs → to Referat; approved by
 *    them → "Udsend referat"; circulated → none.
 */
export function meetingPrimaryAction({
  meeting,
  role,
  now,
  canWriteMinutes,
  canSendAgenda,
  minutes,
}: MeetingActionInput): MeetingPrimary | undefined {
  if (meeting.status === 'cancelled') return undefined;
  const t = now.getTime();
  const start = Date.parse(meeting.start);
  const end = Date.parse(meeting.end);
  if (meeting.joinUrl !== undefined && t >= start - JOIN_WINDOW_MS && t <= end) return 'join';
  if (meeting.kind === 'planning' || role !== 'secretariat') return undefined;
  // Over (or marked held): what is left is the minutes, until they went out.
  if (end < t || meeting.status === 'held' || meeting.status === 'minutes-approved') {
    if (meeting.status === 'minutes-approved' || minutes === 'circulated') return undefined;
    if (minutes === 'ready') return 'circulate';
    if (minutes === 'awaiting') return 'open-minutes';
    return canWriteMinutes ? 'write-minutes' : undefined;
  }
  if (canSendAgenda && meeting.agendaSentAt === undefined && meeting.status !== 'agenda-sent') return 'send-agenda';
  return undefined;
}

/** "Deltag i Teams-møde" as a secondary action: a Teams meeting not over and not cancelled. */
export function canJoin(meeting: Pick<Meeting, 'status' | 'end' | 'joinUrl'>, now: Date): boolean {
  return meeting.joinUrl !== undefined && meeting.status !== 'cancelled' && Date.parse(meeting.end) >= now.getTime();
}

/** Whether the overview's current version is the one that went out (closed by circulation, or recorded as sent). */
export function isCirculated(overview: Pick<MinutesOverview, 'current' | 'closure' | 'circulatedAt' | 'circulatedHash'>): boolean {
  const current = overview.current;
  return (
    current !== undefined &&
    (overview.closure?.circulated?.id === current.id ||
      (overview.circulatedAt !== undefined && overview.circulatedHash === current.contentHash))
  );
}

/** Where the minutes stand, from the secretariat's overview: what the dialog's primary action is read from. */
export function minutesPhase(overview: MinutesOverview): MinutesPhase {
  if (!overview.current) return 'none';
  if (isCirculated(overview)) return overview.closure?.reopened ? 'draft' : 'circulated';
  if (overview.blocker === undefined) return 'ready';
  return overview.current.status === 'awaiting-approval' ? 'awaiting' : 'draft';
}
