import { buildAgendaDocument, orderedAgendaItems } from '../../../../src/domain/agenda-document';
import type { EventAttendee } from '../../../../src/domain/attendance';
import { draftMinutes, type DraftAgendaItem, type DraftMinutesInput } from '../../../../src/domain/minutes/draft-minutes';
import type { MinutesAttendee } from '../../../../src/domain/minutes/minutes-content';
import type { AgendaItem, ForumMember } from '../../../../src/domain/types';

const member = (
  id: string,
  name: string,
  email: string,
  organisation: string,
  role: ForumMember['role'] = 'member',
  kind: ForumMember['organisationKind'] = 'hospital',
): ForumMember => ({
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

const answer = (email: string, response: EventAttendee['response'], name = email): EventAttendee => ({
  email,
  name,
  response,
  type: 'required',
});

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
  meeting: {
    id: '7',
    title: 'Møde 1',
    start: '2026-03-17T08:00:00Z',
    end: '2026-03-17T10:00:00Z',
    form: 'hybrid',
    location: 'Lokale 1',
    substitutes: { 'dorte@k.example': 'vikar@k.example' },
  },
  items: [
    item('12', 3, 'Eventuelt', { standing: true }),
    item('10', 1, 'Velkomst', {
      standing: true,
      standingKey: 'welcome',
      recommendations: ['at dagsordenen godkendes'],
      referat: 'Godkendt.',
    }),
    item('11', 2, 'Fælles indsats', {
      presenter: 'Bent Borger',
      recommendations: ['at styregruppen drøfter', 'at styregruppen beslutter'],
      beslutning: 'Besluttet.',
    }),
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
    expect(content).toMatchObject({
      meetingId: '7',
      forumName: 'Teststyregruppen',
      forumShortName: 'TSG',
      meetingTitle: 'Møde 1',
      form: 'hybrid',
      location: 'Lokale 1',
    });
  });

  it('prefills the attendance from the invitation answers', () => {
    const rows = byEmail(draftMinutes(input()).attendance);
    expect(rows['cecilie@h.example']).toMatchObject({ presence: 'room', chair: true, organisation: 'Hospitalet' });
    expect(rows['bent@k.example']?.presence).toBe('apology');
    expect(rows['dorte@k.example']?.presence).toBe('apology');
    expect(rows['vikar@k.example']).toMatchObject({
      presence: 'substitute',
      substituteFor: 'dorte@k.example',
      name: 'Vera Vikar',
      organisation: 'Kommunen',
    });
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
    const saved: MinutesAttendee[] = [
      { email: 'cecilie@h.example', name: 'Cecilie Chair', organisation: 'Hospitalet', presence: 'online', chair: true },
    ];
    // The saved rows as they were, each with its organisation's kind from the forum's members (the minutes' order).
    expect(draftMinutes(input({ savedAttendance: saved })).attendance).toEqual([{ ...saved[0], organisationKind: 'hospital' }]);
    expect(draftMinutes(input({ savedAttendance: [] })).attendance.length).toBeGreaterThan(1);
  });

  it('has no attendance to prefill for a meeting without an invitation', () => {
    expect(draftMinutes(input({ attendees: [] })).attendance).toEqual([]);
  });

  it("carries the agenda's fields per item (Beskrivelse, a slot only where the item has time, Bilag as the agenda named them) and its meeting leaders and referent", () => {
    const base = input();
    const agendaItem = (id: string, number: number, durationMinutes: number, extra: Partial<AgendaItem> = {}): AgendaItem => ({
      id,
      meetingId: '7',
      number,
      title: `Punkt ${number}`,
      durationMinutes,
      recommendations: [],
      description: '',
      standing: false,
      etag: '"1"',
      ...extra,
    });
    const items = [
      agendaItem('12', 3, 0),
      agendaItem('10', 1, 10, { description: 'Godkendelse af dagsordenen.' }),
      agendaItem('11', 2, 25, { submissionId: 's1' }),
      agendaItem('13', 4, 15),
    ];
    const doc = buildAgendaDocument({
      forum: base.forum,
      meeting: base.meeting,
      items,
      submissions: [
        {
          id: 's1',
          attachments: [
            { name: 'Budget.pdf', contentType: 'application/pdf', size: 1000, url: 'https://sp.example/Budget.pdf' },
            { name: 'Noter.docx', contentType: 'application/octet-stream', size: 500 },
          ],
        },
      ],
    });
    const c = draftMinutes(input({ agenda: { doc, itemIds: orderedAgendaItems(items).map((i) => i.id) } }));
    const byId = Object.fromEntries(c.items.map((i) => [i.agendaItemId, i]));
    expect(byId['10']).toMatchObject({
      description: 'Godkendelse af dagsordenen.',
      slot: { start: '2026-03-17T08:00:00Z', end: '2026-03-17T08:10:00Z' },
    });
    expect(byId['11']?.bilag).toEqual([
      { label: 'Bilag 1 – Budget.pdf', url: 'https://sp.example/Budget.pdf' },
      { label: 'Bilag 2 – Noter.docx' },
    ]);
    expect(byId['11']?.slot).toEqual({ start: '2026-03-17T08:10:00Z', end: '2026-03-17T08:35:00Z' });
    // Eventuelt has no time of its own: no slot at all (never "kl. 08.35–08.35").
    expect(byId['12']).not.toHaveProperty('slot');
    expect(byId['12']).not.toHaveProperty('description');
    expect(c.meetingLeaders).toEqual(['Cecilie Chair']);
    expect(c.referents).toEqual(['Sofie Sekretær']);
    // Without the agenda (as before): none of the new fields, so the content is the shape old versions have.
    const plain = draftMinutes(input());
    expect(plain).not.toHaveProperty('meetingLeaders');
    expect(plain.items.every((i) => !('slot' in i) && !('bilag' in i) && !('description' in i))).toBe(true);
  });
});
