import {
  attendanceRows,
  buildAttendance,
  isEmailAddress,
  statusOf,
  type AttendeeResponse,
  type EventAttendee,
} from '../../../src/domain/attendance';
import type { ForumMember } from '../../../src/domain/types';
import { buildSeed } from '../../../src/sandbox/seed/seed-data';

/** The steering group of the sandbox seed (Fjordklyngen's KSG) as the Members list gives it. */
const seed = buildSeed(new Date('2026-05-01T10:00:00Z'));
const ksg = seed.forums[0];
if (!ksg) throw new Error('seed has KSG');
const members: ForumMember[] = ksg.members.map((m, i) => {
  const p = seed.people.find((x) => x.mail === m.person);
  if (!p) throw new Error(`no person ${m.person}`);
  return {
    id: String(i + 1),
    name: p.displayName,
    email: p.mail,
    organisation: p.organisation,
    organisationKind: p.organisationKind,
    jobTitle: p.jobTitle,
    role: m.role,
    external: p.account !== 'member',
    ...(m.substitute ? { substituteEmail: m.substitute } : {}),
  };
});
const nameOf = (mail: string): string => seed.people.find((p) => p.mail === mail)?.displayName ?? mail;

/** Everyone on the Members list invited, all accepted unless `answers` says otherwise. */
function invitation(answers: Record<string, AttendeeResponse> = {}): EventAttendee[] {
  const unique = [...new Set(members.map((m) => m.email))];
  return unique.map((email) => ({ name: nameOf(email), email, response: answers[email] ?? 'accepted', type: 'required' }));
}

const JONAS = 'jonas.vestergaard@regionfjord.example';
const LARS = 'lars.harbo@skovlund.example';
const TRINE_BOGH = 'trine.bogh@skovlund.example';
const HENRIK = 'henrik.molgaard@bakkedal.example';
const BIRGITTE = 'birgitte.lauritsen@bakkedal.example';

