import { auditSite, type Deviation } from '../../../../src/store/site-permissions/audit';
import {
  basePermissions,
  CONTRIBUTE_NO_DELETE,
  READ_PERMISSIONS,
  sitePermissionPlan,
  type PlanGrant,
  type SecurablePlan,
} from '../../../../src/store/site-permissions/permission-plan';
import {
  targetKey,
  type PlanPrincipals,
  type SiteSecurity,
  type SpPrincipal,
  type SpRoleAssignment,
  type SpRoleDefinition,
  type TargetState,
} from '../../../../src/store/site-permissions/site-security';
import { line } from '../../../../src/store/site-permissions/wording';

const role = (id: number, name: string, roleTypeKind: number, mask = { High: '0', Low: '0' }, hidden = false): SpRoleDefinition => ({
  id,
  name,
  roleTypeKind,
  hidden,
  basePermissions: mask,
});
const FULL = role(1073741829, 'Full Control', 5, { High: '2147483647', Low: '4294967295' });
const EDIT = role(1073741830, 'Edit', 6);
const CONTRIBUTE = role(1073741827, 'Contribute', 3, { High: '432', Low: '1011028719' });
const READ = role(1073741826, 'Read', 2, READ_PERMISSIONS);
const LIMITED = role(1073741825, 'Limited Access', 1, { High: '0', Low: '0' }, true);
const NO_DELETE = role(1073741931, CONTRIBUTE_NO_DELETE.name, 0, CONTRIBUTE_NO_DELETE.basePermissions);
const BUILT_IN = [FULL, role(1073741828, 'Design', 4), EDIT, CONTRIBUTE, READ, LIMITED];

const group = (id: number, title: string): SpPrincipal => ({ id, title, loginName: title, kind: 'group' });
const user = (id: number, email: string): SpPrincipal => ({
  id,
  title: email,
  loginName: `i:0#.f|membership|${email}`,
  email,
  kind: 'user',
});
const GROUPS = { owners: group(3, 'KSG Owners'), visitors: group(4, 'KSG Visitors'), members: group(5, 'KSG Members') };
const RUNNER = user(7, 'katrine@region.example');
const JONAS = user(21, 'jonas@region.example');
const LENE = user(22, 'lene@kommune.example');

const PLAN = sitePermissionPlan(['jonas@region.example', 'lene@kommune.example', 'pia@privat.example']);
/** Jonas and Lene have accounts (Jonas already on the site), Pia only an address. */
const PRINCIPALS: PlanPrincipals = {
  users: [
    { email: 'jonas@region.example', loginName: JONAS.loginName, id: JONAS.id },
    { email: 'lene@kommune.example', loginName: LENE.loginName, id: LENE.id },
  ],
  withoutAccount: ['pia@privat.example'],
};

const LEVEL_ROLE = { fullControl: FULL, read: READ, contribute: CONTRIBUTE, contributeNoDelete: NO_DELETE } as const;

function holder(grant: PlanGrant): SpPrincipal {
  const p = grant.principal;
  if (p.kind === 'user') return p.email === JONAS.email ? JONAS : LENE;
  return GROUPS[p.kind];
}

/** The list or folder exactly as the plan wants it. */
function asPlanned(entry: SecurablePlan): TargetState {
  const assignments: SpRoleAssignment[] = entry.grants
    .filter((g) => !(g.principal.kind === 'user' && g.principal.email === 'pia@privat.example'))
    .map((g) => ({ principal: holder(g), roles: [LEVEL_ROLE[g.level]] }));
  return {
    exists: true,
    path: `path:${targetKey(entry.target)}`,
    inherits: false,
    assignments,
    ...(entry.target.kind === 'list' ? { writeSecurity: entry.writeSecurity } : {}),
  };
}

function site(
  change: (entry: SecurablePlan, planned: TargetState) => TargetState = (_, s) => s,
  roleDefinitions: readonly SpRoleDefinition[] = [...BUILT_IN, NO_DELETE],
): SiteSecurity {
  return {
    web: { id: 'w', title: 'KSG', serverRelativeUrl: '/sites/ksg' },
    currentUser: RUNNER,
    groups: GROUPS,
    roleDefinitions,
    targets: PLAN.map((entry) => ({ target: entry.target, state: change(entry, asPlanned(entry)) })),
  };
}

