/** Users and groups of the sandbox tenant. Guests and members sign in; external people exist only as addresses. */
export interface DirectoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly mail: string;
  readonly userPrincipalName: string;
  readonly jobTitle: string;
  readonly companyName: string;
  readonly userType: 'Member' | 'Guest';
  /** False for shared mailboxes: they exist as users but cannot sign in. */
  readonly accountEnabled: boolean;
}

export interface DirectoryGroup {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly mail: string;
  readonly mailNickname: string;
  readonly siteId: string;
  readonly memberIds: readonly string[];
  readonly ownerIds: readonly string[];
}

/**
 * An application registered in the tenant (with its service principal), for app-only callers: its application
 * permissions with admin consent (the token's `roles`), and what the tenant narrows them to — an Exchange application
 * access policy (RestrictAccess to a mail-enabled security group of mailboxes) and SharePoint `Sites.Selected` grants.
 */
export interface AppRegistration {
  /** The application (client) id: the token's `appid`, what writes are stamped with. */
  readonly appId: string;
  /** The service principal's object id: the token's `oid`. */
  readonly id: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  /** The mailboxes (user ids) the access policy lets it use; any other answers 403 ErrorAccessDenied. */
  readonly mailboxIds: readonly string[];
  /** `POST /sites/{id}/permissions` grants for Sites.Selected: only these sites answer it. */
  readonly sites: readonly { readonly siteId: string; readonly role: 'read' | 'write' }[];
}

export interface DirectoryState {
  readonly tenantId: string;
  readonly domain: string;
  readonly users: DirectoryUser[];
  readonly groups: DirectoryGroup[];
  /** Registered applications that may get app-only tokens (absent in data saved before they existed). */
  readonly applications?: AppRegistration[];
}
