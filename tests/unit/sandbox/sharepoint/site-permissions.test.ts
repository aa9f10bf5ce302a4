import type { ListName } from '../../../../src/store/schema';
import { CONTRIBUTE_NO_DELETE } from '../../../../src/store/site-permissions/permission-plan';
import { initialState } from '../../../../src/sandbox/seed/initial-state';
import type { Seed, SeedPerson } from '../../../../src/sandbox/seed/types';
import type { SiteRecord } from '../../../../src/sandbox/sites/state';
import type { SandboxState } from '../../../../src/sandbox/state';
import { mayReadListItem, mayWriteListItem, userCan } from '../../../../src/sandbox/sharepoint/effective';
import type { ItemWrite } from '../../../../src/sandbox/sharepoint/effective';
import { findPrincipal } from '../../../../src/sandbox/sharepoint/principals';
import { roleDefinitions, ROLE_ID } from '../../../../src/sandbox/sharepoint/role-definitions';
import {
  addRoleAssignment,
  breakRoleInheritance,
  hasUniqueRoleAssignments,
  removeRoleAssignment,
  roleAssignments,
  setListSecurity,
} from '../../../../src/sandbox/sharepoint/securables';
import { GROUP_PRINCIPAL } from '../../../../src/sandbox/sharepoint/state';
import { testSeed } from '../../../integration/support/test-seed';

/**
 * Who may write what on a forum's site, provisioned by the plan and left as Microsoft 365 creates it. The forum: the
 * secretary owns the group; a co-chair and an ordinary member of the secretariat's tenant, a guest from a municipality,
 * and a co-chair with nothing but an e-mail address are its members.
 */

const person = (id: string, displayName: string, mail: string, account: SeedPerson['account']): SeedPerson => ({
  id,
  displayName,
  givenName: displayName.split(' ')[0] ?? '',
  surname: displayName.split(' ')[1] ?? '',
  mail,
  jobTitle: 'Tester',
  organisation: 'Test',
  organisationKind: 'hospital',
  account,
});

const MEMBER = person('11111111-0000-4000-a000-0000000000b1', 'Mona Medlem', 'mona.medlem@testregion.example', 'member');
const MAIL_ONLY_CHAIR = person('', 'Erik Ekstern', 'erik.ekstern@privat.example', 'external');
const [steering, theme] = testSeed.forums;
if (!steering || !theme) throw new Error('the test seed has two forums');

const seedWith = (sitePermissions: 'provisioned' | 'inherited'): Seed => {
  return {
    ...testSeed,
    people: [...testSeed.people, MEMBER, { ...MAIL_ONLY_CHAIR, id: `external:${MAIL_ONLY_CHAIR.mail}` }],
    forums: [
      {
        ...steering,
        members: [...steering.members, { person: MEMBER.mail, role: 'member' }, { person: MAIL_ONLY_CHAIR.mail, role: 'chair' }],
        sitePermissions,
      },
      theme,
    ],
  };
};

const NOW = new Date('2026-11-23T09:00:00Z');
const people = { owner: testSeed.people[1], member: MEMBER, guest: testSeed.people[2], chair: testSeed.people[0] };
type Who = keyof typeof people;
const idOf = (who: Who): string => people[who]?.id ?? '';

function forumSite(state: SandboxState): SiteRecord {
  const site = state.sites.sites.find((s) => s.id === steering?.siteId);
  if (!site) throw new Error('no steering site');
  return site;
}

const listId = (site: SiteRecord, name: ListName): string => site.lists.find((l) => l.name === name)?.id ?? '';

type Op = 'POST' | 'PATCH own' | "PATCH others'" | 'DELETE';
const OPS: readonly Op[] = ['POST', 'PATCH own', "PATCH others'", 'DELETE'];

