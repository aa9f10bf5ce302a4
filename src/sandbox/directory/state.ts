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

export interface DirectoryState {
  readonly tenantId: string;
  readonly domain: string;
  readonly users: DirectoryUser[];
  readonly groups: DirectoryGroup[];
}
