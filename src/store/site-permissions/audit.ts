import {
  CONTRIBUTE_NO_DELETE,
  CONTRIBUTE_PERMISSIONS,
  READ_PERMISSIONS,
  ROLE_TYPE_KIND,
  type BasePermissions,
  type PermissionLevel,
  type PlanPrincipal,
  type PlanTarget,
  type SecurablePlan,
} from './permission-plan';
import {
  targetKey,
  type PlanPrincipals,
  type SiteGroups,
  type SiteSecurity,
  type SpPrincipal,
  type SpRoleDefinition,
  type TargetState,
} from './site-security';
import { levelWords, planPrincipalWords, rolesWords, spPrincipalWords, targetWords, type Words } from './wording';

/**
 * Where a site differs from the plan, as data `provision` acts on and words `provision --check` prints. Pure: the
 * reading is `readSiteSecurity`'s, the fixing `applyPlan`'s.
 */

interface Described {
  /** What it is about: a list, a folder, or the site's permission levels. */
  readonly subject: string;
  readonly words: Words;
}

/** Who holds (or should hold) a role on a target; `id` is their principal id on the site when known. */
export interface Holder {
  readonly planned?: PlanPrincipal;
  readonly id?: number;
  readonly words: Words;
}

export type Deviation = Described &
  (
    | { readonly kind: 'level-missing'; readonly level: PermissionLevel }
    | { readonly kind: 'level-differs'; readonly level: PermissionLevel; readonly definition: SpRoleDefinition }
    | { readonly kind: 'target-missing'; readonly target: PlanTarget }
    | { readonly kind: 'inherits'; readonly target: PlanTarget }
    | {
        readonly kind: 'grant';
        readonly target: PlanTarget;
        readonly holder: Holder;
        /** The level the plan gives them, when they lack it. */
        readonly add?: PermissionLevel;
        /** Bindings the plan does not give them. */
        readonly remove: readonly SpRoleDefinition[];
      }
    | { readonly kind: 'write-security'; readonly target: PlanTarget; readonly actual: number; readonly expected: 1 | 2 }
  );

export const LEVELS_SUBJECT = 'Tilladelsesniveauer / permission levels';

/** The permission level a plan level means on this site, if the site has it. */
export function findLevel(definitions: readonly SpRoleDefinition[], level: PermissionLevel): SpRoleDefinition | undefined {
  switch (level) {
    case 'fullControl':
      return definitions.find((d) => d.roleTypeKind === ROLE_TYPE_KIND.fullControl);
    case 'read':
      return definitions.find((d) => d.roleTypeKind === ROLE_TYPE_KIND.read);
    case 'contribute':
      return definitions.find((d) => d.roleTypeKind === ROLE_TYPE_KIND.contribute);
    case 'contributeNoDelete':
      return definitions.find((d) => d.name.toLowerCase() === CONTRIBUTE_NO_DELETE.name.toLowerCase());
  }
}

/** The masks a level must have; Full Control is SharePoint's own and cannot be changed. */
const EXPECTED_MASK: Readonly<Partial<Record<PermissionLevel, BasePermissions>>> = {
  read: READ_PERMISSIONS,
  contribute: CONTRIBUTE_PERMISSIONS,
  contributeNoDelete: CONTRIBUTE_NO_DELETE.basePermissions,
};

const sameMask = (a: BasePermissions, b: BasePermissions): boolean => Number(a.High) === Number(b.High) && Number(a.Low) === Number(b.Low);

/**
 * Limited Access is SharePoint's own bookkeeping (it adds it to reach something below) and grants no write: it is
 * neither planned nor removed.
 */
const counts = (role: SpRoleDefinition): boolean => !role.hidden && role.roleTypeKind !== 1;

const sameText = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a !== '' && a.toLowerCase() === b.toLowerCase();

export function auditLevels(plan: readonly SecurablePlan[], definitions: readonly SpRoleDefinition[]): Deviation[] {
  const used = [...new Set(plan.flatMap((p) => p.grants.map((g) => g.level)))];
  return used.flatMap((level): Deviation[] => {
    const definition = findLevel(definitions, level);
    const name = levelWords(level);
    if (!definition)
      return [
        { kind: 'level-missing', level, subject: LEVELS_SUBJECT, words: { da: `${name.da} findes ikke`, en: `${name.en} does not exist` } },
      ];
    const expected = EXPECTED_MASK[level];
    if (expected && !sameMask(definition.basePermissions, expected)) {
      return [
        {
          kind: 'level-differs',
          level,
          definition,
          subject: LEVELS_SUBJECT,
          words: {
            da: `${name.da} giver andre rettigheder end planen; ret det i webstedets indstillinger (Tilladelsesniveauer)`,
            en: `${name.en} grants other permissions than the plan; fix it in the site settings (Permission Levels)`,
          },
        },
      ];
    }
    return [];
  });
}

