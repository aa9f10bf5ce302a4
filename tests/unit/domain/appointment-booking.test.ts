import { appointmentBookingFor, durationFor, formFor } from '../../../src/domain/appointment-booking';
import { PRESETS, type Commissorium } from '../../../src/domain/commissorium';
import type { ForumMember } from '../../../src/domain/types';

const member = (email: string, role: ForumMember['role']): ForumMember => ({
  id: email,
  name: email.split('@')[0] ?? email,
  email,
  organisation: 'Org',
  organisationKind: 'other',
  jobTitle: '',
  role,
  external: false,
});

const MEMBERS = [
  member('chair.one@region.example', 'chair'),
  member('chair.two@kommune.example', 'chair'),
  member('member@kommune.example', 'member'),
  member('observer@region.example', 'observer'),
  member('secretary@region.example', 'secretariat'),
];

const ROOM = 'Mødelokale 3.12, Fjordhospitalet';
const ksg: Commissorium = {
  ...PRESETS['horsens-2024'],
  series: [{ kind: 'ordinary', perYear: 4, durationMinutes: 120, form: 'hybrid' }],
  rooms: [ROOM, 'Rådhuset'],
};
const forum = (settings?: Commissorium) => ({
  name: 'Klyngestyregruppen',
  shortName: 'KSG',
  mailbox: 'ksg@region.example',
  members: MEMBERS,
  ...(settings ? { settings } : {}),
});

