import type { ListName } from '../schema';

/**
 * Who may write what on a forum's SharePoint site (docs/SECURITY.md): the plan `sekretariat provision` applies through
 * SharePoint's REST API, `provision --check` and the app audit against, and the sandbox enforces on Graph writes.
 *
 * Every member of the forum's Microsoft 365 group — guests from other tenants included — can by default edit every
 * list item of the group's site (the site's Members group has "Edit"). The plan breaks inheritance on each of our
 * lists and on the two document folders and grants:
 *
 *   - the site's Owners group (the group's owners: the secretariat): Full Control everywhere;
 *   - configuration, versions, follow-up and documents (Forum, Members, Meetings, MinutesVersions, Actions,
 *     Consultations, ConsultationReplies, the protected folders): Read for the Members and Visitors groups;
 *   - intake and triage (Submissions, AgendaItems): Read for members; the chairs, as users, "add and edit, no delete"
 *     on Submissions and Contribute on AgendaItems, so they can triage and order the agenda at the planning meeting
 *     (declining an accepted item or removing a duplicate standing item deletes its agenda item);
 *   - answers (Approvals, SignOffs, Substitutes, ActionMarks): "add and edit, no delete" for members with item-level
 *     write security 2 (a person edits only the items they created) — an action's owner marks it done in ActionMarks,
 *     never on the secretariat's Actions item.
 *
 * Nothing here speaks HTTP: the plan is data, applied and audited by `sharepoint-rest` callers.
 */

/** SP.PermissionKind values (the bit is `kind - 1` of the 64-bit mask split into Low and High). */
export const PERMISSION_KIND = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  openItems: 6,
  viewVersions: 7,
  deleteVersions: 8,
  managePersonalViews: 10,
  manageLists: 12,
  viewFormPages: 13,
  open: 17,
  viewPages: 18,
  createSSCSite: 23,
  browseDirectories: 27,
  browseUserInfo: 28,
  addDelPrivateWebParts: 29,
  updatePersonalWebParts: 30,
  useClientIntegration: 37,
  useRemoteAPIs: 38,
  createAlerts: 40,
  editMyUserInfo: 41,
} as const;

export type PermissionKindName = keyof typeof PERMISSION_KIND;

/** SharePoint's BasePermissions: the low and high 32 bits of the mask, as unsigned decimal strings (as REST returns them). */
export interface BasePermissions {
  readonly High: string;
  readonly Low: string;
}

export function basePermissions(kinds: readonly PermissionKindName[]): BasePermissions {
  let low = 0;
  let high = 0;
  for (const name of new Set(kinds)) {
    const bit = PERMISSION_KIND[name] - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: String(high), Low: String(low) };
}

/** Whether a mask holds a permission. */
export function hasPermission(mask: BasePermissions, kind: PermissionKindName): boolean {
  const bit = PERMISSION_KIND[kind] - 1;
  const word = bit < 32 ? Number(mask.Low) : Number(mask.High);
  return ((word >>> (bit < 32 ? bit : bit - 32)) & 1) === 1;
}

const READ_KINDS: readonly PermissionKindName[] = [
  'viewListItems',
  'openItems',
  'viewVersions',
  'viewFormPages',
  'open',
  'viewPages',
  'createSSCSite',
  'browseUserInfo',
  'useClientIntegration',
  'useRemoteAPIs',
  'createAlerts',
];
const CONTRIBUTE_NO_DELETE_KINDS: readonly PermissionKindName[] = [
  ...READ_KINDS,
  'addListItems',
  'editListItems',
  'managePersonalViews',
  'browseDirectories',
  'addDelPrivateWebParts',
  'updatePersonalWebParts',
  'editMyUserInfo',
];

/** The permission levels the plan uses. Built-in ones are found by RoleTypeKind; ours by name. */
export type PermissionLevel = 'fullControl' | 'read' | 'contribute' | 'contributeNoDelete';

/** SP.RoleType of the built-in levels (Read 2, Contributor 3, Administrator 5, Editor 6). */
export const ROLE_TYPE_KIND = { read: 2, contribute: 3, fullControl: 5, edit: 6 } as const;

