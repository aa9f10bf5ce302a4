import { agendaOutsider } from '../../../src/domain/agenda-trust';
import {
  approvalRule,
  chairsOf,
  createdByOwners,
  forumMembers,
  integrityProblem,
  isOwner,
  roleOf,
  shownAsSecretariats,
  verifyMembers,
  writtenByOwners,
} from '../../../src/domain/forum-trust';
import type { Forum, ForumMember, ForumOwner, WriteStamp } from '../../../src/domain/types';

const KATRINE: ForumOwner = { id: 'u-katrine', name: 'Katrine Holm', email: 'katrine.holm@region.example' };
const owners = [KATRINE];
const stamp = (createdBy: string, modifiedBy = createdBy): WriteStamp => ({
  createdById: createdBy,
  createdByName: createdBy,
  modifiedById: modifiedBy,
  modifiedByName: modifiedBy,
});
const row = (name: string, email: string, role: ForumMember['role'], by: WriteStamp = stamp('u-katrine')): ForumMember => ({
  id: name,
  name,
  email,
  organisation: '',
  organisationKind: 'other',
  jobTitle: '',
  role,
  external: false,
  stamp: by,
});

describe('who wrote it', () => {
  it.each([
    ['created and changed by an owner', stamp('u-katrine'), true],
    ['created by an owner, changed by a member', stamp('u-katrine', 'u-per'), false],
    ['created by a member, changed by an owner', stamp('u-per', 'u-katrine'), false],
    ['created by a member', stamp('u-per'), false],
    ['no author', stamp(''), false],
  ])('%s → %s', (_what, s, expected) => {
    expect(writtenByOwners(s, owners, [])).toBe(expected);
  });

  // The forum's unattended run (`sekretariat run`) writes with its own application identity: its client id counts
  // as the secretariat's, any other application's does not, and an application's id never passes for a person's.
  const RUN_APP = '7d2f4a90-3c1e-4b8a-9f06-5e4d3c2b1a07';
  const OTHER_APP = '0a1b2c3d-0000-4000-8000-00000000beef';
  const app = (id: string) => ({ id, name: 'Sekretariat automation', app: true as const });
  const person = (id: string) => ({ id, name: id, app: false as const });
  const written = (created: { id: string; name: string; app: boolean }, modified = created): WriteStamp => ({
    createdById: created.id,
    createdByName: created.name,
    modifiedById: modified.id,
    modifiedByName: modified.name,
    ...(created.app ? { createdByApp: true } : {}),
    ...(modified.app ? { modifiedByApp: true } : {}),
  });
  it.each([
    ['created by an owner, changed by the configured app', written(person('u-katrine'), app(RUN_APP)), [RUN_APP], true],
    ['created and changed by the configured app', written(app(RUN_APP)), [RUN_APP], true],
    ['the configured app, its id in other letter case', written(person('u-katrine'), app(RUN_APP.toUpperCase())), [RUN_APP], true],
    ['created by an owner, changed by another app', written(person('u-katrine'), app(OTHER_APP)), [RUN_APP], false],
    ['changed by the app when no app is configured', written(person('u-katrine'), app(RUN_APP)), [], false],
    ['changed by the app, the configuration unknown', written(person('u-katrine'), app(RUN_APP)), undefined, false],
    ['changed by the app, created by a member', written(person('u-per'), app(RUN_APP)), [RUN_APP], false],
    ["an app whose id is an owner's object id", written(person('u-katrine'), app('u-katrine')), [RUN_APP], false],
    ["a person whose object id is the app's client id", written(person('u-katrine'), person(RUN_APP)), [RUN_APP], false],
  ])('%s → %s', (_what, s, apps, expected) => {
    expect(writtenByOwners(s, owners, apps)).toBe(expected);
  });

  it("counts a version the configured app created as the secretariat's, and none when the owners are unknown", () => {
    expect(createdByOwners(written(app(RUN_APP), person('u-per')), owners, [RUN_APP])).toBe(true);
    expect(createdByOwners(written(app(OTHER_APP)), owners, [RUN_APP])).toBe(false);
    expect(writtenByOwners(written(app(RUN_APP)), undefined, [RUN_APP])).toBe(false);
    expect(shownAsSecretariats(written(person('u-katrine'), app(RUN_APP)), { owners, trustedAppIds: [RUN_APP] })).toBe(true);
    expect(shownAsSecretariats(written(person('u-katrine'), app(RUN_APP)), { owners })).toBe(false);
  });

  it("keeps a Members row the configured app changed last as the secretariat's; another app's becomes an observer", () => {
    const rows = [
      row('Jonas', 'jonas@region.example', 'chair', written(person('u-katrine'), app(RUN_APP))),
      row('Lene', 'lene@region.example', 'chair', written(person('u-katrine'), app(OTHER_APP))),
    ];
    expect(verifyMembers(rows, owners, [RUN_APP]).map((m) => [m.name, m.role])).toEqual([
      ['Jonas', 'chair'],
      ['Lene', 'observer'],
    ]);
  });

  it('trusts nothing when the owners are unknown, but shows what is listed', () => {
    expect(writtenByOwners(stamp('u-katrine'), undefined, [])).toBe(false);
    expect(shownAsSecretariats(stamp('u-per'), {})).toBe(true);
    expect(shownAsSecretariats(stamp('u-per'), { owners })).toBe(false);
  });
});