// Thursday 11 March 2027, 10:00 in Copenhagen (CET).
const START = '2027-03-11T09:00:00Z';
const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
const links = (html: string): string[] => html.match(/https:\/\/teams\.microsoft\.com[^"<\s]*/g) ?? [];

describe('an Outlook appointment as a forum meeting', () => {
  it('an ordinary meeting, the forum length chosen: the forum subject, its two hours from the chosen start, the first room, everyone but observers required', () => {
    // The forum's meetings: one ordinary this year (the new one is number 2); a video meeting and last year's not counted.
    const meetings = [
      { kind: 'ordinary' as const, title: 'Møde 1/2027', start: '2027-01-14T09:00:00Z' },
      { kind: 'video' as const, title: 'Videomøde 1/2027', start: '2027-02-18T09:00:00Z' },
      { kind: 'ordinary' as const, title: 'Møde 4/2026', start: '2026-12-10T09:00:00Z' },
    ];
    const b = appointmentBookingFor({
      forum: forum(ksg),
      kind: 'ordinary',
      meetings,
      start: '2027-03-11T10:00:00+01:00',
      currentEnd: '2027-03-11T09:30:00Z',
      forumLength: true,
      joinUrl: JOIN,
    });
    expect(b.title).toBe('Møde 2/2027');
    expect(b.subject).toBe('Klyngestyregruppen: Møde 2/2027');
    expect(b.start).toBe(START);
    expect(b.end).toBe('2027-03-11T11:00:00Z');
    expect(b.form).toBe('hybrid');
    expect(b.location).toBe(ROOM);
    expect(b.required.map((i) => i.email)).toEqual([
      'chair.one@region.example',
      'chair.two@kommune.example',
      'member@kommune.example',
      'secretary@region.example',
    ]);
    expect(b.optional.map((i) => i.email)).toEqual(['observer@region.example']);
    // Deadlines counted from 11 March 2027: submissions close 21 days before (18 Feb), the agenda 7 days before (4 Mar).
    expect(String(b.bodyHtml)).toContain('senest torsdag den 18. februar 2027');
    expect(String(b.bodyHtml)).toContain('Dagsordenen udsendes senest torsdag den 4. marts 2027');
    expect(String(b.bodyHtml)).toContain(`Sted: ${ROOM}`);
    // One link, named as in the agenda and the .ics: the raw URL only in its href, never as the text read out.
    expect(links(String(b.bodyHtml))).toEqual([JOIN]);
    expect([...String(b.bodyHtml).matchAll(/<a href="(https:\/\/teams[^"]*)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      [JOIN, 'Deltag i Teams-mødet'],
    ]);
  });

  it("keeps the organiser's length unless the forum's is chosen: a 90-minute appointment stays 90 minutes", () => {
    const ninety = { forum: forum(ksg), kind: 'ordinary' as const, start: START, currentEnd: '2027-03-11T10:30:00Z' };
    expect(appointmentBookingFor(ninety).end).toBe('2027-03-11T10:30:00Z');
    expect(appointmentBookingFor({ ...ninety, forumLength: false }).end).toBe('2027-03-11T10:30:00Z');
    expect(appointmentBookingFor({ ...ninety, forumLength: true }).end).toBe('2027-03-11T11:00:00Z');
    // No length of its own (end at or before the start): the forum's.
    expect(appointmentBookingFor({ ...ninety, currentEnd: START }).end).toBe('2027-03-11T11:00:00Z');
  });

  it('a video meeting: the video series length, and the Teams link is its place', () => {
    const c = PRESETS['horsens-2023'];
    const b = appointmentBookingFor({ forum: forum(c), kind: 'video', start: START, joinUrl: JOIN });
    expect(b.end).toBe('2027-03-11T10:00:00Z');
    expect(b.form).toBe('video');
    expect(b.location).toBe(JOIN);
    expect(b.subject).toBe('Klyngestyregruppen: Videomøde 1/2027');
  });

  it('an extraordinary meeting: its purpose in subject and body, the agenda deadline but no call for items', () => {
    const b = appointmentBookingFor({ forum: forum(ksg), kind: 'extraordinary', start: START, purpose: '  Fælles akutteam <nu>  ' });
    expect(b.subject).toBe('Klyngestyregruppen: Ekstraordinært møde 1/2027 – Fælles akutteam <nu>');
    expect(String(b.bodyHtml)).toContain('Mødets formål: Fælles akutteam &lt;nu&gt;');
    expect(String(b.bodyHtml)).toContain('Dagsordenen udsendes senest');
    expect(String(b.bodyHtml)).not.toContain('Punkter til dagsordenen');
    expect(b.end).toBe('2027-03-11T11:00:00Z');
    expect(links(String(b.bodyHtml))).toEqual([]);
  });

  it('a planning meeting: the chairs and the secretariat, the planning length, named after the meeting it prepares', () => {
    const b = appointmentBookingFor({
      forum: forum(ksg),
      kind: 'planning',
      start: '2027-02-25T13:00:00Z',
      preparesStart: START,
      preparesTitle: 'Møde 1/2027',
      joinUrl: JOIN,
    });
    expect(b.title).toBe('Planlægningsmøde før møde 1/2027');
    expect(b.subject).toBe('Klyngestyregruppen: Planlægningsmøde før møde 1/2027 (11. marts 2027)');
    expect(b.end).toBe('2027-02-25T14:00:00Z');
    expect(b.form).toBe('video');
    expect(b.required.map((i) => i.email)).toEqual(['chair.one@region.example', 'chair.two@kommune.example', 'secretary@region.example']);
    expect(b.optional).toEqual([]);
    expect(b.location).toBe(JOIN);
  });

  it('without a commissorium the appointment keeps its length and place; without any length it gets an hour', () => {
    const kept = appointmentBookingFor({ forum: forum(), kind: 'ordinary', start: START, currentEnd: '2027-03-11T10:30:00Z' });
    expect(kept.end).toBe('2027-03-11T10:30:00Z');
    expect(kept.location).toBeUndefined();
    expect(kept.form).toBe('physical');
    expect(appointmentBookingFor({ forum: forum(), kind: 'ordinary', start: START }).end).toBe('2027-03-11T10:00:00Z');
  });

  it('a link that is not https never reaches the invitation', () => {
    const b = appointmentBookingFor({ forum: forum(ksg), kind: 'video', start: START, joinUrl: 'javascript:alert(1)' });
    expect(String(b.bodyHtml)).not.toContain('javascript:');
    expect(b.location).toBeUndefined();
  });

  it('form and length by kind', () => {
    expect([formFor(ksg, 'ordinary'), formFor(ksg, 'extraordinary'), formFor(ksg, 'planning'), formFor(ksg, 'video')]).toEqual([
      'hybrid',
      'hybrid',
      'video',
      'video',
    ]);
    expect([durationFor(ksg, 'ordinary'), durationFor(ksg, 'planning'), durationFor(ksg, 'video')]).toEqual([120, 60, undefined]);
  });
});
