import type { Seed, SeedPerson } from '../seed/types';
import type { AppRegistration, DirectoryGroup, DirectoryState, DirectoryUser } from './state';

/** A B2B guest's userPrincipalName in the host tenant, as Entra writes it. */
export function guestUpn(mail: string, domain: string): string {
  return `${mail.replace('@', '_')}#EXT#@${domain}`;
}

function userOf(p: SeedPerson, domain: string): DirectoryUser {
  return {
    id: p.id,
    displayName: p.displayName,
    givenName: p.givenName,
    surname: p.surname,
    mail: p.mail,
    userPrincipalName: p.account === 'guest' ? guestUpn(p.mail, domain) : p.mail,
    jobTitle: p.jobTitle,
    companyName: p.organisation,
    userType: p.account === 'guest' ? 'Guest' : 'Member',
    accountEnabled: true,
  };
}

/** Tenant users (members and guests), one group per forum, and each forum's shared mailbox. */
export function seedDirectory(seed: Seed): DirectoryState {
  const domain = seed.tenant.domain;
  const users: DirectoryUser[] = seed.people.filter((p) => p.account !== 'external').map((p) => userOf(p, domain));
  const idOf = (mail: string): string | undefined => users.find((u) => u.mail.toLowerCase() === mail.toLowerCase())?.id;
  const groups: DirectoryGroup[] = seed.forums.map((f) => {
    users.push({
      id: f.sharedMailbox.id,
      displayName: f.sharedMailbox.displayName,
      givenName: '',
      surname: '',
      mail: f.sharedMailbox.mail,
      userPrincipalName: f.sharedMailbox.mail,
      jobTitle: '',
      companyName: seed.tenant.displayName,
      userType: 'Member',
      accountEnabled: false,
    });
    const ids = (members: typeof f.members): string[] => [
      ...new Set(members.map((m) => idOf(m.person)).filter((id): id is string => id !== undefined)),
    ];
    return {
      id: f.groupId,
      displayName: f.displayName,
      description: f.description,
      mail: `${f.mailNickname}@${domain}`,
      mailNickname: f.mailNickname,
      siteId: f.siteId,
      memberIds: ids(f.members),
      ownerIds: ids(f.members.filter((m) => m.role === 'secretariat')),
    };
  });
  const applications: AppRegistration[] = (seed.applications ?? []).map((a) => {
    const forums = seed.forums.filter((f) => a.forums.includes(f.groupId));
    return {
      appId: a.appId,
      id: a.servicePrincipalId,
      displayName: a.displayName,
      roles: [...a.roles],
      mailboxIds: forums.map((f) => f.sharedMailbox.id),
      sites: forums.map((f) => ({ siteId: f.siteId, role: 'write' as const })),
    };
  });
  return { tenantId: seed.tenant.id, domain, users, groups, applications };
}
