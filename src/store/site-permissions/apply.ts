import type { SharePointRest } from '../../graph/sharepoint-rest';
import type { Graph } from '../../graph/graph-types';
import { auditTarget, findLevel, type Deviation } from './audit';
import { ensureFolder } from './folders';
import { ensureLevels } from './levels';
import type { PermissionLevel, SecurablePlan } from './permission-plan';
import { planUserEmails, resolvePlanUsers } from './plan-users';
import { readCurrentUser, readSiteGroups, readTarget } from './read-site';
import type { PlanPrincipals, SiteSecurity } from './site-security';
import { levelWords, roleWords, targetWords, type Words } from './wording';

/**
 * Makes a forum site match the permission plan through SharePoint's REST API, and says what it changed. It fixes what
 * `auditSite` finds, so a second run finds nothing and changes nothing.
 *
 * Order matters, so the secretariat is never locked out: on each list and folder inheritance is broken first (SharePoint
 * then leaves only the caller, with Full Control), the planned roles are added with the Owners group's Full Control
 * first, and only then is every other role removed — the caller's own direct Full Control included, which the caller
 * keeps through the Owners group. Nothing is removed from a list or folder where the Owners group's Full Control could
 * not be given.
 */

export interface Change {
  readonly subject: string;
  readonly words: Words;
}

export interface ApplyResult {
  readonly changes: readonly Change[];
  /** Planned people with no account in the tenant: nothing could be given to them (not fatal). */
  readonly withoutAccount: readonly string[];
  /** What provision cannot fix through SharePoint's REST calls it makes (a permission level with other permissions). */
  readonly unresolved: readonly Deviation[];
}

const repeatable = { repeatable: true } as const;

const OWNERS_FIRST = (d: Deviation): number => (d.kind === 'grant' && d.holder.planned?.kind === 'owners' ? 0 : 1);

async function securePlanEntry(
  rest: SharePointRest,
  graph: Graph,
  siteId: string,
  entry: SecurablePlan,
  site: Pick<SiteSecurity, 'groups' | 'roleDefinitions' | 'currentUser'>,
  principals: PlanPrincipals,
  changes: Change[],
  unresolved: Deviation[],
): Promise<void> {
  const subject = targetWords(entry.target);
  const change = (words: Words): void => {
    changes.push({ subject, words });
  };
  let state = await readTarget(rest, graph, siteId, entry.target);
  if (!state.exists)
    throw new Error(`${subject} findes ikke på sitet, så den kan ikke sikres / does not exist on the site, so it cannot be secured`);
  if (state.inherits) {
    await rest.post(`${state.path}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, undefined, repeatable);
    change({ da: 'arver ikke længere rettigheder fra webstedet', en: "no longer inherits the site's permissions" });
    state = await readTarget(rest, graph, siteId, entry.target);
    if (!state.exists || state.inherits) throw new Error(`${subject}: SharePoint brød ikke arven / SharePoint did not break inheritance`);
  }
  const deviations = auditTarget(entry, state, site, principals);
  const grants = deviations.flatMap((d) => (d.kind === 'grant' ? [d] : [])).sort((a, b) => OWNERS_FIRST(a) - OWNERS_FIRST(b));

  let ownersHaveFullControl = true;
  for (const d of grants) {
    if (d.add === undefined) continue;
    const level: PermissionLevel = d.add;
    const definition = findLevel(site.roleDefinitions, level);
    if (!definition || d.holder.id === undefined) {
      if (d.holder.planned?.kind === 'owners') ownersHaveFullControl = false;
      unresolved.push(d);
      continue;
    }
    await rest.post(
      `${state.path}/roleassignments/addroleassignment(principalid=${d.holder.id},roledefid=${definition.id})`,
      undefined,
      repeatable,
    );
    const name = levelWords(level);
    change({ da: `gav ${d.holder.words.da} ${name.da}`, en: `gave ${d.holder.words.en} ${name.en}` });
  }
  if (!ownersHaveFullControl) return;
  for (const d of grants) {
    if (d.holder.id === undefined) continue;
    for (const role of d.remove) {
      await rest.post(
        `${state.path}/roleassignments/removeroleassignment(principalid=${d.holder.id},roledefid=${role.id})`,
        undefined,
        repeatable,
      );
      const name = roleWords(role);
      change({ da: `fjernede ${name.da} fra ${d.holder.words.da}`, en: `removed ${name.en} from ${d.holder.words.en}` });
    }
  }
  for (const d of deviations) {
    if (d.kind !== 'write-security') continue;
    await rest.merge(state.path, { __metadata: { type: 'SP.List' }, WriteSecurity: d.expected });
    const what = d.expected === 2 ? { da: 'kun egne elementer', en: 'own items only' } : { da: 'alle elementer', en: 'all items' };
    change({ da: `WriteSecurity sat til ${d.expected} (${what.da})`, en: `WriteSecurity set to ${d.expected} (${what.en})` });
  }
}

export async function applyPlan(rest: SharePointRest, graph: Graph, siteId: string, plan: readonly SecurablePlan[]): Promise<ApplyResult> {
  const changes: Change[] = [];
  const unresolved: Deviation[] = [];
  for (const entry of plan) {
    if (entry.target.kind !== 'folder') continue;
    if ((await ensureFolder(graph, siteId, entry.target.path)).created)
      changes.push({ subject: targetWords(entry.target), words: { da: 'oprettet', en: 'created' } });
  }
  const principals = await resolvePlanUsers(rest, graph, planUserEmails(plan), { ensure: true });
  const [currentUser, groups, roleDefinitions] = await Promise.all([
    readCurrentUser(rest),
    readSiteGroups(rest),
    ensureLevels(rest, plan, changes, unresolved),
  ]);
  const site = { groups, roleDefinitions, currentUser };
  // One list or folder at a time: each one's removals wait for its own additions.
  for (const entry of plan) await securePlanEntry(rest, graph, siteId, entry, site, principals, changes, unresolved);
  return { changes, withoutAccount: principals.withoutAccount, unresolved };
}
