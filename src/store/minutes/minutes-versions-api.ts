import type { ApprovalStatus } from '../../domain/approval';
import type { MinutesClosure } from '../../domain/minutes/circulated-trail';
import type { CirculationBlocker, CirculationBlockerKind } from '../../domain/minutes/circulation-check';
import type { MinutesContent } from '../../domain/minutes/minutes-content';
import type { CaseFileResult } from '../case-file/case-file-api';
import type {
  Approval,
  ApprovalRequestRecord,
  CirculatedTrail,
  Forum,
  Meeting,
  MinutesReopening,
  MinutesVersion,
} from '../../domain/types';

/** Where the approval links point: the Teams app and the web app (src/config/app-identity.ts, the app config). */
export interface MinutesAppLinks {
  readonly appId: string;
  readonly appBaseUrl: string;
  readonly tabEntityId: string;
}

export interface FreezeResult {
  readonly version: MinutesVersion;
  /** False when the latest version already had this content (nothing new was made). */
  readonly created: boolean;
  /** Earlier versions marked superseded now. */
  readonly superseded: number;
}

export type RequestOutcome = 'sent' | 'not-awaiting' | 'claimed-elsewhere';

export interface RequestApprovalsResult {
  readonly outcome: RequestOutcome;
  readonly version: MinutesVersion;
  /** How each co-chair was asked (all of them, including those asked by an earlier attempt). */
  readonly requests: readonly ApprovalRequestRecord[];
  /** How many were asked in this call. */
  readonly sentNow: number;
}

export type ReminderOutcome = 'sent' | 'not-due' | 'nothing-to-remind' | 'not-awaiting' | 'claimed-elsewhere';

export interface ReminderResult {
  readonly outcome: ReminderOutcome;
  /** The chairs reminded now, and how. */
  readonly reminded: readonly ApprovalRequestRecord[];
}

export type CirculationOutcome =
  /** Sent to every member and guest, the PDF final in the approved-minutes folder, the meeting recorded. */
  | 'circulated'
  /** Done before (by an earlier press or attempt): nothing sent now. */
  | 'already-circulated'
  /** The approval rule is not met for this version's content (read fresh): nothing sent. */
  | 'not-approved'
  /** Someone else is circulating right now. */
  | 'claimed-elsewhere';

export interface CirculationResult {
  readonly outcome: CirculationOutcome;
  readonly recipients?: number;
  readonly finalPdfUrl?: string;
  readonly circulatedAt?: string;
  /** The approval state the decision was taken on. */
  readonly status?: ApprovalStatus;
  /** Why nothing was sent ('not-approved'): the rule, or what the app found forged or missing (circulation-check.ts). */
  readonly reason?: CirculationBlockerKind;
  readonly blocker?: CirculationBlocker;
}

/** The secretariat's picture of a meeting's minutes: versions, the current one's answers, circulation. */
export interface MinutesOverview {
  readonly versions: readonly MinutesVersion[];
  readonly current?: MinutesVersion;
  /** All answers to the current version (as recorded now: author, hash, time, channel). */
  readonly approvals: readonly Approval[];
  /** The rule's state; for a circulated version, as it was counted at circulation (the frozen trail). */
  readonly status?: ApprovalStatus;
  /** Whether the minutes are closed by circulation, and the reopening when the secretariat reopened them. */
  readonly closure?: MinutesClosure;
  /** The circulated version's audit trail, frozen at circulation. */
  readonly trail?: CirculatedTrail;
  /** Chairs' answers recorded after circulation ("efter udsendelse"): shown, never counted. */
  readonly late?: readonly Approval[];
  /** Why "Udsend referat" would send nothing now (circulation-check.ts); undefined when it may go out. */
  readonly blocker?: CirculationBlocker;
  /** Versions made or changed by someone other than the secretariat: they count for nothing. */
  readonly notSecretariats?: readonly MinutesVersion[];
  readonly circulatedAt?: string;
  readonly circulatedHash?: string;
  /** The current version's items (for naming per-item comments). */
  readonly items?: readonly { readonly agendaItemId: string; readonly number: number; readonly title: string }[];
}

export type MinutesMeetingRef = Pick<Meeting, 'id' | 'start' | 'title'>;

/** Minutes versions, approval requests, reminders and circulation, as the UI and the CLI are given them. */
export interface MinutesVersionsApi {
  /** Freezes the content as a new version (or returns the latest when its content is the same). */
  freeze(
    forum: Forum,
    meeting: MinutesMeetingRef,
    content: MinutesContent,
    opts?: { readonly requestedBy?: string },
  ): Promise<FreezeResult>;
  /** Asks every co-chair once: Teams activity, else mail with the PDF. */
  requestApprovals(
    forum: Forum,
    version: Pick<MinutesVersion, 'id'>,
    opts?: { readonly previous?: Pick<MinutesVersion, 'id' | 'version'> },
  ): Promise<RequestApprovalsResult>;
  /** Reminds chairs who have not answered, once each, when the deadline is near or past (`force`: the secretariat's button). */
  remindApprovals(
    forum: Forum,
    version: Pick<MinutesVersion, 'id'>,
    now?: Date,
    opts?: { readonly force?: boolean },
  ): Promise<ReminderResult>;
  /** Every awaiting version of the forum whose reminder is due: the number of chairs reminded. */
  remindDue(forum: Forum, now?: Date): Promise<number>;
  /** Sends the approved minutes to every member and guest, once, and makes the PDF final. */
  circulate(forum: Forum, meeting: Pick<Meeting, 'id'>, version: Pick<MinutesVersion, 'id'>): Promise<CirculationResult>;
  overview(forum: Forum, meeting: Pick<Meeting, 'id'>): Promise<MinutesOverview>;
  /** Whether the meeting's minutes are closed by circulation (read fresh). */
  closure(forum: Forum, meeting: Pick<Meeting, 'id'>): Promise<MinutesClosure>;
  /**
   * "Genåbn referat": records the reason, who and when on the meeting, so a new version may be made; the circulated
   * version stays as it went out. A `ReopenReasonRequiredError` without a reason; 'not-closed' when nothing was closed.
   */
  reopen(
    forum: Forum,
    meeting: Pick<Meeting, 'id'>,
    reason: string,
    by: string,
  ): Promise<{ readonly outcome: 'reopened' | 'not-closed'; readonly reopening?: MinutesReopening }>;
  /** The secretariat has looked into answers that disappeared (by the Approvals item ids): they no longer block. */
  dismissMissingAnswers(forum: Forum, version: Pick<MinutesVersion, 'id'>, ids: readonly string[], by: string): Promise<void>;
  /**
   * The circulated meeting's archive package for the case system (issue 20 pt 4): made once into the meeting's folder,
   * then found; refused (CaseFileRefusedError) before circulation or while a document is missing.
   */
  archivePackage(forum: Forum, meeting: Pick<Meeting, 'id'>): Promise<CaseFileResult>;
}
