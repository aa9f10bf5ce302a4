import { PRESETS, type Commissorium } from '../../../src/domain/commissorium';
import { bookedInvitation } from '../../../src/domain/meeting-invitation';
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
const forum = {
  name: 'Klyngestyregruppen',
  shortName: 'KSG',
  mailbox: 'ksg@region.example',
  members: [member('chair@region.example', 'chair'), member('member@kommune.example', 'member')],
};
const c: Commissorium = PRESETS['horsens-2024'];

// Booked for Thursday 11 March 2027 10:00–12:00 (CET), moved to Thursday 8 April 2027 13:00–15:00 (CEST).
const booked = {
  forum,
  kind: 'ordinary' as const,
  title: 'Møde 1/2027',
  form: 'hybrid' as const,
  start: '2027-03-11T09:00:00Z',
  end: '2027-03-11T11:00:00Z',
  location: 'Mødelokale 3',
};
const moved = { ...booked, start: '2027-04-08T11:00:00Z', end: '2027-04-08T13:00:00Z' };

describe('the invitation of a booked meeting, written again for a move', () => {
  it('names the new date and time and the deadlines counted from the new day; none of the old', () => {
    const before = String(bookedInvitation(booked, c).bodyHtml);
    expect(before).toContain('torsdag den 11. marts 2027 kl. 10.00–12.00');
    expect(before).toContain('senest torsdag den 18. februar 2027');
    expect(before).toContain('Dagsordenen udsendes senest torsdag den 4. marts 2027');
    const after = bookedInvitation(moved, c);
    expect(String(after.bodyHtml)).toContain('torsdag den 8. april 2027 kl. 13.00–15.00');
    // Submissions close 21 days before (18 March), the agenda goes 7 days before (1 April).
    expect(String(after.bodyHtml)).toContain(
      '<a href="mailto:ksg@region.example">ksg@region.example</a> senest torsdag den 18. marts 2027',
    );
    expect(String(after.bodyHtml)).toContain('Dagsordenen udsendes senest torsdag den 1. april 2027');
    expect(String(after.bodyHtml)).toContain('Sted: Mødelokale 3');
    for (const old of ['11. marts', '18. februar', '4. marts', 'kl. 10.00']) expect(String(after.bodyHtml)).not.toContain(old);
    expect(after.subject).toBe('Klyngestyregruppen: Møde 1/2027');
    expect(String(after.bodyHtml)).toContain('<p>Møde 1/2027 i Klyngestyregruppen, torsdag den 8. april 2027');
  });

  it("keeps an extraordinary meeting's purpose, escaped, in the subject and the text", () => {
    const inv = bookedInvitation(
      {
        ...moved,
        kind: 'extraordinary',
        title: 'Ekstraordinært møde 1/2027',
        purpose: 'Høring <om> "sundhedsaftale" & budget',
        location: 'Lokale <A&B>',
      },
      c,
    );
    expect(inv.subject).toBe('Klyngestyregruppen: Ekstraordinært møde 1/2027 – Høring <om> "sundhedsaftale" & budget');
    expect(String(inv.bodyHtml)).toContain('Mødets formål: Høring &lt;om&gt; &quot;sundhedsaftale&quot; &amp; budget');
    expect(String(inv.bodyHtml)).toContain('Sted: Lokale &lt;A&amp;B&gt;');
    expect(String(inv.bodyHtml)).not.toContain('<om>');
  });

  it("a planning meeting's subject names the date of the meeting it prepares, and it has no deadlines", () => {
    const inv = bookedInvitation(
      {
        forum,
        kind: 'planning',
        title: 'Planlægningsmøde før møde 1/2027',
        form: 'video',
        start: '2027-03-25T08:00:00Z',
        end: '2027-03-25T09:00:00Z',
        preparesStart: moved.start,
      },
      c,
    );
    expect(inv.subject).toBe('Klyngestyregruppen: Planlægningsmøde før møde 1/2027 (8. april 2027)');
    expect(String(inv.bodyHtml)).toContain('torsdag den 25. marts 2027 kl. 09.00–10.00');
    expect(String(inv.bodyHtml)).not.toContain('senest');
  });
});
