import { SANDBOX_AUTOMATION_APP_ID } from '../../config/app-config';
import type { SeedApplication } from './types';

/**
 * The application permissions (admin-consented, app-only) the unattended `sekretariat run` needs — the README's
 * *Unattended runs* lists the same, each with why: mail intake and the mails it sends from the forum mailboxes, the
 * forum lists, the group's owners (the trust rule), and the co-chairs' Teams activity reminders.
 */
export const AUTOMATION_APP_ROLES: readonly string[] = ['Mail.ReadWrite', 'Mail.Send', 'Sites.Selected', 'GroupMember.Read.All', 'User.Read.All', 'TeamsActivity.Send'];

/** The sandbox tenant's registration for `sekretariat run --sandbox-app`, granted the given forums' mailboxes and sites. */
export function automationApplication(forums: readonly string[]): SeedApplication {
  return {
    appId: SANDBOX_AUTOMATION_APP_ID,
    servicePrincipalId: '7d2f4a90-0000-4b8a-9f06-5e4d3c2b1a70',
    displayName: 'Sekretariat – automatisk kørsel',
    roles: AUTOMATION_APP_ROLES,
    forums,
  };
}
