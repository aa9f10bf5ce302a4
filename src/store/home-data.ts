import type { ForumDeadlines } from './mappers/forum-settings';
import type { Approval, Forum, ForumMember, ForumRef, Meeting, MinutesVersion, Role, SignedInUser, Submission } from '../domain/types';

/** Everything one forum contributes to a person's home, in domain terms. */
export interface ForumHome {
  readonly forum: Forum;
  /** The signed-in person's highest role in this forum; undefined when they are not on its Members list. */
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

/** Where the UI gets its home from: the Graph-backed HomeLoader or an in-memory one in tests. */
export interface HomeSource {
  load(): Promise<HomeData>;
}

const RANK: Readonly<Record<Role, number>> = { observer: 0, member: 1, chair: 2, secretariat: 3 };

/** The highest role a person holds in a forum (a secretary who is also listed as member is secretariat). */
export function highestRole(members: readonly ForumMember[], email: string): Role | undefined {
  const mine = members.filter((m) => m.email !== '' && m.email === email.toLowerCase());
  return mine.reduce<Role | undefined>((best, m) => (best === undefined || RANK[m.role] > RANK[best] ? m.role : best), undefined);
}
