import { approvalStatus, type ApprovalStatus } from '../approval';
import type { Approval, CirculatedTrail, ForumMember, MinutesReopening, MinutesVersion, TrailAnswer } from '../types';

/**
 * Circulation closes a version (issue 15, point 5). What the rule counted when the minutes went out is frozen on the
 * version row, which only the secretariat writes: a chair's answer recorded afterwards (their old link, a late
 * change of mind) is shown as late, never in place of the answer that counted, and never changes "Referat godkendt".
 * A new version of circulated minutes needs the secretariat to reopen them, with a reason.
 */

/** The trail as the rule counted it at circulation: the chairs then, the number required, each chair's counted answer. */
export function trailAtCirculation(status: ApprovalStatus, at: string): CirculatedTrail {
  return {
    at,
    required: status.required,
    chairs: status.chairs.map((s) => ({
      email: s.chair.email.trim().toLowerCase(),
      name: s.chair.name,
      organisation: s.chair.organisation,
    })),
    answers: status.chairs.flatMap((s): TrailAnswer[] => {
      const r = s.record;
      if (!r) return [];
      return [
        {
          id: r.id,
          email: s.chair.email.trim().toLowerCase(),
          name: r.createdBy.name || s.chair.name,
          decision: r.decision,
          hash: r.contentHash,
          at: r.createdAt,
          ...(r.channel ? { channel: r.channel } : {}),
          ...(r.comment ? { comment: r.comment } : {}),
        },
      ];
    }),
  };
}

/**
 * A version circulated before the trail was recorded: its trail is what the answers said at the moment it went out
 * (records made after FinalAt do not count). Undefined when the version was never circulated.
 */
export function legacyTrail(
  version: Pick<MinutesVersion, 'contentHash' | 'finalAt'>,
  records: readonly Approval[],
  chairs: readonly ForumMember[],
  required: number | undefined,
  circulatedAt?: string,
): CirculatedTrail | undefined {
  const at = version.finalAt ?? circulatedAt;
  if (!at) return undefined;
  const before = records.filter((a) => a.createdAt <= at);
  return trailAtCirculation(approvalStatus(version, before, chairs, required), at);
}

/**
 * The trail of a circulated version: the one frozen on its row when the secretariat wrote the row last; otherwise (a
 * row someone else changed, or one circulated before the trail was kept) what the chairs' own records said when it
 * went out — by the meeting's time of circulation when the row is not the secretariat's, as its FinalAt is not believed.
 */
export function trailOfCirculated(input: {
  readonly version: Pick<MinutesVersion, 'contentHash' | 'finalAt' | 'circulatedTrail'>;
  readonly versionIsSecretariats: boolean;
  readonly records: readonly Approval[];
  readonly chairs: readonly ForumMember[];
  readonly required: number | undefined;
  readonly meetingCirculatedAt?: string;
}): CirculatedTrail | undefined {
  const { version, versionIsSecretariats, records, chairs, required, meetingCirculatedAt } = input;
  if (versionIsSecretariats && version.circulatedTrail) return version.circulatedTrail;
  const at = versionIsSecretariats ? (version.finalAt ?? meetingCirculatedAt) : (meetingCirculatedAt ?? version.finalAt);
  return legacyTrail({ contentHash: version.contentHash, ...(at ? { finalAt: at } : {}) }, records, chairs, required);
}

/** The approval state as it was counted at circulation (for "Referat godkendt · n af m" and the chairs' list). */
export function frozenStatus(trail: CirculatedTrail, versionId: string): ApprovalStatus {
  const chairs = trail.chairs.map((c) => {
    const chair: ForumMember = {
      id: '',
      name: c.name,
      email: c.email,
      organisation: c.organisation,
      organisationKind: 'other',
      jobTitle: '',
      role: 'chair',
      external: false,
    };
    const entry = trail.answers.find((a) => a.email === c.email);
    if (!entry) return { chair, answer: 'pending' as const };
    const record: Approval = {
      id: entry.id,
      minutesVersionId: versionId,
      contentHash: entry.hash,
      decision: entry.decision,
      ...(entry.comment ? { comment: entry.comment } : {}),
      ...(entry.channel ? { channel: entry.channel } : {}),
      createdBy: { id: '', name: entry.name, email: entry.email },
      modifiedById: '',
      createdAt: entry.at,
    };
    return { chair, answer: entry.decision, record };
  });
  const approvals = chairs.filter((s) => s.answer === 'approved').length;
  const changesRequested = chairs.some((s) => s.answer === 'changes-requested');
  return {
    chairs,
    approvals,
    required: trail.required,
    changesRequested,
    approved: chairs.length > 0 && approvals >= trail.required && !changesRequested,
  };
}

