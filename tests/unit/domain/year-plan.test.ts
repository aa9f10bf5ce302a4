import { daysBetween, isoWeek, isoWeekday } from '../../../src/domain/calendar-date';
import { CommissoriumSchema, PRESETS, type PresetId } from '../../../src/domain/commissorium';
import { blockedReason, planYear } from '../../../src/domain/year-plan';

const presets: PresetId[] = ['horsens-2024', 'horsens-2023'];
const copenhagenClock = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
const copenhagenDate = (iso: string): string => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(iso));

describe.each(presets)('the 2027 year plan for %s', (preset) => {
  const commissorium = PRESETS[preset];
  const plan = planYear(2027, commissorium);
  const days = plan.meetings.map((m) => m.date);

  it('places every meeting', () => {
    expect(plan.unplaced).toEqual([]);
  });

  it.each([
    ['Skærtorsdag', '2027-03-25'],
    ['Langfredag', '2027-03-26'],
    ['Anden påskedag', '2027-03-29'],
    ['Kristi Himmelfartsdag', '2027-05-06'],
    ['Anden pinsedag', '2027-05-17'],
    ['Grundlovsdag', '2027-06-05'],
    ['Juleaftensdag', '2027-12-24'],
    ['Juledag', '2027-12-25'],
    ['Anden juledag', '2027-12-26'],
  ])('holds no meeting on %s (%s)', (_name, date) => {
    expect(days).not.toContain(date);
  });

  it('holds no meeting on a weekend or in school-holiday weeks 7, 8, 27–32 and 42', () => {
    for (const m of plan.meetings) {
      expect(isoWeekday(m.date)).toBeLessThanOrEqual(5);
      expect([7, 8, 27, 28, 29, 30, 31, 32, 42]).not.toContain(isoWeek(m.date));
      expect(blockedReason(m.date, commissorium)).toBeUndefined();
    }
  });

  it('starts every meeting at its Copenhagen wall-clock time, winter (+01:00) and summer (+02:00) alike', () => {
    for (const m of plan.meetings) {
      const series = commissorium.series.find((s) => s.kind === m.kind);
      const expected = m.kind === 'planning' ? commissorium.planning?.startTime : (series?.startTime ?? commissorium.startTime);
      expect(copenhagenClock(m.start)).toBe(expected);
      expect(copenhagenDate(m.start)).toBe(m.date);
      expect(m.start.slice(0, 10)).toBe(m.date);
    }
    const offsets = new Set(plan.meetings.map((m) => m.start.slice(-6)));
    expect(offsets).toEqual(new Set(['+01:00', '+02:00']));
  });

  it('puts a planning meeting before each meeting, within a week of its lead time', () => {
    const own = plan.meetings.filter((m) => m.kind !== 'planning');
    expect(plan.meetings.filter((m) => m.kind === 'planning')).toHaveLength(own.length);
    for (const m of own) {
      const planning = plan.meetings.find((p) => p.prepares === m.meetingRef);
      expect(planning?.kind).toBe('planning');
      expect(Date.parse(planning?.end ?? '')).toBeLessThan(Date.parse(m.start));
      const lead = daysBetween(planning?.date ?? '', m.date);
      expect(lead).toBeGreaterThanOrEqual(commissorium.planning?.daysBefore ?? 0);
      expect(lead).toBeLessThanOrEqual((commissorium.planning?.daysBefore ?? 0) + 7);
    }
  });

  it('spaces meetings at least the minimum apart', () => {
    const own = plan.meetings.filter((m) => m.kind !== 'planning').map((m) => Date.parse(m.start));
    for (let i = 1; i < own.length; i += 1)
      expect(((own[i] ?? 0) - (own[i - 1] ?? 0)) / 86_400_000).toBeGreaterThanOrEqual(commissorium.minDaysBetweenMeetings);
  });

  it('sets deadlines on working days, in order around each meeting', () => {
    for (const m of plan.meetings.filter((x) => x.kind !== 'planning')) {
      const d = (kind: string): string => plan.deadlines.find((x) => x.meetingRef === m.meetingRef && x.kind === kind)?.date ?? '';
      const sequence = [d('submissions-close'), d('agenda-sent'), m.date, d('minutes-draft'), d('chairs-approve')];
      expect(sequence.every((date) => date !== '')).toBe(true);
      expect([...sequence].sort()).toEqual(sequence);
      expect(d('agenda-sent') < m.date && m.date < d('minutes-draft')).toBe(true);
      for (const date of sequence.filter((x) => x !== m.date))
        expect(['weekend', 'holiday']).not.toContain(blockedReason(date, { ...commissorium, schoolHolidayWeeks: [] }));
    }
  });
});

describe('the presets', () => {
  it('Horsens 2024-27: four physical two-hour meetings', () => {
    const own = planYear(2027, PRESETS['horsens-2024']).meetings.filter((m) => m.kind !== 'planning');
    expect(own.map((m) => [m.kind, m.form, (Date.parse(m.end) - Date.parse(m.start)) / 60000])).toEqual(
      Array(4).fill(['ordinary', 'physical', 120]),
    );
  });

  it('Horsens 2023-24: three three-hour meetings and three video meetings of an hour, alternating', () => {
    const own = planYear(2027, PRESETS['horsens-2023']).meetings.filter((m) => m.kind !== 'planning');
    expect(own.map((m) => m.kind)).toEqual(['ordinary', 'video', 'ordinary', 'video', 'ordinary', 'video']);
    expect(own.map((m) => (Date.parse(m.end) - Date.parse(m.start)) / 60000)).toEqual([180, 60, 180, 60, 180, 60]);
  });

  it('are valid commissoriums, and an invalid one is refused', () => {
    for (const p of presets) expect(CommissoriumSchema.safeParse(PRESETS[p]).success).toBe(true);
    expect(CommissoriumSchema.safeParse({ ...PRESETS['horsens-2024'], startTime: "9 o'clock" }).success).toBe(false);
    expect(CommissoriumSchema.safeParse({ ...PRESETS['horsens-2024'], weekdays: [6] }).success).toBe(false);
  });
});

describe('which days are blocked', () => {
  const rules = PRESETS['horsens-2024'];
  it.each([
    ['2023-05-05', 'holiday', 'Store Bededag 2023 was still a holiday'],
    ['2024-04-26', undefined, 'Store Bededag is not a holiday from 2024'],
    ['2027-04-23', undefined, 'nor in 2027'],
    ['2027-05-06', 'holiday', 'Kristi Himmelfartsdag'],
    ['2027-12-24', 'observance', 'Juleaftensdag (an observance, avoided by default)'],
    ['2027-02-17', 'school-holiday', 'winter holiday, week 7'],
    ['2027-10-20', 'school-holiday', 'autumn holiday, week 42'],
    ['2027-03-13', 'weekend', 'a Saturday'],
    ['2027-03-11', undefined, 'an ordinary Thursday'],
  ] as const)('%s → %s (%s)', (date, reason, _why) => {
    expect(blockedReason(date, rules)).toBe(reason);
  });

  it('lets a forum choose to meet on observances', () => {
    expect(blockedReason('2027-12-24', { ...rules, avoidObservances: false })).toBeUndefined();
  });
});
