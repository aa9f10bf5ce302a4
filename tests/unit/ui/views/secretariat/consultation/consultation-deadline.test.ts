import { defaultDeadline } from '../../../../../../src/ui/views/secretariat/consultation/NewConsultationDialog';

describe('a new consultation’s proposed deadline', () => {
  it('is a week ahead at noon, on a working day', () => {
    // Monday 7 December 2026 → Monday 14 December.
    expect(defaultDeadline(new Date('2026-12-07T09:00:00Z'))).toEqual({ date: '2026-12-14', time: '12:00' });
    // Sunday 6 December → a week later is a Sunday: Monday 14 December.
    expect(defaultDeadline(new Date('2026-12-06T09:00:00Z'))).toEqual({ date: '2026-12-14', time: '12:00' });
    // Thursday 17 December → juleaftensdag, then juledag and the weekend: Monday 28 December.
    expect(defaultDeadline(new Date('2026-12-17T09:00:00Z'))).toEqual({ date: '2026-12-28', time: '12:00' });
    // Late evening in Copenhagen is already the next day there: Saturday 12 December 23:30 → Sunday → Monday 21st.
    expect(defaultDeadline(new Date('2026-12-12T22:30:00Z'))).toEqual({ date: '2026-12-21', time: '12:00' });
  });
});
