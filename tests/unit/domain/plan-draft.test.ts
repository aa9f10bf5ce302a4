import { addDays } from '../../../src/domain/calendar-date';
import { PRESETS } from '../../../src/domain/commissorium';
import { invitationFor } from '../../../src/domain/meeting-invitation';
import {
  draftConflicts,
  draftDay,
  draftFromPlan,
  draftTitle,
  draftWarnings,
  moveDraft,
  preferFreeDays,
  type PersonBusy,
} from '../../../src/domain/plan-draft';
import type { ForumMember, Meeting } from '../../../src/domain/types';
import { planYear } from '../../../src/domain/year-plan';
import { nextDue, yearTimeline } from '../../../src/domain/year-timeline';

const c = PRESETS['horsens-2024'];
const plan = planYear(2027, c);

const meeting = (over: Partial<Meeting>): Meeting => ({
  id: '1',
  forumId: 'g',
  kind: 'ordinary',
  title: 'Møde',
  start: '2027-03-11T08:00:00Z',
  end: '2027-03-11T10:00:00Z',
  form: 'physical',
  status: 'planned',
  etag: '"1"',
  ...over,
});

describe('the plan draft', () => {
  it('names meetings by series and number, planning meetings after what they prepare', () => {
    expect(draftTitle('2027-O2', 'ordinary')).toBe('Møde 2/2027');
    expect(draftTitle('2027-V1', 'video')).toBe('Videomøde 1/2027');
    expect(draftTitle('2027-O2-P', 'planning')).toBe('Planlægningsmøde før møde 2/2027');
  });

  it('adopts a meeting already planned that year instead of proposing a second one near it', () => {
    const existing = meeting({ id: '42', start: '2027-03-04T08:00:00Z', end: '2027-03-04T10:00:00Z', title: 'Klyngestyregruppemøde 5' });
    const drafts = draftFromPlan(plan, [existing]);
    expect(drafts.filter((d) => d.kind === 'ordinary')).toHaveLength(4);
    const adopted = drafts.find((d) => d.existing?.id === '42');
    expect(adopted).toMatchObject({ title: 'Klyngestyregruppemøde 5', start: '2027-03-04T09:00:00+01:00', existing: { booked: false } });
    expect(drafts.filter((d) => d.existing)).toHaveLength(1);
  });

  it('keeps a booked meeting as booked, and ignores cancelled ones and other years', () => {
    const drafts = draftFromPlan(plan, [
      meeting({ id: '7', eventId: 'e', start: '2027-06-10T07:00:00Z', end: '2027-06-10T09:00:00Z' }),
      meeting({ id: '8', status: 'cancelled' }),
      meeting({ id: '9', start: '2026-12-10T08:00:00Z' }),
    ]);
    expect(drafts.find((d) => d.existing?.id === '7')?.existing?.booked).toBe(true);
    expect(drafts.some((d) => d.existing?.id === '8' || d.existing?.id === '9')).toBe(false);
  });

  it('moving a meeting moves its planning meeting by the rule and keeps times of day across DST', () => {
    const drafts = draftFromPlan(plan, []);
    const o1 = drafts.find((d) => d.meetingRef === '2027-O1');
    if (!o1) throw new Error('no O1');
    const moved = moveDraft(drafts, '2027-O1', '2027-04-08', c);
    expect(moved.find((d) => d.meetingRef === '2027-O1')?.start).toBe('2027-04-08T09:00:00+02:00');
    const planning = moved.find((d) => d.meetingRef === '2027-O1-P');
    // 14 days before is Skærtorsdag (25 March 2027), a public holiday: the planning meeting moves back a day.
    expect(planning && draftDay(planning)).toBe('2027-03-24');
    expect(planning?.start).toBe('2027-03-24T14:00:00+01:00');
  });

  it('warns about a blocked day and about meetings too close together', () => {
    const drafts = moveDraft(draftFromPlan(plan, []), '2027-O1', '2027-05-06', c); // Kristi Himmelfartsdag
    expect(draftWarnings(drafts, '2027-O1', c)).toContainEqual({ kind: 'blocked', reason: 'holiday' });
    const o2 = drafts.find((d) => d.meetingRef === '2027-O2');
    if (!o2) throw new Error('no O2');
    const near = moveDraft(drafts, '2027-O1', addDays(draftDay(o2), -7), c);
    expect(draftWarnings(near, '2027-O1', c).some((w) => w.kind === 'too-close')).toBe(true);
  });

  it('counts people outside the tenant as unknown, never free, and moves a meeting to a day the chairs are free', () => {
    const drafts = draftFromPlan(plan, []);
    const o2 = drafts.find((d) => d.meetingRef === '2027-O2');
    if (!o2) throw new Error('no O2');
    const people: PersonBusy[] = [
      { email: 'jonas@x', name: 'Jonas', readable: true, busy: [{ start: o2.start, end: o2.end }] },
      { email: 'lene@y', name: 'Lene', readable: false, busy: [] },
    ];
    expect(draftConflicts(o2, people)).toEqual({ busy: ['Jonas'], unknown: ['Lene'] });
    const better = preferFreeDays(drafts, people, c);
    const moved = better.find((d) => d.meetingRef === '2027-O2');
    expect(moved?.start).not.toBe(o2.start);
    expect(moved && draftConflicts(moved, people).busy).toEqual([]);
    expect(draftWarnings(better, '2027-O2', c)).toEqual([]);
  });
});