function write(op: Op, who: Who): ItemWrite {
  if (op === 'POST') return { kind: 'add' };
  if (op === 'DELETE') return { kind: 'delete' };
  // "others'" is an item the secretary made, or (for the secretary) one the member made.
  const other = who === 'owner' ? idOf('member') : idOf('owner');
  return { kind: 'edit', createdById: op === 'PATCH own' ? idOf(who) : other };
}

/** What each person may do on each kind of list: `true` for each of POST, PATCH own, PATCH others', DELETE. */
type Row = readonly [boolean, boolean, boolean, boolean];
const ALL: Row = [true, true, true, true];
const NONE: Row = [false, false, false, false];
const OWN_ANSWERS: Row = [true, true, false, false];
const ADD_EDIT: Row = [true, true, true, false];

const KINDS: Readonly<Record<string, readonly ListName[]>> = {
  configuration: ['Forum', 'Members', 'Meetings', 'MinutesVersions', 'Actions', 'Consultations', 'ConsultationReplies'],
  triage: ['Submissions'],
  agenda: ['AgendaItems'],
  answers: ['Approvals', 'SignOffs', 'Substitutes', 'ActionMarks'],
};

const PROVISIONED: Readonly<Record<Who, Readonly<Record<string, Row>>>> = {
  owner: { configuration: ALL, triage: ALL, agenda: ALL, answers: ALL },
  member: { configuration: NONE, triage: NONE, agenda: NONE, answers: OWN_ANSWERS },
  guest: { configuration: NONE, triage: NONE, agenda: NONE, answers: OWN_ANSWERS },
  chair: { configuration: NONE, triage: ADD_EDIT, agenda: ALL, answers: OWN_ANSWERS },
};

function table(site: SiteRecord, state: SandboxState, who: Who, kind: string): Record<string, Row> {
  return Object.fromEntries(
    (KINDS[kind] ?? []).map((name) => [
      name,
      OPS.map((op) => mayWriteListItem(site, state.directory, idOf(who), listId(site, name), write(op, who))) as unknown as Row,
    ]),
  );
}

describe('effective permissions on a provisioned forum site', () => {
  const state = initialState(seedWith('provisioned'), NOW);
  const site = forumSite(state);

  for (const who of Object.keys(PROVISIONED) as Who[]) {
    for (const kind of Object.keys(KINDS)) {
      const expected = PROVISIONED[who][kind] ?? NONE;
      it(`${who} on ${kind} lists: POST ${expected[0]}, PATCH own ${expected[1]}, PATCH others' ${expected[2]}, DELETE ${expected[3]}`, () => {
        const want = Object.fromEntries((KINDS[kind] ?? []).map((name) => [name, expected]));
        expect(table(site, state, who, kind)).toEqual(want);
      });
    }
  }

  it('lets only the secretariat write in the meeting folders, and everyone elsewhere in the library', () => {
    const folder = (name: string): string =>
      Object.values(site.drive.items).find((i) => i.name === name && i.parentId === site.drive.rootId)?.id ?? '';
    for (const name of ['Møder', 'Godkendte referater']) {
      const at = { kind: 'folder', itemId: folder(name) } as const;
      for (const kind of ['addListItems', 'editListItems', 'deleteListItems'] as const) {
        expect([
          userCan(site, state.directory, idOf('owner'), at, kind),
          userCan(site, state.directory, idOf('chair'), at, kind),
          userCan(site, state.directory, idOf('guest'), at, kind),
        ]).toEqual([true, false, false]);
      }
    }
    const root = { kind: 'folder', itemId: site.drive.rootId } as const;
    expect(userCan(site, state.directory, idOf('guest'), root, 'addListItems')).toBe(true);
  });

  it('leaves exactly the plan: owners, members and visitors on a configuration list, no trace of the secretary who provisioned it', () => {
    const members = roleAssignments(site, { kind: 'list', listId: listId(site, 'Members') });
    expect(members.map((a) => [a.principalId, a.roleDefinitionIds])).toEqual([
      [GROUP_PRINCIPAL.owners, [ROLE_ID.fullControl]],
      [GROUP_PRINCIPAL.members, [ROLE_ID.read]],
      [GROUP_PRINCIPAL.visitors, [ROLE_ID.read]],
    ]);
  });

  it('grants the chair with an account, not the one with only an e-mail address, triage through "Bidrag uden sletning"', () => {
    const custom = roleDefinitions(site.security).find((r) => r.name === CONTRIBUTE_NO_DELETE.name);
    expect(custom).toMatchObject({ roleTypeKind: 0, basePermissions: CONTRIBUTE_NO_DELETE.basePermissions });
    const users = roleAssignments(site, { kind: 'list', listId: listId(site, 'Submissions') })
      .map((a) => findPrincipal(site, a.principalId))
      .filter((p) => p?.principalType === 1);
    expect(users.map((p) => p?.email)).toEqual([people.chair?.mail]);
  });

  it('shows a person only their own items once a list reads with ReadSecurity 2, unless they manage the list', () => {
    const copy = initialState(seedWith('provisioned'), NOW);
    const s = forumSite(copy);
    setListSecurity(s, listId(s, 'Approvals'), { readSecurity: 2 });
    const approvals = listId(s, 'Approvals');
    expect(mayReadListItem(s, copy.directory, idOf('guest'), approvals, idOf('guest'))).toBe(true);
    expect(mayReadListItem(s, copy.directory, idOf('guest'), approvals, idOf('chair'))).toBe(false);
    expect(mayReadListItem(s, copy.directory, idOf('owner'), approvals, idOf('chair'))).toBe(true);
  });
});

