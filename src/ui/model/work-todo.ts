import { forumApprovalStatus } from '../../domain/approval';
import { chairAddresses, missingSignOffs } from '../../domain/consultation/sign-off';
import type { Consultation } from '../../domain/consultation/consultation-types';
import type { ApprovalItemComment, ForumMember, Meeting, MinutesVersion, Submission } from '../../domain/types';
import type { ForumHome } from '../../store/home-data';
import { approvalProgress, latestAwaiting, type ApprovalProgress } from './approvals';
import { nextMeeting, planningMeetingFor } from './meetings';

/**
 * The work waiting in "Det skal gøres", each entry saying where it is done: the secretariat's minutes (a chair asked
 * for changes, the minutes may go out, chairs still to answer), consultations to close and the chairs' own list.
 * Pure: the views load what is not in the home (consultations, stuck steps) and pass it in.
 */

/** A chair's comments reach the screen as text only, and never more than this much of it. */
export const COMMENT_MAX = 500;

export function capComment(text: string, max = COMMENT_MAX): string {
  const flat = text.trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** A co-chair's "Anmod om ændringer" to one version: their general comment and their comments on single items. */
export interface ChangeRequest {
  readonly chair: ForumMember;
  readonly at: string;
  /** The general comment (capped), '' when they only commented on items. */
  readonly comment: string;
  readonly itemComments: readonly ApprovalItemComment[];
}

export type MinutesTodoKind = 'changes-requested' | 'ready-to-circulate' | 'awaiting';

export interface MinutesTodo {
  readonly kind: MinutesTodoKind;
  readonly version: MinutesVersion;
  /** The meeting the minutes are of (absent when it is outside the home's meetings). */
  readonly meeting?: Meeting;
  readonly approvals: number;
  readonly required: number;
  /** Co-chairs who have not answered this content. */
  readonly missing: readonly ForumMember[];
  /** Only for 'changes-requested': each chair's request, as counted by the approval rule. */
  readonly changeRequests: readonly ChangeRequest[];
}

/**
 * The secretariat's minutes waiting for something, one entry per version: a change request wins (a new version is
 * needed), then "ready to circulate", else the approvals still missing. Only what the approval rule counts is used —
 * versions the secretariat made, records their authors wrote and nobody changed, by the forum's co-chairs, to this
 * content — and a circulated version is done, whatever its row says.
 */
export function minutesTodos(home: ForumHome): MinutesTodo[] {
  return latestAwaiting(home).map((version): MinutesTodo => {
    const status = forumApprovalStatus(home.forum, version, home.approvals);
    const meeting = home.meetings.find((m) => m.id === version.meetingId);
    const changeRequests = status.chairs.flatMap((s): ChangeRequest[] =>
      s.answer === 'changes-requested' && s.record
        ? [
            {
              chair: s.chair,
              at: s.record.createdAt,
              comment: capComment(s.record.comment ?? ''),
              itemComments: (s.record.itemComments ?? [])
                .filter((c) => c.comment.trim() !== '')
                .map((c) => ({ agendaItemId: c.agendaItemId, comment: capComment(c.comment) })),
            },
          ]
        : [],
    );
    const kind: MinutesTodoKind = status.changesRequested ? 'changes-requested' : status.approved ? 'ready-to-circulate' : 'awaiting';
    return {
      kind,
      version,
      ...(meeting ? { meeting } : {}),
      approvals: status.approvals,
      required: status.required,
      missing: status.chairs.filter((s) => s.answer === 'pending').map((s) => s.chair),
      changeRequests,
    };
  });
}

/** The change requests to a meeting's minutes now waiting for a new version, and that version (the editor shows them at the items). */
export function changeRequestsFor(
  home: ForumHome,
  meetingId: string,
): { readonly version: MinutesVersion; readonly requests: readonly ChangeRequest[] } | undefined {
  const todo = minutesTodos(home).find((m) => m.kind === 'changes-requested' && m.version.meetingId === meetingId);
  return todo ? { version: todo.version, requests: todo.changeRequests } : undefined;
}

/** A consultation as its section loaded it: with how many recipients have answered. */
export interface ConsultationRow {
  readonly consultation: Consultation;
  readonly answered: number;
}

export interface ConsultationToClose {
  readonly consultation: Consultation;
  readonly why: 'deadline-passed' | 'all-answered';
  readonly answered: number;
}

/** Open consultations the secretariat can close now: the deadline has passed, or every recipient has answered. */
export function consultationsToClose(rows: readonly ConsultationRow[], now: Date): ConsultationToClose[] {
  return rows.flatMap(({ consultation: c, answered }): ConsultationToClose[] => {
    if (c.status !== 'open') return [];
    if (Date.parse(c.deadline) <= now.getTime()) return [{ consultation: c, why: 'deadline-passed', answered }];
    return c.recipients.length > 0 && answered >= c.recipients.length ? [{ consultation: c, why: 'all-answered', answered }] : [];
  });
}

export interface ChairTodo {
  /** Minutes versions waiting for my answer (not those I answered, approved or asked changes to). */
  readonly minutes: readonly ApprovalProgress[];
  /** Consultations waiting for my sign-off before they go out. */
  readonly signOffs: readonly Consultation[];
  /** Items not yet triaged, and the planning meeting they come up at (when one is ahead). */
  readonly newSubmissions: readonly Submission[];
  readonly planningMeeting?: Meeting;
}

/** A co-chair's "Det skal gøres": my approvals, my sign-offs, and the new items before the coming planning meeting. */
export function chairTodo(home: ForumHome, email: string, now: Date, consultations: readonly Consultation[]): ChairTodo {
  const me = email.trim().toLowerCase();
  const isChair = chairAddresses(home.forum.members).includes(me);
  const latest = latestAwaiting(home);
  const minutes = isChair
    ? approvalProgress(home).filter(
        (p) =>
          latest.includes(p.version) &&
          forumApprovalStatus(home.forum, p.version, home.approvals).chairs.some(
            (s) => s.chair.email.toLowerCase() === me && s.answer === 'pending',
          ),
      )
    : [];
  const signOffs = isChair
    ? consultations.filter((c) => c.status === 'awaiting-sign-off' && missingSignOffs(c, home.forum.members).includes(me))
    : [];
  const next = nextMeeting(home.meetings, now);
  const planning = next ? planningMeetingFor(home.meetings, next) : undefined;
  return {
    minutes,
    signOffs,
    newSubmissions: home.submissions.filter((s) => s.status === 'new'),
    ...(planning && planning.end > now.toISOString() ? { planningMeeting: planning } : {}),
  };
}