/** The one permission level provision creates: Contribute without DeleteListItems and DeleteVersions. */
export const CONTRIBUTE_NO_DELETE = {
  name: 'Bidrag uden sletning',
  description: 'Sekretariat: kan se, tilføje og redigere elementer, men ikke slette dem. / Can view, add and edit items, not delete them.',
  basePermissions: basePermissions(CONTRIBUTE_NO_DELETE_KINDS),
} as const;

export const READ_PERMISSIONS = basePermissions(READ_KINDS);

/** SharePoint's built-in Contribute: view, add, edit and delete items. */
export const CONTRIBUTE_PERMISSIONS = basePermissions([...CONTRIBUTE_NO_DELETE_KINDS, 'deleteListItems', 'deleteVersions']);

/** A principal of the plan: one of the site's three associated groups, or a person (by e-mail) for per-user grants. */
export type PlanPrincipal =
  | { readonly kind: 'owners' }
  | { readonly kind: 'members' }
  | { readonly kind: 'visitors' }
  | { readonly kind: 'user'; readonly email: string };

export interface PlanGrant {
  readonly principal: PlanPrincipal;
  readonly level: PermissionLevel;
}

/** A list (by our schema's name) or a folder of the site's default document library (its path under the root). */
export type PlanTarget = { readonly kind: 'list'; readonly list: ListName } | { readonly kind: 'folder'; readonly path: string };

export interface SecurablePlan {
  readonly target: PlanTarget;
  /** The exact role assignments after provisioning (inheritance broken): nothing more, nothing less. */
  readonly grants: readonly PlanGrant[];
  /** SP.List.WriteSecurity: 1 all items, 2 only items the user created. Lists only. */
  readonly writeSecurity: 1 | 2;
}

/**
 * The document folders members read and only the secretariat writes: meetings' files, approved minutes, consultations'
 * attachments and the public record (store/publication/publication-store.ts: PUBLICATION_FOLDER).
 */
export const PROTECTED_FOLDERS = ['Møder', 'Godkendte referater', 'Høringer', 'Offentliggørelse'] as const;

const OWNERS: PlanGrant = { principal: { kind: 'owners' }, level: 'fullControl' };
const readBy = (kind: 'members' | 'visitors'): PlanGrant => ({ principal: { kind }, level: 'read' });

const SECRETARIAT_WRITES: readonly ListName[] = [
  'Forum',
  'Members',
  'Meetings',
  'MinutesVersions',
  'Actions',
  'Consultations',
  'ConsultationReplies',
];
const OWN_ANSWERS: readonly ListName[] = ['Approvals', 'SignOffs', 'Substitutes', 'ActionMarks'];

/**
 * The plan for a forum's site. `chairs` are the e-mail addresses of the co-chairs as the secretariat listed them
 * (only Members rows written by the secretariat count: domain/forum-trust.ts); each gets "add and edit, no delete" on
 * Submissions and Contribute on AgendaItems. Every list of the schema appears exactly once.
 */
export function sitePermissionPlan(chairs: readonly string[]): SecurablePlan[] {
  const chairEmails = [...new Set(chairs.map((c) => c.trim().toLowerCase()).filter((c) => c !== ''))].sort();
  const chairGrants = (level: PermissionLevel): PlanGrant[] => chairEmails.map((email) => ({ principal: { kind: 'user', email }, level }));
  const list = (name: ListName, grants: readonly PlanGrant[], writeSecurity: 1 | 2 = 1): SecurablePlan => ({
    target: { kind: 'list', list: name },
    grants,
    writeSecurity,
  });
  return [
    ...SECRETARIAT_WRITES.map((name) => list(name, [OWNERS, readBy('members'), readBy('visitors')])),
    list('Submissions', [OWNERS, readBy('members'), readBy('visitors'), ...chairGrants('contributeNoDelete')]),
    list('AgendaItems', [OWNERS, readBy('members'), readBy('visitors'), ...chairGrants('contribute')]),
    ...OWN_ANSWERS.map((name) =>
      list(name, [OWNERS, { principal: { kind: 'members' }, level: 'contributeNoDelete' }, readBy('visitors')], 2),
    ),
    ...PROTECTED_FOLDERS.map((path): SecurablePlan => ({
      target: { kind: 'folder', path },
      grants: [OWNERS, readBy('members'), readBy('visitors')],
      writeSecurity: 1,
    })),
  ];
}
