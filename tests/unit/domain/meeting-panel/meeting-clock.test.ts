import { agendaSlots } from '../../../../src/domain/agenda-slots';
import { copenhagenToUtcIso } from '../../../../src/domain/copenhagen-time';
import { dueItem, meetingClock, runningItem, type ClockItem } from '../../../../src/domain/meeting-panel/meeting-clock';

/** Copenhagen wall clock on the meeting's day → the instant. */
const winter = (hhmm: string) => copenhagenToUtcIso(`2027-03-11T${hhmm}`);
const summer = (hhmm: string) => copenhagenToUtcIso(`2027-06-10T${hhmm}`);

/** The agenda 09:00–11:00 as the slots make it: 20, 25, 30, 15 and 20 minutes (10 minutes to spare). */
function agenda(
  at: (hhmm: string) => string,
  started: Readonly<Record<string, string>> = {},
): { meeting: { start: string; end: string }; items: ClockItem[] } {
  const meeting = { start: at('09:00'), end: at('11:00') };
  const durations = [20, 25, 30, 15, 20];
  const { slots } = agendaSlots(
    meeting.start,
    meeting.end,
    durations.map((durationMinutes, i) => ({ id: `p${i + 1}`, durationMinutes })),
  );
  const items = slots.map((s) => ({
    id: s.item.id,
    slot: { start: s.start, end: s.end },
    ...(started[s.item.id] ? { startedAt: at(started[s.item.id] ?? '') } : {}),
  }));
  return { meeting, items };
}

describe('the meeting clock (Europe/Copenhagen)', () => {
  it('before the start: minutes to go, and the first item is the one due', () => {
    const { meeting, items } = agenda(winter);
    const clock = meetingClock(meeting, items, new Date(winter('08:50')));
    expect(clock).toEqual({ phase: 'before', minutesToStart: 10, minutesPastEnd: 0, dueId: 'p1' });
  });

  it.each([
    ['09:00', 'p1'],
    ['09:19', 'p1'],
    ['09:20', 'p2'],
    ['09:44', 'p2'],
    ['09:45', 'p3'],
    ['10:30', 'p5'],
    ['10:49', 'p5'],
    ['10:50', undefined],
  ])('at %s (winter time, UTC+1) the slots say %s is due', (hhmm, due) => {
    const { meeting, items } = agenda(winter);
    expect(meetingClock(meeting, items, new Date(winter(hhmm))).dueId).toBe(due);
  });

  it('counts the same wall clock in summer time (UTC+2): 09:33 is 07:33 UTC and item 2 is due', () => {
    const { meeting, items } = agenda(summer);
    expect(meeting.start).toBe('2027-06-10T07:00:00.000Z');
    expect(dueItem(items, new Date('2027-06-10T07:33:00Z'))?.id).toBe('p2');
  });

  it('on time: item 2 started at its slot, 15 of its 25 minutes left', () => {
    const { meeting, items } = agenda(winter, { p1: '09:00', p2: '09:20' });
    const clock = meetingClock(meeting, items, new Date(winter('09:30')));
    expect(clock).toMatchObject({
      phase: 'running',
      dueId: 'p2',
      runningId: 'p2',
      lagMinutes: 0,
      runningMinutesLeft: 15,
      runningOverMinutes: 0,
    });
  });

  it('an item started late puts the meeting behind by as much, before it has run over', () => {
    const { meeting, items } = agenda(summer, { p1: '09:00', p2: '09:25' });
    expect(meetingClock(meeting, items, new Date(summer('09:30')))).toMatchObject({
      runningId: 'p2',
      lagMinutes: 5,
      runningMinutesLeft: 20,
    });
  });

  it('an item running over: "3 min bagud" once it has had its 25 minutes and three more', () => {
    const { meeting, items } = agenda(winter, { p1: '09:00', p2: '09:20' });
    const clock = meetingClock(meeting, items, new Date(winter('09:48')));
    expect(clock).toMatchObject({ dueId: 'p3', runningId: 'p2', lagMinutes: 3, runningMinutesLeft: 0, runningOverMinutes: 3 });
    // Half a minute more does not yet make it four.
    expect(meetingClock(meeting, items, new Date(Date.parse(winter('09:48')) + 29_000)).lagMinutes).toBe(3);
  });

  it('ahead: item 3 started five minutes before its slot', () => {
    const { meeting, items } = agenda(winter, { p1: '09:00', p2: '09:20', p3: '09:40' });
    expect(meetingClock(meeting, items, new Date(winter('09:41')))).toMatchObject({ dueId: 'p2', runningId: 'p3', lagMinutes: -5 });
  });

  it('going back to an earlier item: the latest mark is the running item', () => {
    const { meeting, items } = agenda(winter, { p1: '09:00', p2: '09:50', p3: '09:30' });
    expect(runningItem(items)?.id).toBe('p2');
    expect(meetingClock(meeting, items, new Date(winter('09:55'))).lagMinutes).toBe(50 - 20);
  });

  it('after the end: minutes past it, nothing due, and the last item still running over', () => {
    const { meeting, items } = agenda(winter, { p5: '10:40' });
    const clock = meetingClock(meeting, items, new Date(winter('11:07')));
    expect(clock).toMatchObject({ phase: 'after', minutesPastEnd: 7, runningId: 'p5', lagMinutes: 17, runningOverMinutes: 7 });
    expect(clock.dueId).toBeUndefined();
  });

  it('an item without a time of its own can run, but says nothing of ahead or behind', () => {
    const { meeting, items } = agenda(winter, { p1: '09:00' });
    const clock = meetingClock(meeting, [...items, { id: 'eventuelt', startedAt: winter('09:05') }], new Date(winter('09:10')));
    expect(clock.runningId).toBe('eventuelt');
    expect(clock.lagMinutes).toBeUndefined();
  });

  it('counts elapsed minutes across the autumn change of clocks (02:00–03:00 happens twice)', () => {
    // 01:30 CEST is 23:30 UTC the day before; two hours later the wall clock says 02:30 CET.
    const meeting = { start: '2026-10-24T23:30:00.000Z', end: '2026-10-25T01:30:00.000Z' };
    const items = [{ id: 'p1', slot: { start: meeting.start, end: '2026-10-25T01:00:00.000Z' }, startedAt: meeting.start }];
    expect(meetingClock(meeting, items, new Date('2026-10-25T01:05:00Z'))).toMatchObject({
      phase: 'running',
      lagMinutes: 5,
      runningOverMinutes: 5,
    });
  });
});
