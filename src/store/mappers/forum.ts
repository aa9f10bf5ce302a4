import type { Forum, ForumKind, ForumMember, ForumRef, OrganisationKind, Role } from '../../domain/types';
import { parseCommissorium } from '../../domain/commissorium';
import { etagOf, Fields, itemId, type GraphListItem } from '../list-item';

const ROLES: readonly Role[] = ['member', 'chair', 'secretariat', 'observer'];
const ORG_KINDS: readonly OrganisationKind[] = ['hospital', 'psychiatry', 'municipality', 'general-practice', 'patient', 'region', 'other'];
const FORUM_KINDS: readonly ForumKind[] = ['steering-group', 'theme-group', 'working-group'];

/** A Members list item → ForumMember. A member without an e-mail address cannot be matched and is kept with ''. */
export function toForumMember(item: GraphListItem): ForumMember {
  const f = Fields.of(item);
  const email = f.text('Email').trim().toLowerCase();
  const member: ForumMember = {
    id: itemId(item),
    name: f.optionalText('Title') ?? email,
    email,
    organisation: f.text('Organisation'),
    organisationKind: f.choice('OrganisationKind', ORG_KINDS, 'other'),
    jobTitle: f.text('JobTitle'),
    role: f.choice('Role', ROLES, 'member'),
    external: f.bool('External'),
  };
  const substitute = f.optionalText('SubstituteEmail');
  return substitute ? { ...member, substituteEmail: substitute.toLowerCase() } : member;
}

/**
 * The Forum list holds one item (the commissorium settings); with the Members list it makes a Forum.
 * Without a Forum item the forum is still shown, named by its group id, so a half-provisioned forum is visible.
 */
export function toForum(ref: ForumRef, forumItem: GraphListItem | undefined, members: readonly GraphListItem[]): Forum {
  const f = forumItem ? Fields.of(forumItem) : new Fields({});
  const settings = parseCommissorium(f.text('SettingsJson', '{}'));
  return {
    ...(settings ? { settings } : {}),
    ...(forumItem ? { settingsItem: { id: itemId(forumItem), etag: etagOf(forumItem) } } : {}),
    groupId: ref.groupId,
    siteId: ref.siteId,
    name: f.optionalText('Title') ?? ref.groupId,
    shortName: f.text('ShortName'),
    kind: f.choice('Kind', FORUM_KINDS, 'steering-group'),
    mailbox: f.text('Mailbox'),
    members: members.map(toForumMember),
  };
}
