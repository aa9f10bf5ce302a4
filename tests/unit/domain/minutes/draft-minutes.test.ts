import type { EventAttendee } from '../../../../src/domain/attendance';
import { draftMinutes, type DraftAgendaItem, type DraftMinutesInput } from '../../../../src/domain/minutes/draft-minutes';
import type { MinutesAttendee } from '../../../../src/domain/minutes/minutes-content';
import type { ForumMember } from '../../../../src/domain/types';

const member = (id: string, name: string, email: string, organisation: string, role: ForumMember['role'] = 'member', kind: ForumMember['organisationKind'] = 'hospital'): ForumMember => ({
  id,
  name,
  email,
  organisation,
  organisationKind: kind,
  jobTitle: 'Direktør',
  role,
  external: false,
});

const members: ForumMember[] = [
  member('1', 'Cecilie Chair', 'cecilie@h.example', 'Hospitalet', 'chair'),
  member('2', 'Bent Borger', 'bent@k.example', 'Kommunen', 'member', 'municipality'),
  member('3', 'Dorte Dahl', 'dorte@k.example', 'Kommunen', 'member', 'municipality'),
  member('4', 'Emil Ekko', 'emil@h.example', 'Hospitalet'),
  member('5', 'Sofie Sekretær', 'sofie@h.example', 'Hospitalet', 'secretariat'),
];

const answer = (email: string, response: EventAttendee['response'], name = email): EventAttendee => ({ email, name, response, type: 'required' });

const item = (id: string, number: number, title: string, extra: Partial<DraftAgendaItem> = {}): DraftAgendaItem => ({
  id,
  number,
  title,
  recommendations: [],
  standing: false,
  referat: '',
  beslutning: '',
  ...extra,
});

const input = (over: Partial<DraftMinutesInput> = {}): DraftMinutesInput => ({
  forum: { name: 'Teststyregruppen', shortName: 'TSG', members },
  meeting: { id: '7', title: 'Møde 1', start: '2026-03-17T08:00:00Z', end: '2026-03-17T10:00:00Z', form: 'hybrid', location: 'Lokale 1', substitutes: { 'dorte@k.example': 'vikar@k.example' } },
  items: [
    item('12', 3, 'Eventuelt', { standing: true }),
    item('10', 1, 'Velkomst', { standing: true, standingKey: 'welcome', recommendations: ['at dagsordenen godkendes'], referat: 'Godkendt.' }),
    item('11', 2, 'Fælles indsats', { presenter: 'Bent Borger', recommendations: ['at styregruppen drøfter', 'at styregruppen beslutter'], beslutning: 'Besluttet.' }),
    item('13', 4, 'Skriftlige orienteringspunkter', { standing: true, consultationRef: 'TSG-2026-01' }),
  ],
  attendees: [
    answer('cecilie@h.example', 'accepted'),
    answer('bent@k.example', 'declined'),
    answer('dorte@k.example', 'declined'),
    answer('vikar@k.example', 'accepted', 'Vera Vikar'),
    answer('emil@h.example', 'none'),
    answer('sofie@h.example', 'accepted'),
    answer('gaest@x.example', 'accepted', 'Gitte Gæst'),
    { email: 'lokale@h.example', name: 'Lokale 1', response: 'accepted', type: 'resource' },
  ],
  ...over,
});

const byEmail = (rows: readonly MinutesAttendee[]) => Object.fromEntries(rows.map((r) => [r.email, r]));

describe('draftMinutes', () => {
  it('lists the agenda items in number order with Indstilling, what is saved, standing keys and consultation refs', () => {
    const content = draftMinutes(input());
    expect(content.items.map((i) => [i.number, i.title, i.standingKey])).toEqual([
      [1, 'Velkomst', 'welcome'],
      [2, 'Fælles indsats', undefined],
      [3, 'Eventuelt', 'any-other-business'],
      [4, 'Skriftlige orienteringspunkter', 'written-briefings'],
    ]);
    expect(content.items[1]).toEqual({
      agendaItemId: '11',
      number: 2,
      title: 'Fælles indsats',
      presenter: 'Bent Borger',
      recommendations: ['at styregruppen drøfter', 'at styregruppen beslutter'],
      referat: '',
      beslutning: 'Besluttet.',
    });
    expect(content.items[0]?.referat).toBe('Godkendt.');
    expect(content.items[3]?.consultationRef).toBe('TSG-2026-01');
    expect(content).toMatchObject({ meetingId: '7', forumName: 'Teststyregruppen', forumShortName: 'TSG', meetingTitle: 'Møde 1', form: 'hybrid', location: 'Lokale 1' });
  });

  it('prefills the attendance from the invitation answers', () => {
    const rows = byEmail(draftMinutes(input()).attendance);
    expect(rows['cecilie@h.example']).toMatchObject({ presence: 'room', chair: true, organisation: 'Hospitalet' });
    expect(rows['bent@k.example']?.presence).toBe('apology');
    expect(rows['dorte@k.example']?.presence).toBe('apology');
    expect(rows['vikar@k.example']).toMatchObject({ presence: 'substitute', substituteFor: 'dorte@k.example', name: 'Vera Vikar', organisation: 'Kommunen' });
    expect(rows['emil@h.example']?.presence).toBe('absent');
    expect(rows['sofie@h.example']?.presence).toBe('room');
    expect(rows['gaest@x.example']).toMatchObject({ presence: 'guest', name: 'Gitte Gæst' });
    expect(rows['lokale@h.example']).toBeUndefined();
    expect(rows['bent@k.example']?.chair).toBeUndefined();
  });

  it('puts those who accepted a video meeting online', () => {
    const meeting = { ...input().meeting, form: 'video' as const };
    const rows = byEmail(draftMinutes(input({ meeting })).attendance);
    expect(rows['cecilie@h.example']?.presence).toBe('online');
    expect(rows['bent@k.example']?.presence).toBe('apology');
  });

  it('uses the saved attendance instead of the invitation when there is one', () => {
    const saved: MinutesAttendee[] = [{ email: 'cecilie@h.example', name: 'Cecilie Chair', organisation: 'Hospitalet', presence: 'online', chair: true }];
    expect(draftMinutes(input({ savedAttendance: saved })).attendance).toEqual(saved);
    expect(draftMinutes(input({ savedAttendance: [] })).attendance.length).toBeGreaterThan(1);
  });

  it('has no attendance to prefill for a meeting without an invitation', () => {
    expect(draftMinutes(input({ attendees: [] })).attendance).toEqual([]);
  });
});
