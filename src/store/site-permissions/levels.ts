import type { SharePointRest } from '../../graph/sharepoint-rest';
import { auditLevels, findLevel, LEVELS_SUBJECT, type Deviation } from './audit';
import { CONTRIBUTE_NO_DELETE, type SecurablePlan } from './permission-plan';
import { readRoleDefinitions, roleDefinition } from './read-site';
import type { SpRoleDefinition } from './site-security';
import { levelWords, type Words } from './wording';

/**
 * Creates the one custom permission level. A create is not safe to send twice, so a failure is settled by reading: if
 * the level is there (this call made it before its answer was lost, or another run did), that is success.
 */
export async function createLevel(rest: SharePointRest): Promise<SpRoleDefinition> {
  const body = {
    __metadata: { type: 'SP.RoleDefinition' },
    Name: CONTRIBUTE_NO_DELETE.name,
    Description: CONTRIBUTE_NO_DELETE.description,
    Order: 180,
    BasePermissions: { __metadata: { type: 'SP.BasePermissions' }, ...CONTRIBUTE_NO_DELETE.basePermissions },
  };
  try {
    return roleDefinition(await rest.post('web/roledefinitions', body));
  } catch (error) {
    const settled = findLevel(await readRoleDefinitions(rest), 'contributeNoDelete');
    if (settled) return settled;
    throw error;
  }
}

/** The permission levels the plan uses: ours is made when missing; one that differs is left for a person (`unresolved`). */
export async function ensureLevels(
  rest: SharePointRest,
  plan: readonly SecurablePlan[],
  changes: { subject: string; words: Words }[],
  unresolved: Deviation[],
): Promise<SpRoleDefinition[]> {
  let definitions = await readRoleDefinitions(rest);
  for (const deviation of auditLevels(plan, definitions)) {
    if (deviation.kind === 'level-missing' && deviation.level === 'contributeNoDelete') {
      await createLevel(rest);
      definitions = await readRoleDefinitions(rest);
      const name = levelWords('contributeNoDelete');
      changes.push({ subject: LEVELS_SUBJECT, words: { da: `oprettede ${name.da}`, en: `created ${name.en}` } });
    } else {
      unresolved.push(deviation);
    }
  }
  return definitions;
}
