/** The forum's and its members' closed sets, each spelled out once (docs/ARCHITECTURE.md, "Closed sets"). */

/** A person's role in one forum. */
export const ROLES = ['member', 'chair', 'secretariat', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/** The kinds of organisation a member comes from, in the order the agenda and the minutes list them. */
export const ORGANISATION_KINDS = ['hospital', 'psychiatry', 'municipality', 'general-practice', 'patient', 'region', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** 'health-council': a sundhedsråd (from 2027, L 214), a political body whose minutes record quorum and participation per item. */
export const FORUM_KINDS = ['steering-group', 'theme-group', 'working-group', 'health-council'] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

/**
 * A forum's quorum rule (beslutningsdygtighed): more than half of the voting members present, at least half, or at
 * least a fixed number. Members with a substitute present count as present (the substitute holds their mandate).
 */
export const QUORUM_RULES = ['more-than-half', 'at-least-half', 'at-least'] as const;
export type QuorumRule = (typeof QUORUM_RULES)[number];

/** Why a person did not take part in one item: away for it, or inhabil (disqualified, with a reason). */
export const ITEM_ABSENCE_REASONS = ['absent', 'inhabil'] as const;
export type ItemAbsenceReason = (typeof ITEM_ABSENCE_REASONS)[number];
