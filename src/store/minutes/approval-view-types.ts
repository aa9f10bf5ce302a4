import type { ApprovalStatus, ChairState } from '../../domain/approval';
import type { MinutesContent } from '../../domain/minutes/minutes-content';
import type { MinutesDiff } from '../../domain/minutes/minutes-diff';
import type { SnapshotProblem } from '../../domain/minutes/minutes-snapshot';
import type {
  AnswerChannel,
  Approval,
  ApprovalDecision,
  ApprovalItemComment,
  Forum,
  Meeting,
  MinutesVersion,
  SignedInUser,
} from '../../domain/types';

/** Where a chair answered (the Approvals list's Channel). */
export type { AnswerChannel };

/** What the approval view shows of one minutes version (see ApprovalViewApi.load). */
export interface ApprovalViewData {
  readonly version: MinutesVersion;
  /** The frozen content, when its snapshot could be read. */
  readonly content?: MinutesContent;
  /** Why the snapshot could not be shown. */
  readonly problem?: SnapshotProblem;
  /** The content read hashes to the version's ContentHash (the hash an approval names). False: nobody should approve it. */
  readonly hashMatches: boolean;
  /** The secretariat made the version and nobody else changed it since. False: it is no version, nobody should approve it. */
  readonly bySecretariat: boolean;
  readonly meeting?: Meeting;
  /** Every version of the meeting, oldest first. */
  readonly versions: readonly MinutesVersion[];
  /** A newer version exists: this one can no longer be approved. */
  readonly superseded: boolean;
  /** The version was circulated: closed, read only, with the final PDF. */
  readonly circulated?: { readonly at?: string; readonly pdfUrl?: string };
  /** Chairs' answers recorded after circulation: shown as late, never counted. */
  readonly late?: readonly Approval[];
  /** For a re-request: the version the signed-in chair last saw (or the previous one), and what changed since. */
  readonly base?: { readonly version: MinutesVersion; readonly content: MinutesContent; readonly diff: MinutesDiff };
  /** Every co-chair's answer to this version's content (the forum's rule, docs/ARCHITECTURE.md §4); once circulated, as counted then. */
  readonly status: ApprovalStatus;
  /** Every record naming this version, newest first (comments, including superseded answers). */
  readonly approvals: readonly Approval[];
  /** The signed-in person: a co-chair may answer; the secretariat reads. */
  readonly me: { readonly isChair: boolean; readonly isSecretariat: boolean; readonly state?: ChairState };
}

export interface ApprovalAnswer {
  readonly decision: ApprovalDecision;
  /** Overall comment. */
  readonly comment?: string;
  readonly itemComments?: readonly ApprovalItemComment[];
  readonly channel: AnswerChannel;
}

/** The chairs' approval view's repository. */
export interface ApprovalViewApi {
  /** The version, its content, the diff base for `me`, every chair's state — in at most two Graph round trips. */
  load(forum: Forum, versionId: string, me: Pick<SignedInUser, 'email'> & Partial<Pick<SignedInUser, 'id'>>): Promise<ApprovalViewData>;
  /**
   * Records the signed-in person's answer to this version's content (a new Approvals item; the latest counts). Who
   * answered is the server-stamped author, never written here. "Request changes" needs a comment (overall or on an item).
   */
  answer(forum: Forum, version: Pick<MinutesVersion, 'id' | 'meetingId' | 'contentHash'>, answer: ApprovalAnswer): Promise<Approval>;
}

/** "Request changes" without any comment. */
export class CommentRequiredError extends Error {
  constructor() {
    super('A request for changes needs a comment (overall or on an item).');
    this.name = 'CommentRequiredError';
  }
}