const authentic = (a: Approval): boolean => a.createdBy.id !== '' && a.modifiedById === a.createdBy.id;

/**
 * Made after the counted answer: by the server's time, and within one second by the list item's id (SharePoint
 * numbers a list's items in the order they are made). No clock is compared with the trail's own time: the counted
 * answer was each chair's latest then, so any other answer newer than it came later.
 */
function madeAfter(a: Approval, counted: TrailAnswer): boolean {
  if (a.createdAt !== counted.at) return a.createdAt > counted.at;
  const [mine, theirs] = [Number(a.id), Number(counted.id)];
  return Number.isInteger(mine) && Number.isInteger(theirs) && mine > theirs;
}

/**
 * Answers to the circulated content recorded after it went out: a chair's own record (authentic, of a chair listed
 * then) that is not the one counted and newer than it (a chair who had not answered: any). Oldest first.
 */
export function lateAnswers(trail: CirculatedTrail, records: readonly Approval[]): Approval[] {
  const counted = new Set(trail.answers.map((a) => a.id));
  const chairs = new Set(trail.chairs.map((c) => c.email));
  const hash = trail.answers[0]?.hash;
  return records
    .filter((a) => !counted.has(a.id) && authentic(a) && chairs.has(a.createdBy.email?.trim().toLowerCase() ?? ''))
    .filter((a) => hash === undefined || a.contentHash === hash)
    .filter((a) => {
      const mine = trail.answers.find((t) => t.email === a.createdBy.email?.trim().toLowerCase());
      return mine === undefined || madeAfter(a, mine);
    })
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** Whether a meeting's minutes are closed: the latest version was circulated and nobody with the right reopened it. */
export interface MinutesClosure {
  /** The latest of the secretariat's versions when it has been circulated. */
  readonly circulated?: Pick<MinutesVersion, 'id' | 'version' | 'contentHash' | 'finalAt' | 'finalPdfUrl'>;
  /** When it went out (the version's FinalAt, else the meeting's MinutesCirculatedAt). */
  readonly circulatedAt?: string;
  /** The secretariat's reopening of that version, when there is one that counts. */
  readonly reopened?: MinutesReopening;
  /** Circulated and not reopened: no new version, no answers, the editor reads only. */
  readonly closed: boolean;
}

export interface ClosureInput {
  /** The latest version the secretariat made (versions anybody else made never count). */
  readonly latest: Pick<MinutesVersion, 'id' | 'version' | 'contentHash' | 'status' | 'finalAt' | 'finalPdfUrl'> | undefined;
  readonly meeting: {
    readonly circulatedAt?: string;
    readonly circulatedHash?: string;
    readonly reopenings: readonly MinutesReopening[];
    /** The meeting item was last written by the secretariat (or its app): only then does a reopening on it count. */
    readonly writtenBySecretariat: boolean;
  };
}

/**
 * Closed on any sign of circulation (the version's Status/FinalAt, or the meeting's MinutesHash naming its content):
 * a member who changes one of them on a site without the planned permissions cannot open the minutes again. Reopened
 * only by a record on a meeting item the secretariat wrote last, naming exactly this version and content.
 */
export function minutesClosure({ latest, meeting }: ClosureInput): MinutesClosure {
  if (!latest) return { closed: false };
  const byVersion = latest.status === 'approved' && latest.finalAt !== undefined;
  const byMeeting = meeting.circulatedHash !== undefined && meeting.circulatedHash === latest.contentHash;
  if (!byVersion && !byMeeting) return { closed: false };
  const circulatedAt = latest.finalAt ?? meeting.circulatedAt;
  const reopened = meeting.writtenBySecretariat
    ? [...meeting.reopenings].reverse().find((r) => r.version === latest.version && r.hash === latest.contentHash)
    : undefined;
  const circulated = {
    id: latest.id,
    version: latest.version,
    contentHash: latest.contentHash,
    ...(latest.finalAt ? { finalAt: latest.finalAt } : {}),
    ...(latest.finalPdfUrl ? { finalPdfUrl: latest.finalPdfUrl } : {}),
  };
  return { circulated, ...(circulatedAt ? { circulatedAt } : {}), ...(reopened ? { reopened } : {}), closed: reopened === undefined };
}

/** The longest reason kept. */
export const REOPEN_REASON_MAX = 2000;

/** A reason worth recording: trimmed, capped; undefined when there is none (reopening needs one). */
export function reopenReason(text: string): string | undefined {
  const reason = text.trim().slice(0, REOPEN_REASON_MAX);
  return reason === '' ? undefined : reason;
}
