import { agendaSlots, formatSlot } from '../../../src/domain/agenda-slots';
import { copenhagenToUtcIso } from '../../../src/domain/copenhagen-time';

const at = (local: string): string => copenhagenToUtcIso(local);
const items = (...minutes: number[]) => minutes.map((durationMinutes, i) => ({ id: String(i + 1), durationMinutes }));

describe('agendaSlots', () => {
  it('lays the items end to end from the start, as the reference minutes print them', () => {
    // Midtklyngen 7 June 2023: 08:30–08:40, 08:40–09:05, 09:05–09:20.
    const s = agendaSlots(at('2023-06-07T08:30'), at('2023-06-07T11:30'), items(10, 25, 15));
    expect(s.slots.map((x) => x.label)).toEqual(['kl. 08.30–08.40', 'kl. 08.40–09.05', 'kl. 09.05–09.20']);
    expect(s.slots.map((x) => x.position)).toEqual([1, 2, 3]);
    expect(s.totalMinutes).toBe(50);
    expect(s.overrunMinutes).toBe(0);
    expect(s.slots.some((x) => x.overruns)).toBe(false);
  });

  it('warns when the items run past the end of the meeting, and says which', () => {
    const s = agendaSlots(at('2026-03-12T09:00'), at('2026-03-12T11:00'), items(60, 45, 30));
    expect(s.overrunMinutes).toBe(15);
    expect(s.slots.map((x) => x.overruns)).toEqual([false, false, true]);
    expect(s.slots[2]?.label).toBe('kl. 10.45–11.15');
  });

  it('an item ending exactly at the end is not an overrun', () => {
    const s = agendaSlots(at('2026-03-12T09:00'), at('2026-03-12T11:00'), items(60, 60));
    expect(s.overrunMinutes).toBe(0);
  });

  it('shows summer time on the day clocks go forward (29 March 2026) and winter time on the day they go back', () => {
    const spring = agendaSlots(at('2026-03-29T09:00'), at('2026-03-29T11:00'), items(10, 25));
    expect(spring.slots[0]?.start).toBe('2026-03-29T07:00:00Z');
    expect(spring.slots.map((x) => x.label)).toEqual(['kl. 09.00–09.10', 'kl. 09.10–09.35']);
    const autumn = agendaSlots(at('2026-10-25T09:00'), at('2026-10-25T11:00'), items(10, 25));
    expect(autumn.slots[0]?.start).toBe('2026-10-25T08:00:00Z');
    expect(autumn.slots.map((x) => x.label)).toEqual(['kl. 09.00–09.10', 'kl. 09.10–09.35']);
  });

  it('counts elapsed minutes across the switch itself: 01:30 + 60 min on the spring day is 03:30', () => {
    const s = agendaSlots(at('2026-03-29T01:30'), at('2026-03-29T04:00'), items(60, 30));
    expect(s.slots.map((x) => x.label)).toEqual(['kl. 01.30–03.30', 'kl. 03.30–04.00']);
    expect(s.overrunMinutes).toBe(0);
    const back = agendaSlots(at('2026-10-25T01:30'), '2026-10-25T02:00:00Z', items(60, 30));
    // 01:30 CEST + 60 min = 02:30 CEST = 00:30Z; + 30 min = 02:00 CET = 01:00Z; the meeting ends 02:00Z (03:00 CET).
    expect(back.slots.map((x) => x.label)).toEqual(['kl. 01.30–02.30', 'kl. 02.30–02.00']);
    expect(back.overrunMinutes).toBe(0);
  });

  it('treats missing or negative durations as zero minutes and an empty agenda as ending at the start', () => {
    const s = agendaSlots(at('2026-03-12T09:00'), at('2026-03-12T11:00'), [{ durationMinutes: Number.NaN }, { durationMinutes: -5 }]);
    expect(s.slots.map((x) => x.label)).toEqual(['kl. 09.00–09.00', 'kl. 09.00–09.00']);
    expect(agendaSlots(at('2026-03-12T09:00'), at('2026-03-12T11:00'), []).end).toBe('2026-03-12T08:00:00Z');
  });
});

describe('formatSlot', () => {
  it('is Copenhagen wall clock in the Danish form (a full stop) with an en dash', () => {
    expect(formatSlot('2026-06-11T06:40:00Z', '2026-06-11T07:05:00Z')).toBe('kl. 08.40–09.05');
    expect(formatSlot('2026-01-15T07:40:00Z', '2026-01-15T08:05:00Z')).toBe('kl. 08.40–09.05');
  });
});
