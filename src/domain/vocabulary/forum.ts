/** The forum's and its members' closed sets, each spelled out once (docs/ARCHITECTURE.md, "Closed sets"). */

/** A person's role in one forum. */
export const ROLES = ['member', 'chair', 'secretariat', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/** The kinds of organisation a member comes from, in the order the agenda and the minutes list them. */
export const ORGANISATION_KINDS = ['hospital', 'psychiatry', 'municipality', 'general-practice', 'patient', 'region', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const FORUM_KINDS = ['steering-group', 'theme-group', 'working-group'] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];