describe('attendance', () => {
  it.each<[AttendeeResponse, string]>([
    ['accepted', 'attending'],
    ['organizer', 'attending'],
    ['tentativelyAccepted', 'tentative'],
    ['declined', 'apology'],
    ['none', 'no-answer'],
    ['notResponded', 'no-answer'],
  ])('an answer %s is %s', (response, status) => {
    expect(statusOf(response)).toBe(status);
  });

  it('groups the members by organisation as the minutes do: hospital, psychiatry, municipalities, practice, patients; secretariat apart', () => {
    const a = buildAttendance({ members, attendees: invitation() });
    expect(a.groups.map((g) => g.organisation)).toEqual([
      'Fjordhospitalet',
      'Psykiatrien i Region Fjord',
      'Bakkedal Kommune',
      'Engholm Kommune',
      'Fjordby Kommune',
      'Skovlund Kommune',
      'Almen praksis',
      'Patient- og pårørenderepræsentanter',
    ]);
    expect(a.secretariat.map((r) => r.name)).toEqual(['Anne Bisgaard', 'Katrine Holm']);
    expect(a.guests).toEqual([]);
    // Chairs first within their organisation, then by name.
    expect(a.groups[0]?.rows.map((r) => [r.name, r.isChair])).toEqual([
      ['Jonas Vestergaard', true],
      ['Karen Rask', false],
      ['Mette Lund Kjær', false],
    ]);
    expect(a.counts).toEqual({ attending: 16, tentative: 0, 'no-answer': 0, apology: 0 });
  });

  it('a declined invitation is an apology; tentative and unanswered are told apart; counts follow', () => {
    const a = buildAttendance({
      members,
      attendees: invitation({
        [LARS]: 'declined',
        'karen.rask@regionfjord.example': 'tentativelyAccepted',
        'jane.holt@plo-fjord.example': 'none',
      }),
    });
    const rows = attendanceRows(a);
    expect(rows.find((r) => r.email === LARS)).toMatchObject({
      status: 'apology',
      organisation: 'Skovlund Kommune',
      standingSubstitute: TRINE_BOGH,
    });
    expect(a.apologies.map((r) => r.name)).toEqual(['Lars Harbo']);
    expect(a.counts).toEqual({ attending: 13, tentative: 1, 'no-answer': 1, apology: 1 });
    expect(rows).toHaveLength(16);
  });

  it('a substitute from outside the forum is listed with the member they stand in for, with their own answer', () => {
    const attendees = [
      ...invitation({ [LARS]: 'declined' }),
      { name: 'Trine Bøgh', email: TRINE_BOGH, response: 'tentativelyAccepted' as const },
    ];
    const a = buildAttendance({ members, attendees, substitutes: { [LARS]: TRINE_BOGH } });
    const skovlund = a.groups.find((g) => g.organisation === 'Skovlund Kommune');
    expect(skovlund?.rows.map((r) => [r.name, r.status, r.role, r.substituteFor?.name, r.substitute?.name])).toEqual([
      ['Lars Harbo', 'apology', 'member', undefined, 'Trine Bøgh'],
      ['Trine Bøgh', 'tentative', 'substitute', 'Lars Harbo', undefined],
    ]);
    expect(a.guests).toEqual([]);
  });

  it('a member who substitutes for another moves next to them, listed once', () => {
    const a = buildAttendance({ members, attendees: invitation({ [HENRIK]: 'declined' }), substitutes: { [HENRIK]: BIRGITTE } });
    const bakkedal = a.groups.find((g) => g.organisation === 'Bakkedal Kommune');
    expect(bakkedal?.rows.map((r) => [r.name, r.substituteFor?.name])).toEqual([
      ['Henrik Mølgaard', undefined],
      ['Birgitte Lauritsen', 'Henrik Mølgaard'],
    ]);
    expect(attendanceRows(a).filter((r) => r.email === BIRGITTE)).toHaveLength(1);
  });

  it('a substitute named but not on the invitation yet has no answer and is marked not invited', () => {
    const a = buildAttendance({
      members,
      attendees: invitation({ [JONAS]: 'declined' }),
      substitutes: { [JONAS]: 'ny.direktoer@regionfjord.example' },
    });
    const row = attendanceRows(a).find((r) => r.email === 'ny.direktoer@regionfjord.example');
    expect(row).toMatchObject({ status: 'no-answer', invited: false, organisation: 'Fjordhospitalet', substituteFor: { email: JONAS } });
  });

  it('invited people who are not members are guests; rooms are not people; the organiser who is a member attends', () => {
    const attendees: EventAttendee[] = [
      { name: 'Hanne Oplægsholder', email: 'hanne@hjerteforeningen.example', response: 'accepted' },
      { name: 'Mødelokale 3.12', email: 'lokale312@regionfjord.example', response: 'accepted', type: 'resource' },
      { name: 'Lars Harbo', email: 'LARS.HARBO@skovlund.example', response: 'declined' },
    ];
    const a = buildAttendance({ members, attendees, organizer: { name: 'Katrine Holm', email: 'katrine.holm@regionfjord.example' } });
    expect(a.guests.map((r) => [r.name, r.status, r.role])).toEqual([['Hanne Oplægsholder', 'attending', 'guest']]);
    expect(a.secretariat.map((r) => [r.name, r.status])).toEqual([['Katrine Holm', 'attending']]);
    // Only the invited are listed; the address's case does not matter.
    expect(a.groups.map((g) => g.organisation)).toEqual(['Skovlund Kommune']);
    expect(a.counts).toEqual({ attending: 2, tentative: 0, 'no-answer': 0, apology: 1 });
  });

  it('a substitute entry for someone not invited is ignored', () => {
    const a = buildAttendance({ members, attendees: invitation().filter((x) => x.email !== LARS), substitutes: { [LARS]: TRINE_BOGH } });
    expect(attendanceRows(a).some((r) => r.email === TRINE_BOGH)).toBe(false);
  });

  it.each([
    ['peter.due@engholm.example', true],
    [' peter.due@engholm.example ', true],
    ['peter.due', false],
    ['peter due@engholm.example', false],
    ['peter@engholm', false],
  ])('%s is an e-mail address: %s', (value, ok) => {
    expect(isEmailAddress(value)).toBe(ok);
  });
});