function holderOfPlanned(principal: PlanPrincipal, groups: SiteGroups, principals: PlanPrincipals): Holder {
  const words = planPrincipalWords(principal);
  if (principal.kind !== 'user') return { planned: principal, id: groups[principal.kind].id, words };
  const user = principals.users.find((u) => u.email === principal.email);
  return { planned: principal, ...(user?.id !== undefined ? { id: user.id } : {}), words };
}

function isPlanned(principal: PlanPrincipal, sp: SpPrincipal, groups: SiteGroups, principals: PlanPrincipals): boolean {
  if (principal.kind !== 'user') return sp.id === groups[principal.kind].id;
  if (sp.kind !== 'user') return false;
  const user = principals.users.find((u) => u.email === principal.email);
  if (!user) return false;
  return sp.id === user.id || sameText(sp.loginName, user.loginName) || sameText(sp.email, user.email);
}

/** The deviations of one list or folder. A person without an account is not one: `PlanPrincipals` reports them. */
export function auditTarget(
  entry: SecurablePlan,
  state: TargetState,
  site: Pick<SiteSecurity, 'groups' | 'roleDefinitions' | 'currentUser'>,
  principals: PlanPrincipals,
): Deviation[] {
  const target = entry.target;
  const subject = targetWords(target);
  if (!state.exists) return [{ kind: 'target-missing', target, subject, words: { da: 'findes ikke', en: 'does not exist' } }];
  const deviations: Deviation[] = [];
  if (state.inherits) {
    deviations.push({
      kind: 'inherits',
      target,
      subject,
      words: { da: 'arver rettigheder fra webstedet', en: "inherits the site's permissions" },
    });
  } else {
    const seen = new Set<number>();
    for (const grant of entry.grants) {
      if (grant.principal.kind === 'user' && principals.withoutAccount.includes(grant.principal.email)) continue;
      const assignment = state.assignments.find((a) => isPlanned(grant.principal, a.principal, site.groups, principals));
      if (assignment) seen.add(assignment.principal.id);
      const has = (assignment?.roles ?? []).filter(counts);
      const wanted = findLevel(site.roleDefinitions, grant.level);
      const lacks = !wanted || !has.some((r) => r.id === wanted.id);
      const remove = has.filter((r) => r.id !== wanted?.id);
      if (!lacks && remove.length === 0) continue;
      const holder = holderOfPlanned(grant.principal, site.groups, principals);
      const level = levelWords(grant.level);
      const held = rolesWords(has);
      const words =
        has.length === 0
          ? { da: `${holder.words.da} mangler ${level.da}`, en: `${holder.words.en} lacks ${level.en}` }
          : {
              da: `${holder.words.da} har ${held.da}, skal have ${level.da}`,
              en: `${holder.words.en} has ${held.en}, should have ${level.en}`,
            };
      deviations.push({
        kind: 'grant',
        target,
        subject,
        holder: assignment ? { ...holder, id: assignment.principal.id } : holder,
        ...(lacks ? { add: grant.level } : {}),
        remove,
        words,
      });
    }
    for (const assignment of state.assignments) {
      if (seen.has(assignment.principal.id)) continue;
      const has = assignment.roles.filter(counts);
      if (has.length === 0) continue;
      const who = spPrincipalWords(assignment.principal, site.currentUser.id);
      const held = rolesWords(has);
      deviations.push({
        kind: 'grant',
        target,
        subject,
        holder: { id: assignment.principal.id, words: who },
        remove: has,
        words: { da: `ekstra rolle: ${who.da} har ${held.da}`, en: `extra role: ${who.en} has ${held.en}` },
      });
    }
  }
  if (target.kind === 'list' && state.writeSecurity !== undefined && state.writeSecurity !== entry.writeSecurity) {
    deviations.push({
      kind: 'write-security',
      target,
      subject,
      actual: state.writeSecurity,
      expected: entry.writeSecurity,
      words: {
        da: `WriteSecurity er ${state.writeSecurity}, skal være ${entry.writeSecurity}`,
        en: `WriteSecurity is ${state.writeSecurity}, should be ${entry.writeSecurity}`,
      },
    });
  }
  return deviations;
}

/** Every deviation of the site from the plan: the permission levels first, then each list and folder in plan order. */
export function auditSite(plan: readonly SecurablePlan[], actual: SiteSecurity, principals: PlanPrincipals): Deviation[] {
  const states = new Map(actual.targets.map((t) => [targetKey(t.target), t.state]));
  return [
    ...auditLevels(plan, actual.roleDefinitions),
    ...plan.flatMap((entry) => auditTarget(entry, states.get(targetKey(entry.target)) ?? { exists: false }, actual, principals)),
  ];
}