const lines = (deviations: readonly Deviation[]): string[] => deviations.map((d) => line(d.subject, d.words));
const is = (entry: SecurablePlan, name: string): boolean => (entry.target.kind === 'list' ? entry.target.list : entry.target.path) === name;
const withAssignments = (state: TargetState, edit: (a: readonly SpRoleAssignment[]) => SpRoleAssignment[]): TargetState =>
  state.exists && !state.inherits ? { ...state, assignments: edit(state.assignments) } : state;

describe('auditSite: where a site differs from the permission plan', () => {
  it('finds nothing on a site exactly as planned (a chair without an account is not a deviation)', () => {
    expect(auditSite(PLAN, site(), PRINCIPALS)).toEqual([]);
  });

  it('on a never-provisioned site: the missing level, every list and folder inheriting, and the answers lists’ write security', () => {
    const fresh = site(
      (entry) => ({ exists: true, path: 'p', inherits: true, ...(entry.target.kind === 'list' ? { writeSecurity: 1 } : {}) }),
      BUILT_IN,
    );
    const found = lines(auditSite(PLAN, fresh, PRINCIPALS));
    expect(found).toEqual([
      'Tilladelsesniveauer / permission levels: Bidrag uden sletning findes ikke / Bidrag uden sletning (contribute, no delete) does not exist',
      ...PLAN.flatMap((entry) => {
        const name = entry.target.kind === 'list' ? entry.target.list : `${entry.target.path} (mappe / folder)`;
        const inherits = `${name}: arver rettigheder fra webstedet / inherits the site's permissions`;
        return entry.writeSecurity === 2
          ? [inherits, `${name}: WriteSecurity er 1, skal være 2 / WriteSecurity is 1, should be 2`]
          : [inherits];
      }),
    ]);
    expect(found).toContain("Approvals: arver rettigheder fra webstedet / inherits the site's permissions");
    expect(found).toContain('SignOffs: WriteSecurity er 1, skal være 2 / WriteSecurity is 1, should be 2');
  });

  it.each<[string, string, (a: readonly SpRoleAssignment[]) => SpRoleAssignment[], string, Partial<Extract<Deviation, { kind: 'grant' }>>]>(
    [
      [
        'the members group with Edit instead of Read',
        'Members',
        (a) => a.map((x) => (x.principal.id === GROUPS.members.id ? { ...x, roles: [EDIT] } : x)),
        'Members: gruppen Medlemmer har Redigere, skal have Læse / members group has Edit, should have Read',
        {
          add: 'read',
          remove: [EDIT],
          holder: { planned: { kind: 'members' }, id: 5, words: { da: 'gruppen Medlemmer', en: 'members group' } },
        },
      ],
      [
        'the runner’s direct Full Control left from breaking inheritance',
        'Forum',
        (a) => [...a, { principal: RUNNER, roles: [FULL] }],
        'Forum: ekstra rolle: bruger katrine@region.example (dig, der kører provision) har Fuld kontrol / extra role: user katrine@region.example (you, running provision) has Full Control',
        {
          remove: [FULL],
          holder: {
            id: 7,
            words: {
              da: 'bruger katrine@region.example (dig, der kører provision)',
              en: 'user katrine@region.example (you, running provision)',
            },
          },
        },
      ],
      [
        'another person with Contribute',
        'Approvals',
        (a) => [...a, { principal: user(30, 'x@region.example'), roles: [CONTRIBUTE] }],
        'Approvals: ekstra rolle: bruger x@region.example har Bidrag / extra role: user x@region.example has Contribute',
        { remove: [CONTRIBUTE] },
      ],
      [
        'another SharePoint group with Edit',
        'MinutesVersions',
        (a) => [...a, { principal: group(9, 'Alle medarbejdere'), roles: [EDIT] }],
        'MinutesVersions: ekstra rolle: gruppen "Alle medarbejdere" har Redigere / extra role: group "Alle medarbejdere" has Edit',
        { remove: [EDIT] },
      ],
      [
        'the owners group missing on a folder',
        'Møder',
        (a) => a.filter((x) => x.principal.id !== GROUPS.owners.id),
        'Møder (mappe / folder): gruppen Ejere mangler Fuld kontrol / owners group lacks Full Control',
        { add: 'fullControl', remove: [] },
      ],
      [
        'a chair missing the triage level',
        'Submissions',
        (a) => a.filter((x) => x.principal.id !== LENE.id),
        'Submissions: bruger lene@kommune.example mangler Bidrag uden sletning / user lene@kommune.example lacks Bidrag uden sletning (contribute, no delete)',
        {
          add: 'contributeNoDelete',
          remove: [],
          holder: {
            planned: { kind: 'user', email: 'lene@kommune.example' },
            id: 22,
            words: { da: 'bruger lene@kommune.example', en: 'user lene@kommune.example' },
          },
        },
      ],
      [
        'members with the planned level and Edit besides',
        'ActionMarks',
        (a) => a.map((x) => (x.principal.id === GROUPS.members.id ? { ...x, roles: [NO_DELETE, EDIT] } : x)),
        'ActionMarks: gruppen Medlemmer har Bidrag uden sletning + Redigere, skal have Bidrag uden sletning / members group has Bidrag uden sletning + Edit, should have Bidrag uden sletning (contribute, no delete)',
        { remove: [EDIT] },
      ],
    ],
  )('%s', (_, name, edit, expected, fields) => {
    const deviations = auditSite(
      PLAN,
      site((entry, s) => (is(entry, name) ? withAssignments(s, edit) : s)),
      PRINCIPALS,
    );
    expect(lines(deviations)).toEqual([expected]);
    expect(deviations[0]).toMatchObject({ kind: 'grant', ...fields });
    if (fields.add === undefined) expect(deviations[0]).not.toHaveProperty('add');
  });

  it('ignores Limited Access, which SharePoint keeps itself', () => {
    const audited = site((entry, s) =>
      is(entry, 'Forum') ? withAssignments(s, (a) => [...a, { principal: user(31, 'y@region.example'), roles: [LIMITED] }]) : s,
    );
    expect(auditSite(PLAN, audited, PRINCIPALS)).toEqual([]);
  });

  it('recognises a planned person by login name or e-mail when they are not yet on the site (--check does not ensure users)', () => {
    const unensured: PlanPrincipals = {
      users: PRINCIPALS.users.map(({ email, loginName }) => ({ email, loginName })),
      withoutAccount: PRINCIPALS.withoutAccount,
    };
    expect(auditSite(PLAN, site(), unensured)).toEqual([]);
    const missing = site((entry, s) =>
      is(entry, 'AgendaItems') ? withAssignments(s, (a) => a.filter((x) => x.principal.id !== JONAS.id)) : s,
    );
    const [deviation] = auditSite(PLAN, missing, unensured);
    expect(deviation).toMatchObject({ kind: 'grant', add: 'contribute', remove: [] });
    expect(deviation?.kind === 'grant' && deviation.holder.id).toBeUndefined();
  });

  it('reports a list or folder that does not exist, and write security set wrong', () => {
    const audited = site((entry, s) =>
      is(entry, 'Godkendte referater') ? { exists: false } : is(entry, 'Members') && s.exists ? { ...s, writeSecurity: 2 } : s,
    );
    expect(lines(auditSite(PLAN, audited, PRINCIPALS))).toEqual([
      'Members: WriteSecurity er 2, skal være 1 / WriteSecurity is 2, should be 1',
      'Godkendte referater (mappe / folder): findes ikke / does not exist',
    ]);
  });

  it('reports a permission level that grants other permissions than planned (delete added to ours, edit added to Read)', () => {
    const withDelete = role(
      NO_DELETE.id,
      NO_DELETE.name,
      0,
      basePermissions(['viewListItems', 'addListItems', 'editListItems', 'deleteListItems']),
    );
    const readCanEdit = role(READ.id, READ.name, 2, basePermissions(['viewListItems', 'editListItems']));
    const deviations = auditSite(PLAN, site(undefined, [FULL, CONTRIBUTE, readCanEdit, withDelete]), PRINCIPALS);
    expect(deviations.map((d) => d.kind)).toEqual(['level-differs', 'level-differs']);
    expect(lines(deviations)[1]).toBe(
      'Tilladelsesniveauer / permission levels: Bidrag uden sletning giver andre rettigheder end planen; ret det i webstedets indstillinger (Tilladelsesniveauer) / Bidrag uden sletning (contribute, no delete) grants other permissions than the plan; fix it in the site settings (Permission Levels)',
    );
  });
});
