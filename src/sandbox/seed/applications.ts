import { RUN_APPLICATION_PERMISSIONS } from '../../auth/token-provider';
import { SANDBOX_AUTOMATION_APP_ID } from '../../config/app-config';
import type { SeedApplication } from './types';

/** The sandbox tenant's registration for `sekretariat run --sandbox-app`, granted the given forums' mailboxes and sites. */
export function automationApplication(forums: readonly string[]): SeedApplication {
  return {
    appId: SANDBOX_AUTOMATION_APP_ID,
    servicePrincipalId: '7d2f4a90-0000-4b8a-9f06-5e4d3c2b1a70',
    displayName: 'Sekretariat – automatisk kørsel',
    // Exactly the application permissions `sekretariat run` needs.
    roles: RUN_APPLICATION_PERMISSIONS,
    forums,
  };
}
