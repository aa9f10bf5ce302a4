import { approvalRule, chairsOf, integrityProblem, isOwner, roleOf, shownAsSecretariats, verifyMembers, writtenByOwners } from '../../../src/domain/forum-trust';
import type { Forum, ForumMember, ForumOwner, WriteStamp } from '../../../src/domain/types';

const KATRINE: ForumOwner = { id: 'u-katrine', name: 'Katrine Holm', email: 'katrine.holm@region.example' };
const owners = [KATRINE];
const stamp = (createdBy: string, modifiedBy = createdBy): WriteStamp => ({ createdById: createdBy, createdByName: createdBy, modifiedById: modifiedBy, modifiedByName: modifiedBy });
const row = (name: string, email: string, role: ForumMember['role'], by: WriteStamp = stamp('u-katrine')): ForumMember => ({ id: name, name, email, organisation: '', organisationKind: 'other', jobTitle: '', role, external: false, stamp: by });

describe('who wrote it', () => {
  it.each([
    ['created and changed by an owner', stamp('u-katrine'), true],
    ['created by an owner, changed by a member', stamp('u-katrine', 'u-per'), false],
    ['created by a member, changed by an owner', stamp('u-per', 'u-katrine'), false],
    ['created by a member', stamp('u-per'), false],
    ['no author', stamp(''), false],
  ])('%s → %s', (_what, s, expected) => {
    expect(writtenByOwners(s, owners)).toBe(expected);
  });

  it('trusts nothing when the owners are unknown, but shows what is listed', () => {
    expect(writtenByOwners(stamp('u-katrine'), undefined)).toBe(false);
    expect(shownAsSecretariats(stamp('u-per'), {})).toBe(true);
    expect(shownAsSecretariats(stamp('u-per'), { owners })).toBe(false);
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
    const listed = verifyMembers([row('Sofie', 'sofie@region.example', 'secretariat', stamp('u-per'))], undefined);
    expect(roleOf({ members: listed }, { email: 'sofie@region.example' })).toBe('secretariat');
    expect(integrityProblem({ members: listed })).toEqual({ kind: 'owners-unknown' });
  });

  it('reports the rows someone else wrote as a problem for every decision', () => {
    expect(integrityProblem(forum)).toEqual({ kind: 'members-changed', rows: [members[1], members[2]] });
    expect(integrityProblem({ owners, members: [members[0] as ForumMember] })).toBeUndefined();
  });

  it('uses the forum’s approval rule only when the secretariat wrote the settings', () => {
    const settings = { approval: { required: 2 } } as Forum['settings'];
    expect(approvalRule({ settings })).toBe(2);
    expect(approvalRule({ settings, settingsUnverified: { by: 'Per' } })).toBeUndefined();
  });
});
