import { buildAttendance } from '../../../src/domain/attendance';
import { checkQuorum, expectedQuorum, requiredPresent, votersOf } from '../../../src/domain/quorum';
import type { ForumMember } from '../../../src/domain/types';

const member = (email: string, role: ForumMember['role'] = 'member'): ForumMember => ({
  id: email,
  name: email.split('@')[0] ?? email,
  email,
  organisation: 'Region',
  organisationKind: 'region',
  jobTitle: '',
  role,
  external: false,
});

describe('requiredPresent', () => {
  it.each([
    ['more-than-half', 15, 8],
    ['more-than-half', 14, 8],
    ['more-than-half', 1, 1],
    ['at-least-half', 15, 8],
    ['at-least-half', 14, 7],
    ['at-least', 15, 5],
  ] as const)('%s of %i members asks for %i', (rule, members, required) => {
    expect(requiredPresent({ rule, count: 5 }, members)).toBe(required);
  });

  it('never asks for more members than the forum has', () => {
    expect(requiredPresent({ rule: 'at-least', count: 9 }, 4)).toBe(4);
  });
});

describe('checkQuorum', () => {
  const voters = ['a@x.dk', 'b@x.dk', 'c@x.dk', 'd@x.dk'];

  it('counts only voting members present, once each, whatever the case of their address', () => {
    const check = checkQuorum({ rule: 'more-than-half' }, [...voters, 'A@X.dk'], new Set(['a@x.dk', 'b@x.dk', 'secretariat@x.dk']));
    expect(check).toEqual({ members: 4, present: 2, required: 3, met: false });
  });

  it('is met when the rule is', () => {
    expect(checkQuorum({ rule: 'at-least-half' }, voters, new Set(['a@x.dk', 'b@x.dk'])).met).toBe(true);
  });

  it('is never met by a forum without voting members', () => {
    expect(checkQuorum({ rule: 'at-least-half' }, [], new Set()).met).toBe(false);
  });
});

describe('votersOf', () => {
  it('is the members and co-chairs, not the secretariat nor observers', () => {
    const members = [member('a@x.dk'), member('b@x.dk', 'chair'), member('s@x.dk', 'secretariat'), member('o@x.dk', 'observer')];
    expect(votersOf(members)).toEqual(['a@x.dk', 'b@x.dk']);
  });
});

describe('expectedQuorum (before the meeting, from the invitation)', () => {
  const members = [member('a@x.dk', 'chair'), member('b@x.dk'), member('c@x.dk'), member('d@x.dk'), member('s@x.dk', 'secretariat')];

  it('counts those who accepted, and a member whose substitute accepted; tentative answers only as possible', () => {
    const attendance = buildAttendance({
      members,
      attendees: [
        { name: 'A', email: 'a@x.dk', response: 'accepted' },
        { name: 'B', email: 'b@x.dk', response: 'declined' },
        { name: 'Sub', email: 'sub@y.dk', response: 'accepted' },
        { name: 'C', email: 'c@x.dk', response: 'tentativelyAccepted' },
        { name: 'D', email: 'd@x.dk', response: 'none' },
        { name: 'S', email: 's@x.dk', response: 'accepted' },
      ],
      substitutes: { 'b@x.dk': 'sub@y.dk' },
    });
    const expected = expectedQuorum({ rule: 'more-than-half' }, attendance, members);
    expect(expected.confirmed).toEqual({ members: 4, present: 2, required: 3, met: false });
    expect(expected.possible).toEqual({ members: 4, present: 3, required: 3, met: true });
  });
});
