import type { Attendance } from './attendance';
import type { QuorumSetting } from './commissorium';
import type { ForumMember } from './types';

/**
 * Beslutningsdygtighed: whether enough of a forum's voting members (its members and co-chairs — not the secretariat,
 * not observers) take part for it to decide. A member whose substitute is there counts as present: the substitute
 * holds the mandate (the commissorium's "a substitute is sent"). Pure; the minutes (minutes/participation.ts) and
 * the meeting's attendance before it both count with `checkQuorum`.
 */

export interface QuorumCheck {
  /** Voting members of the forum. */
  readonly members: number;
  /** Of them, present (themselves or by their substitute). */
  readonly present: number;
  /** How many the rule asks for. */
  readonly required: number;
  readonly met: boolean;
}

const key = (email: string): string => email.trim().toLowerCase();

/** How many of `members` voting members must be present under the rule (never more than there are members). */
export function requiredPresent(setting: QuorumSetting, members: number): number {
  switch (setting.rule) {
    case 'more-than-half':
      return Math.floor(members / 2) + 1;
    case 'at-least-half':
      return Math.ceil(members / 2);
    case 'at-least':
      return Math.min(setting.count ?? 1, members);
  }
}

/** The check for voters (addresses) of whom `present` are there; a forum with no voting members has no quorum. */
export function checkQuorum(setting: QuorumSetting, voters: readonly string[], present: ReadonlySet<string>): QuorumCheck {
  const unique = [...new Set(voters.map(key))].filter((v) => v !== '');
  const here = unique.filter((v) => present.has(v)).length;
  const required = requiredPresent(setting, unique.length);
  return { members: unique.length, present: here, required, met: unique.length > 0 && here >= required };
}

/** The forum's voting members' addresses: members and co-chairs, once each, lower-case. */
export function votersOf(members: readonly Pick<ForumMember, 'email' | 'role'>[]): string[] {
  return [...new Set(members.filter((m) => m.role === 'member' || m.role === 'chair').map((m) => key(m.email)))].filter((e) => e !== '');
}

export interface ExpectedQuorum {
  /** Counting those who accepted (themselves or by a substitute who did). */
  readonly confirmed: QuorumCheck;
  /** Counting the tentative answers too. */
  readonly possible: QuorumCheck;
}

/** Before the meeting, from the invitation's answers: is the forum expected to be able to decide? */
export function expectedQuorum(setting: QuorumSetting, attendance: Attendance, members: readonly ForumMember[]): ExpectedQuorum {
  const voters = votersOf(members);
  const rows = [...attendance.groups.flatMap((g) => g.rows)];
  const present = (statuses: readonly string[]): Set<string> => {
    const out = new Set<string>();
    for (const row of rows) {
      if (!statuses.includes(row.status)) continue;
      out.add(row.substituteFor ? key(row.substituteFor.email) : row.email);
    }
    return out;
  };
  return {
    confirmed: checkQuorum(setting, voters, present(['attending'])),
    possible: checkQuorum(setting, voters, present(['attending', 'tentative'])),
  };
}