describe('who may write the agenda: the secretariat and the co-chairs it listed', () => {
  const chairRow = row('Cecilie', 'cecilie@hospital.example', 'chair');
  const forum = { owners, trustedAppIds: ['app-run'], members: [chairRow, row('Per', 'per@kommune.example', 'member')] };
  const by = (id: string, email?: string, app = false): Pick<WriteStamp, 'createdById' | 'createdByName'> & Partial<WriteStamp> => ({
    createdById: id,
    createdByName: id,
    ...(email ? { createdByEmail: email } : {}),
    ...(app ? { createdByApp: true } : {}),
  });
  const stampOf = (c: ReturnType<typeof by>, m: ReturnType<typeof by> = c): WriteStamp => ({
    createdById: c.createdById,
    createdByName: c.createdByName,
    modifiedById: m.createdById,
    modifiedByName: m.createdByName,
    ...(c.createdByEmail ? { createdByEmail: c.createdByEmail } : {}),
    ...(m.createdByEmail ? { modifiedByEmail: m.createdByEmail } : {}),
    ...(c.createdByApp ? { createdByApp: true } : {}),
    ...(m.createdByApp ? { modifiedByApp: true } : {}),
  });
  it.each<[string, WriteStamp, string | undefined]>([
    ['the secretary', stampOf(by('u-katrine')), undefined],
    ["the secretary's item, ordered by a co-chair", stampOf(by('u-katrine'), by('u-cecilie', 'Cecilie@Hospital.example')), undefined],
    ["the forum's application", stampOf(by('app-run', undefined, true)), undefined],
    ["a member's item", stampOf(by('u-per', 'per@kommune.example')), 'u-per'],
    ["the secretary's item, changed by a member", stampOf(by('u-katrine'), by('u-per', 'per@kommune.example')), 'u-per'],
    ["a member's item, saved since by the secretary", stampOf(by('u-per', 'per@kommune.example'), by('u-katrine')), 'u-per'],
    ["an application claiming a chair's address", stampOf(by('app-x', 'cecilie@hospital.example', true)), 'app-x'],
  ])('%s → outsider %s', (_what, s, outsider) => {
    expect(agendaOutsider(s, forum)).toBe(outsider);
  });

  it('a chair listed by a row the secretariat did not write is no chair; owners unknown, nobody can be told apart', () => {
    const listedByPer = row('Cecilie', 'cecilie@hospital.example', 'chair', stamp('u-per'));
    const verified = verifyMembers([listedByPer], owners, []);
    const chairEdit = stampOf(by('u-katrine'), by('u-cecilie', 'cecilie@hospital.example'));
    expect(agendaOutsider(chairEdit, { owners, members: verified })).toBe('u-cecilie');
    expect(agendaOutsider(stampOf(by('u-katrine')), { members: [chairRow] })).toBe('');
  });
});

