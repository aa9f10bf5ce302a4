/** Everything that can hand the Graph pipeline an access token: NAA, browser MSAL, the sandbox. */
export interface TokenProvider {
  /** An access token for Microsoft Graph with at least these delegated scopes. */
  getAccessToken(scopes: readonly string[]): Promise<string>;
}

/** Least-privilege delegated scopes; each one is justified in the README. */
export const GRAPH_SCOPES = [
  'User.Read',
  'User.ReadBasic.All',
  'Group.ReadWrite.All',
  'Sites.ReadWrite.All',
  'Calendars.ReadWrite',
  'Calendars.Read.Shared',
  'Mail.ReadWrite.Shared',
  'Mail.Send',
  'Mail.Send.Shared',
  'TeamsActivity.Send',
  'OnlineMeetings.ReadWrite',
] as const;
