import type { DirectoryGroup, DirectoryUser } from './state';

/** A user as Graph returns it: the default property set, or every known property when selecting. */
export function userResource(u: DirectoryUser, full = false): Record<string, unknown> {
  const base = {
    id: u.id,
    businessPhones: [] as string[],
    displayName: u.displayName,
    givenName: u.givenName || null,
    jobTitle: u.jobTitle || null,
    mail: u.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'da-DK',
    surname: u.surname || null,
    userPrincipalName: u.userPrincipalName,
  };
  if (!full) return base;
  return { ...base, accountEnabled: u.accountEnabled, companyName: u.companyName || null, userType: u.userType };
}

export function groupResource(g: DirectoryGroup): Record<string, unknown> {
  return {
    id: g.id,
    displayName: g.displayName,
    description: g.description,
    mail: g.mail,
    mailEnabled: true,
    mailNickname: g.mailNickname,
    securityEnabled: false,
    groupTypes: ['Unified'],
    visibility: 'Private',
    resourceProvisioningOptions: ['Team'],
  };
}