describe('roles', () => {
  const members = verifyMembers(
    [
      row('Jonas', 'jonas@region.example', 'chair'),
      row('Per', 'per@kommune.example', 'chair', stamp('u-per')), // made himself a chair
      row('Yrsa', 'yrsa@region.example', 'member', stamp('u-katrine', 'u-per')), // a chair Per demoted
      row('Sofie', 'sofie@region.example', 'secretariat'), // listed as secretariat, no owner
    ],
    owners,
    [],
  );
  const forum: Pick<Forum, 'owners' | 'members'> = { owners, members };

  it('counts a role only from a row the secretariat wrote and nobody else changed', () => {
    expect(members.map((m) => [m.name, m.role, m.unverified?.listedRole])).toEqual([
      ['Jonas', 'chair', undefined],
      ['Per', 'observer', 'chair'],
      ['Yrsa', 'observer', 'member'],
      ['Sofie', 'secretariat', undefined],
    ]);
    expect(chairsOf(forum).map((c) => c.name)).toEqual(['Jonas']);
  });

  it('makes the group owners the secretariat, by id or address, and nobody else', () => {
    expect(isOwner(forum, { id: 'u-katrine', email: '' })).toBe(true);
    expect(isOwner(forum, { email: 'Katrine.Holm@region.example' })).toBe(true);
    expect(roleOf(forum, { id: 'u-katrine', email: 'katrine.holm@region.example' })).toBe('secretariat');
    expect(roleOf(forum, { email: 'sofie@region.example' })).toBe('member');
    expect(roleOf(forum, { email: 'per@kommune.example' })).toBe('observer');
    expect(roleOf(forum, { email: 'jonas@region.example' })).toBe('chair');
    expect(roleOf(forum, { email: 'nobody@x.example' })).toBeUndefined();
  });

  it('shows the listed role when the owners cannot be read, and then decides nothing', () => {
    const listed = verifyMembers([row('Sofie', 'sofie@region.example', 'secretariat', stamp('u-per'))], undefined, []);
    expect(roleOf({ members: listed }, { email: 'sofie@region.example' })).toBe('secretariat');
    expect(integrityProblem({ members: listed })).toEqual({ kind: 'owners-unknown' });
  });

  it('reports the rows someone else wrote as a problem for every decision', () => {
    expect(integrityProblem(forum)).toEqual({ kind: 'members-changed', rows: [members[1], members[2]] });
    expect(integrityProblem({ owners, members: [members[0] as ForumMember] })).toBeUndefined();
  });

  it('acts on the secretariat’s rows only: the others are set aside, their people observers in their own views', () => {
    const split = forumMembers(
      [
        row('Jonas', 'jonas@region.example', 'chair'),
        row('Per', 'per@kommune.example', 'chair', stamp('u-per')),
        row('Ude', 'ude@udenfor.example', 'member', stamp('u-per')),
      ],
      owners,
      [],
    );
    expect(split.members.map((m) => m.name)).toEqual(['Jonas']);
    expect(split.unverifiedMembers?.map((m) => [m.name, m.role, m.unverified?.listedRole])).toEqual([
      ['Per', 'observer', 'chair'],
      ['Ude', 'observer', 'member'],
    ]);
    const forum2 = { owners, ...split };
    expect(roleOf(forum2, { email: 'per@kommune.example' })).toBe('observer');
    expect(roleOf(forum2, { email: 'ude@udenfor.example' })).toBe('observer');
    expect(chairsOf(forum2).map((c) => c.name)).toEqual(['Jonas']);
    expect(integrityProblem(forum2)).toEqual({ kind: 'members-changed', rows: split.unverifiedMembers });
    // Every row the secretariat's: nothing set aside.
    expect(forumMembers([row('Jonas', 'jonas@region.example', 'chair')], owners, [])).toEqual({
      members: [row('Jonas', 'jonas@region.example', 'chair')],
    });
  });

  it('uses the forum’s approval rule only when the secretariat wrote the settings', () => {
    const settings = { approval: { required: 2 } } as Forum['settings'];
    expect(approvalRule({ settings })).toBe(2);
    expect(approvalRule({ settings, settingsUnverified: { by: 'Per' } })).toBeUndefined();
  });
});
