import type { Forum, ForumMember, ForumOwner, ForumRef } from '../../domain/types';
import { FORUM_KINDS, ORGANISATION_KINDS, ROLES } from '../../domain/vocabulary/forum';
import { parseCommissorium } from '../../domain/commissorium';
import { forumMembers, writtenByOwners } from '../../domain/forum-trust';
import { etagOf, Fields, itemId, writeStampOf, type GraphListItem } from '../list-item';

/** A Members list item → ForumMember. A member without an e-mail address cannot be matched and is kept with ''. */
export function toForumMember(item: GraphListItem): ForumMember {
  const f = Fields.of(item);
  const email = f.text('Email').trim().toLowerCase();
  const member: ForumMember = {
    id: itemId(item),
    name: f.optionalText('Title') ?? email,
    email,
    organisation: f.text('Organisation'),
    organisationKind: f.choice('OrganisationKind', ORGANISATION_KINDS, 'other'),
    jobTitle: f.text('JobTitle'),
    role: f.choice('Role', ROLES, 'member'),
    external: f.bool('External'),
    stamp: writeStampOf(item),
  };
  const substitute = f.optionalText('SubstituteEmail');
  return substitute ? { ...member, substituteEmail: substitute.toLowerCase() } : member;
}

/** The parts of a directory object (a user, as `/groups/{id}/owners` lists them) the app reads. */
export interface DirectoryObjectLike {
  readonly id?: string | null;
  readonly displayName?: string | null;
  readonly mail?: string | null;
  readonly userPrincipalName?: string | null;
}

/** Directory objects from `/groups/{id}/owners` → ForumOwner (objects without an id are skipped). */
export function toForumOwners(objects: readonly DirectoryObjectLike[]): ForumOwner[] {
  return objects.flatMap((o) =>
    o.id ? [{ id: o.id, name: o.displayName ?? '', email: (o.mail ?? o.userPrincipalName ?? '').toLowerCase() }] : [],
  );
}

/**
 * The Forum list holds one item (the commissorium settings); with the Members list and the group's owners it makes a
 * Forum. Without a Forum item the forum is still shown, named by its group id, so a half-provisioned forum is visible.
 * Rows and settings the secretariat did not write are marked (forum-trust.ts); `owners` undefined = could not be read.
 */
export function toForum(
  ref: ForumRef,
  forumItem: GraphListItem | undefined,
  members: readonly GraphListItem[],
  owners?: readonly ForumOwner[],
): Forum {
  const f = forumItem ? Fields.of(forumItem) : new Fields({});
  const settings = parseCommissorium(f.text('SettingsJson', '{}'));
  const stamp = forumItem ? writeStampOf(forumItem) : undefined;
  const endedRecord = f.optionalText('Successor');
  const settingsUnverified =
    owners && stamp && !writtenByOwners(stamp, owners, ref.trustedAppIds) ? { by: stamp.modifiedByName || stamp.createdByName } : undefined;
  return {
    ...(settings ? { settings } : {}),
    ...(forumItem ? { settingsItem: { id: itemId(forumItem), etag: etagOf(forumItem) } } : {}),
    groupId: ref.groupId,
    siteId: ref.siteId,
    ...(ref.trustedAppIds && ref.trustedAppIds.length > 0 ? { trustedAppIds: ref.trustedAppIds } : {}),
    name: f.optionalText('Title') ?? ref.groupId,
    shortName: f.text('ShortName'),
    kind: f.choice('Kind', FORUM_KINDS, 'steering-group'),
    mailbox: f.text('Mailbox'),
    ...forumMembers(members.map(toForumMember), owners, ref.trustedAppIds),
    ...(owners ? { owners } : {}),
    ...(settingsUnverified ? { settingsUnverified } : {}),
    // Where its work went counts only as the secretariat wrote it, like the settings beside it.
    ...(endedRecord && !settingsUnverified ? { endedRecord } : {}),
  };
}
