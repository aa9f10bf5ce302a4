import {
  actionLine,
  actionReminderMail,
  actionState,
  actionsOf,
  dueDay,
  dueInstant,
  dueReminders,
  followUpDescription,
  groupOpenActions,
  NO_OPEN_ACTIONS,
  reminderDue,
  sortActions,
} from '../../../src/domain/actions';
import type { ActionItem } from '../../../src/domain/types';

const action = (id: string, title: string, dueLocal: string, extra: Partial<ActionItem> = {}): ActionItem => ({
  id,
  meetingId: 'm1',
  title,
  ownerEmail: 'mette@fjordby.example',
  ownerName: 'Mette Andreassen',
  due: dueInstant(dueLocal),
  status: 'open',
  ...extra,
});

describe('due days on the Copenhagen calendar', () => {
  it('stores the local midnight and reads the same day back, winter and summer', () => {
    expect(dueInstant('2027-03-04')).toBe('2027-03-03T23:00:00Z');
    expect(dueInstant('2027-06-10')).toBe('2027-06-09T22:00:00Z');
    expect(dueDay({ due: dueInstant('2027-06-10') })).toBe('2027-06-10');
    expect(() => dueInstant('4. marts')).toThrow();
  });

  it('an action is overdue the day after its due day in Copenhagen, not at UTC midnight', () => {
    const a = action('1', 'Pjece', '2027-03-04');
    expect(actionState(a, new Date('2027-03-04T22:30:00Z'))).toBe('due-today'); // 23:30 in Copenhagen
    expect(actionState(a, new Date('2027-03-04T23:00:00Z'))).toBe('overdue'); // 00:00 on the 5th
    expect(actionState(a, new Date('2027-02-26T12:00:00Z'))).toBe('due-soon');
    expect(actionState(a, new Date('2027-02-20T12:00:00Z'))).toBe('open');
    expect(actionState({ ...a, status: 'done' }, new Date('2027-04-01T12:00:00Z'))).toBe('done');
  });
});

describe('lists', () => {
  const now = new Date('2027-03-10T12:00:00Z');
  const list = [
    action('1', 'B later', '2027-04-01', { meetingId: 'm2' }),
    action('2', 'Done', '2027-01-01', { status: 'done', doneAt: '2027-02-01T10:00:00Z' }),
    action('3', 'A overdue', '2027-03-01', { ownerEmail: 'Jonas@Regionfjord.example' }),
    action('4', 'C soon', '2027-03-12'),
  ];

  it('sorts open by due day, done last', () => {
    expect(sortActions(list).map((a) => a.id)).toEqual(['3', '4', '1', '2']);
  });

  it('groups open actions: overdue first, then per meeting', () => {
    expect(groupOpenActions(list, now).map((g) => [g.key, g.actions.map((a) => a.id)])).toEqual([
      ['overdue', ['3']],
      ['m1', ['4']],
      ['m2', ['1']],
    ]);
  });

  it('finds an owner by address in any case', () => {
    expect(actionsOf(list, 'jonas@regionfjord.example ').map((a) => a.id)).toEqual(['3']);
  });
});

describe('reminders', () => {
  const a = action('1', 'Pjece', '2027-03-04');

  it('are due from the due day in Copenhagen, for open actions not reminded before', () => {
    expect(reminderDue(a, new Date('2027-03-03T22:59:00Z'))).toBe(false);
    expect(reminderDue(a, new Date('2027-03-03T23:00:00Z'))).toBe(true);
    expect(reminderDue({ ...a, reminderSentAt: '2027-03-04T06:00:00Z' }, new Date('2027-03-05T12:00:00Z'))).toBe(false);
    expect(reminderDue({ ...a, status: 'done' }, new Date('2027-03-05T12:00:00Z'))).toBe(false);
    expect(reminderDue({ ...a, ownerEmail: '' }, new Date('2027-03-05T12:00:00Z'))).toBe(false);
    expect(dueReminders([a, { ...a, id: '2', due: dueInstant('2027-03-20') }], new Date('2027-03-05T12:00:00Z')).map((x) => x.id)).toEqual([
      '1',
    ]);
  });

  it('say what, which meeting, when, and how to mark it done; hostile text is escaped', () => {
    const mail = actionReminderMail(
      'Klyngestyregruppen',
      { ...a, title: 'Send <script>pjecen</script>' },
      'Møde 1/2027',
      '2027-02-11T08:00:00Z',
    );
    expect(mail.subject).toContain('4. marts 2027');
    expect(mail.text).toContain('Opgave: Send <script>pjecen</script>');
    expect(mail.text).toContain('Besluttet på: Møde 1/2027 (11. februar 2027)');
    expect(mail.text).toMatch(/Mine opgaver/);
    expect(mail.text).toMatch(/svar på denne mail/);
    expect(String(mail.html)).not.toContain('<script>');
    expect(String(mail.html)).toContain('&lt;script&gt;');
  });
});

describe('the standing follow-up item', () => {
  it('lists open actions of other meetings, overdue as of the meeting day marked', () => {
    const text = followUpDescription(
      [
        action('1', 'Pjece', '2027-03-01'),
        action('2', 'Budget', '2027-05-01', { ownerName: '', ownerEmail: 'ole@kommune.example' }),
        action('3', 'Done', '2027-01-01', { status: 'done' }),
        action('4', 'Besluttet i dag', '2027-06-01', { meetingId: 'm2' }),
      ],
      'm2',
      new Date('2027-03-11T08:00:00Z'),
    );
    expect(text.split('\n')).toEqual([
      'Åbne opfølgningspunkter:',
      '- Pjece – Mette Andreassen – frist 1. marts 2027 (overskredet)',
      '- Budget – ole@kommune.example – frist 1. maj 2027',
    ]);
    expect(followUpDescription([], 'm2', new Date())).toBe(NO_OPEN_ACTIONS);
    expect(actionLine(action('5', 'X', '2027-03-11'), new Date('2027-03-11T08:00:00Z'))).not.toContain('overskredet');
  });
});
