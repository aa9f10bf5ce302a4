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
  'OnlineMeetingArtifact.Read.All',
] as const;

/**
 * The application permissions the unattended `sekretariat run` needs, each admin-consented (README, "Unattended
 * runs"), and no more: mail intake and the mails it sends from the forum mailboxes, the forum lists, the group's
 * owners (the trust rule), the co-chairs' Teams activity reminders. `sekretariat doctor --app` checks a run's token for
 * them; the sandbox grants exactly these to its automation app.
 */
export const RUN_APPLICATION_PERMISSIONS: readonly string[] = [
  'Mail.ReadWrite',
  'Mail.Send',
  'Sites.Selected',
  'GroupMember.Read.All',
  'User.Read.All',
  'TeamsActivity.Send',
];