describe('the year timeline', () => {
  const now = new Date('2027-03-01T10:00:00Z');
  const meetings = [
    meeting({ id: 'a', status: 'booked', start: '2027-02-04T08:00:00Z', end: '2027-02-04T10:00:00Z' }),
    meeting({ id: 'b', status: 'booked' }),
    meeting({ id: 'c', status: 'cancelled', start: '2027-06-10T07:00:00Z', end: '2027-06-10T09:00:00Z' }),
  ];

  it('lists meetings with their state as of now and the deadlines of meetings not cancelled, in date order', () => {
    const entries = yearTimeline(meetings, c, 2027, now);
    expect(entries.find((e) => e.type === 'meeting' && e.meeting.id === 'a')?.state).toBe('held');
    expect(entries.filter((e) => e.type === 'deadline' && e.meeting.id === 'c')).toEqual([]);
    expect(entries.filter((e) => e.type === 'deadline' && e.meeting.id === 'b').map((e) => (e.type === 'deadline' ? e.kind : ''))).toEqual([
      'call-for-items',
      'submissions-close',
      'agenda-sent',
      'minutes-draft',
      'chairs-approve',
    ]);
    expect([...entries.map((e) => e.date)]).toEqual([...entries.map((e) => e.date)].sort());
  });

  it('says what is due next', () => {
    const next = nextDue(yearTimeline(meetings, c, 2027, now), now);
    expect(next).toMatchObject({ type: 'deadline', kind: 'agenda-sent', date: '2027-03-04' });
  });
});

describe('invitations', () => {
  const member = (email: string, role: ForumMember['role'], name = email): ForumMember => ({
    id: email,
    name,
    email,
    organisation: 'Org',
    organisationKind: 'hospital',
    jobTitle: '',
    role,
    external: false,
  });
  const forum = {
    name: 'KSG <test>',
    shortName: 'KSG',
    mailbox: 'ksg@x',
    members: [member('c@x', 'chair'), member('s@x', 'secretariat'), member('m@x', 'member'), member('o@x', 'observer')],
  };

  it('invites chairs and secretariat to a planning meeting, everyone else to the meeting, and escapes data', () => {
    const planning = invitationFor({
      forum,
      kind: 'planning',
      title: 'Planlægningsmøde før møde 1/2027',
      form: 'video',
      start: '2027-02-25T13:00:00Z',
      end: '2027-02-25T14:00:00Z',
    });
    expect(planning.required.map((p) => p.email)).toEqual(['c@x', 's@x']);
    const ordinary = invitationFor({
      forum,
      kind: 'ordinary',
      title: 'Møde 1/2027',
      form: 'hybrid',
      start: '2027-03-11T08:00:00Z',
      end: '2027-03-11T10:00:00Z',
      location: 'Lokale <1>',
      submissionsClose: '2027-02-18',
    });
    expect(ordinary.required.map((p) => p.email)).toEqual(['c@x', 's@x', 'm@x']);
    expect(ordinary.optional.map((p) => p.email)).toEqual(['o@x']);
    expect(String(ordinary.bodyHtml)).toContain('Lokale &lt;1&gt;');
    expect(String(ordinary.bodyHtml)).toContain('KSG &lt;test&gt;');
    expect(String(ordinary.bodyHtml)).not.toContain('<test>');
    expect(String(ordinary.bodyHtml)).toContain('kl. 09.00–11.00');
    expect(String(ordinary.bodyHtml)).toContain('torsdag den 18. februar 2027');
  });
});