describe('effective permissions on a site nobody provisioned', () => {
  const state = initialState(seedWith('inherited'), NOW);
  const site = forumSite(state);

  it('has no security record, no meeting folders, and lets every member of the group write and delete every item', () => {
    expect(site.security).toBeUndefined();
    expect(Object.values(site.drive.items).map((i) => i.name)).toEqual(['root']);
    for (const who of Object.keys(people) as Who[]) {
      for (const kind of Object.keys(KINDS)) {
        expect(table(site, state, who, kind)).toEqual(Object.fromEntries((KINDS[kind] ?? []).map((name) => [name, ALL])));
      }
    }
  });

  it('lets nobody outside the group write', () => {
    const outsider = testSeed.people[4]?.id ?? '';
    expect(mayWriteListItem(site, state.directory, outsider, listId(site, 'ActionMarks'), { kind: 'add' })).toBe(false);
  });

  it('behaves the same for a state file written before sites had security (the property absent)', () => {
    const old = JSON.parse(JSON.stringify(initialState(seedWith('provisioned'), NOW))) as SandboxState;
    for (const s of old.sites.sites) delete s.security;
    const oldSite = forumSite(old);
    expect(
      mayWriteListItem(oldSite, old.directory, idOf('guest'), listId(oldSite, 'Members'), { kind: 'edit', createdById: idOf('owner') }),
    ).toBe(true);
  });
});

