import type { ForumDeadlines } from './mappers/forum-settings-mapper';
import type { Approval, Forum, ForumRef, Meeting, MinutesVersion, Role, SignedInUser, Submission } from '../domain/types';

/** Everything one forum contributes to a person's home, in domain terms. */
export interface ForumHome {
  readonly forum: Forum;
  /** The signed-in person's role in this forum (forum-trust.ts `roleOf`); undefined when they are neither owner nor listed. */
  readonly role?: Role;
  /** This year's meetings and later ones, in start order. */
  readonly meetings: readonly Meeting[];
  /** Submissions received in the last year, newest first. */
  readonly submissions: readonly Submission[];
  /** Minutes versions awaiting approval. */
  readonly minutesAwaitingApproval: readonly MinutesVersion[];
  readonly approvals: readonly Approval[];
  /** From the commissorium settings; absent when the forum has none. */
  readonly deadlines: ForumDeadlines;
}

export type SkipReason = 'not-a-member' | 'not-found';

export interface HomeData {
  readonly me: SignedInUser;
  readonly forums: readonly ForumHome[];
  /** Configured forums the person cannot read (not a member) or that do not exist. */
  readonly skipped: readonly { readonly ref: ForumRef; readonly reason: SkipReason }[];
  readonly loadedAt: string;
}

/** Where the UI gets its home from: the Graph-backed HomeStore or an in-memory one in tests. */
export interface HomeApi {
  load(): Promise<HomeData>;
}