describe('role assignments as SharePoint changes them', () => {
  const fresh = (): { state: SandboxState; site: SiteRecord } => {
    const state = initialState(seedWith('inherited'), NOW);
    return { state, site: forumSite(state) };
  };
  const secretary = (state: SandboxState) => state.directory.users.find((u) => u.id === idOf('owner'));

  it('breaking inheritance without copying leaves the caller alone with Full Control; a second break changes nothing', () => {
    const { state, site } = fresh();
    const members = { kind: 'list', listId: listId(site, 'Members') } as const;
    breakRoleInheritance(site, members, secretary(state), { copyRoleAssignments: false, clearSubscopes: true });
    const once = roleAssignments(site, members).map((a) => ({
      email: findPrincipal(site, a.principalId)?.email,
      roles: a.roleDefinitionIds,
    }));
    expect(once).toEqual([{ email: people.owner?.mail, roles: [ROLE_ID.fullControl] }]);
    addRoleAssignment(site, members, GROUP_PRINCIPAL.members, ROLE_ID.read);
    breakRoleInheritance(site, members, secretary(state), { copyRoleAssignments: true, clearSubscopes: true });
    expect(roleAssignments(site, members)).toHaveLength(2);
    // The guest, in Members with Read only, can no longer edit; the secretary, an owner, still through the user grant.
    expect(mayWriteListItem(site, state.directory, idOf('guest'), members.listId, { kind: 'add' })).toBe(false);
    expect(hasUniqueRoleAssignments(site, members)).toBe(true);
  });

  it('copying keeps what the object inherited', () => {
    const { state, site } = fresh();
    const actions = { kind: 'list', listId: listId(site, 'Actions') } as const;
    breakRoleInheritance(site, actions, secretary(state), { copyRoleAssignments: true, clearSubscopes: false });
    expect(roleAssignments(site, actions).map((a) => a.principalId)).toEqual([
      GROUP_PRINCIPAL.owners,
      GROUP_PRINCIPAL.members,
      GROUP_PRINCIPAL.visitors,
    ]);
  });

  it('adds a binding once and removes it, the assignment with its last binding; refuses on an object that inherits', () => {
    const { state, site } = fresh();
    const forum = { kind: 'list', listId: listId(site, 'Forum') } as const;
    expect(() => addRoleAssignment(site, forum, GROUP_PRINCIPAL.members, ROLE_ID.read)).toThrow('inherits permissions');
    breakRoleInheritance(site, forum, secretary(state), { copyRoleAssignments: false, clearSubscopes: true });
    addRoleAssignment(site, forum, GROUP_PRINCIPAL.members, ROLE_ID.read);
    addRoleAssignment(site, forum, GROUP_PRINCIPAL.members, ROLE_ID.read);
    addRoleAssignment(site, forum, GROUP_PRINCIPAL.members, ROLE_ID.edit);
    expect(roleAssignments(site, forum).find((a) => a.principalId === GROUP_PRINCIPAL.members)?.roleDefinitionIds).toEqual([
      ROLE_ID.read,
      ROLE_ID.edit,
    ]);
    removeRoleAssignment(site, forum, GROUP_PRINCIPAL.members, ROLE_ID.edit);
    removeRoleAssignment(site, forum, GROUP_PRINCIPAL.members, ROLE_ID.read);
    removeRoleAssignment(site, forum, GROUP_PRINCIPAL.members, ROLE_ID.read);
    expect(roleAssignments(site, forum).map((a) => a.principalId)).not.toContain(GROUP_PRINCIPAL.members);
    expect(() => addRoleAssignment(site, forum, 99, ROLE_ID.read)).toThrow('Cannot find principal');
  });

  it('write security 2 limits an edit to the items one created, unless one manages the list', () => {
    const { state, site } = fresh();
    const approvals = { kind: 'list', listId: listId(site, 'Approvals') } as const;
    setListSecurity(site, approvals.listId, { writeSecurity: 2 });
    // Inherited, the members hold Edit, which includes ManageLists: write security does not bind them.
    expect(mayWriteListItem(site, state.directory, idOf('guest'), approvals.listId, { kind: 'edit', createdById: idOf('chair') })).toBe(
      true,
    );
    breakRoleInheritance(site, approvals, secretary(state), { copyRoleAssignments: false, clearSubscopes: true });
    addRoleAssignment(site, approvals, GROUP_PRINCIPAL.members, 1073741827); // Contribute
    expect(mayWriteListItem(site, state.directory, idOf('guest'), approvals.listId, { kind: 'edit', createdById: idOf('chair') })).toBe(
      false,
    );
    expect(mayWriteListItem(site, state.directory, idOf('guest'), approvals.listId, { kind: 'edit', createdById: idOf('guest') })).toBe(
      true,
    );
    expect(mayWriteListItem(site, state.directory, idOf('owner'), approvals.listId, { kind: 'edit', createdById: idOf('guest') })).toBe(
      true,
    );
  });
});
