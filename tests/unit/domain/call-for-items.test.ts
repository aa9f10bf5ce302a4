import {
  callForItemsDates,
  callForItemsMail,
  callRecipients,
  callStatus,
  submissionTemplate,
  TEMPLATE_HEADINGS,
} from '../../../src/domain/call-for-items';
import { PRESETS } from '../../../src/domain/commissorium';
import type { ForumMember, Meeting } from '../../../src/domain/types';

const C = PRESETS['horsens-2024']; // submissions close 21 days before, the call 14 days before that
const START = '2027-03-11T08:00:00Z'; // Thursday 11 March 2027, 09:00 in Copenhagen
const END = '2027-03-11T10:00:00Z';

const person = (name: string, email: string, role: ForumMember['role']): ForumMember => ({
  id: email,
  name,
  email,
  organisation: 'X',
  organisationKind: 'other',
  jobTitle: '',
  role,
  external: false,
});

const meeting = (over: Partial<Meeting> = {}): Meeting => ({
  id: '7',
  forumId: 'g',
  kind: 'ordinary',
  title: 'Møde',
  start: START,
  end: END,
  form: 'hybrid',
  status: 'booked',
  etag: '"1"',
  ...over,
});

describe('call for items: dates', () => {
  it('goes out at 08:00 Copenhagen on the call day and closes after the last submission day', () => {
    expect(callForItemsDates(START, C)).toEqual({
      callDay: '2027-02-04',
      sendAt: '2027-02-04T07:00:00.000Z',
      submissionsClose: '2027-02-18',
      closesAt: '2027-02-18T23:00:00.000Z',
    });
  });

  it('is due from the send time until submissions close, for booked ordinary and video meetings only', () => {
    expect(callStatus(meeting(), C, new Date('2027-02-04T06:59:00Z'))).toBe('not-yet');
    expect(callStatus(meeting(), C, new Date('2027-02-04T07:00:00Z'))).toBe('due');
    expect(callStatus(meeting({ kind: 'video' }), C, new Date('2027-02-18T22:59:00Z'))).toBe('due');
    expect(callStatus(meeting(), C, new Date('2027-02-18T23:00:00Z'))).toBe('closed');
    const due = new Date('2027-02-10T12:00:00Z');
    expect(callStatus(meeting({ status: 'planned' }), C, due)).toBe('not-applicable');
    expect(callStatus(meeting({ status: 'cancelled' }), C, due)).toBe('not-applicable');
    expect(callStatus(meeting({ kind: 'planning' }), C, due)).toBe('not-applicable');
    expect(callStatus(meeting({ kind: 'extraordinary' }), C, due)).toBe('not-applicable');
    expect(callStatus(meeting({ callForItems: 'scheduled' }), C, due)).toBe('not-applicable');
    expect(callStatus(meeting({ callForItems: 'sent' }), C, due)).toBe('not-applicable');
    expect(callStatus(meeting({ callForItems: 'pending' }), C, due)).toBe('due');
    expect(callStatus(meeting({ callForItems: 'sending', callForItemsAt: '2027-02-01T00:00:00Z' }), C, due)).toBe('needs-checking');
  });
});

describe('call for items: recipients', () => {
  it('members and chairs once each, not observers, the secretariat or the forum mailbox', () => {
    const members = [
      person('A', 'a@x.example', 'member'),
      person('B', 'b@x.example', 'chair'),
      person('B again', 'B@x.example', 'member'),
      person('O', 'o@x.example', 'observer'),
      person('S', 's@x.example', 'secretariat'),
      person('No mail', '', 'member'),
      person('Mailbox', 'box@x.example', 'member'),
    ];
    expect(callRecipients({ mailbox: 'box@x.example', members }).map((m) => m.email)).toEqual(['a@x.example', 'b@x.example']);
  });
});

describe('call for items: the mail', () => {
  const forum = { name: 'Klyngestyregruppen <Fjord> & "co"', shortName: 'KSG', mailbox: 'ksg@x.example', kind: 'steering-group' as const };

  it('names the meeting, the deadline and the address, in Danish with an English line', () => {
    const mail = callForItemsMail({
      forum,
      meeting: { kind: 'ordinary', start: START, end: END, form: 'hybrid', location: 'Lokale 1' },
      commissorium: C,
    });
    expect(mail.subject).toBe('KSG: Punkter til mødet 11. marts 2027 – frist 18. februar 2027');
    expect(mail.bodyText).toContain('torsdag den 11. marts 2027 kl. 09.00–11.00');
    expect(mail.bodyText).toContain('Lokale 1');
    expect(mail.bodyText).toContain('send en sagsfremstilling til ksg@x.example senest torsdag den 18. februar 2027');
    expect(mail.bodyText).toMatch(/English: items for the meeting on 11 March 2027 go to ksg@x\.example by 18 February 2027/);
    expect(String(mail.bodyHtml)).toContain('<a href="mailto:ksg@x.example">ksg@x.example</a>');
    expect(String(mail.bodyHtml)).toContain('<p lang="en">');
  });

  it('escapes every data value in the HTML', () => {
    const mail = callForItemsMail({
      forum,
      meeting: { kind: 'ordinary', start: START, end: END, form: 'physical', location: '<img src=x onerror=alert(1)>' },
      commissorium: C,
    });
    expect(String(mail.bodyHtml)).not.toContain('<img');
    expect(String(mail.bodyHtml)).not.toContain('<Fjord>');
    expect(String(mail.bodyHtml)).toContain('Klyngestyregruppen &lt;Fjord&gt; &amp; &quot;co&quot;');
    expect(String(mail.bodyHtml)).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Only the tags the template writes itself.
    const tags = new Set([...String(mail.bodyHtml).matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['a', 'br', 'p', 'pre', 'strong']);
  });

  it("carries the template in the intake's headings, with the meeting pre-filled", () => {
    const template = submissionTemplate(START, 'theme-group');
    const lines = template.split('\n');
    for (const heading of TEMPLATE_HEADINGS) expect(lines.some((l) => l.startsWith(heading))).toBe(true);
    expect(lines).toContain('Ønskes behandlet på mødet 11. marts 2027');
    expect(lines).toContain('Tidsforbrug: 15 min');
    expect(lines.filter((l) => /^- at /.test(l))).toHaveLength(2);
    expect(template).toContain('at temagruppen');
    const indstilling = lines.indexOf('Indstilling');
    expect(indstilling).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Tidsforbrug')));
    expect(lines.indexOf('Sagsfremstilling')).toBeGreaterThan(indstilling);
    const mail = callForItemsMail({ forum, meeting: { kind: 'video', start: START, end: END, form: 'video' }, commissorium: C });
    expect(mail.bodyText).toContain(mail.template);
    expect(String(mail.bodyHtml)).toContain('<pre>Ønskes behandlet på mødet 11. marts 2027');
    expect(mail.subject).toContain('videomødet');
  });
});

describe('call for items: a claim', () => {
  it('of an older version (no token, no correlation id) is in progress for ten minutes, then needs checking', () => {
    const claimed = meeting({ callForItems: 'sending', callForItemsAt: '2027-02-10T12:00:00Z' });
    expect(callStatus(claimed, C, new Date('2027-02-10T12:09:59Z'))).toBe('in-progress');
    expect(callStatus(claimed, C, new Date('2027-02-10T12:10:00Z'))).toBe('needs-checking');
    expect(callStatus(meeting({ callForItems: 'sending' }), C, new Date('2027-02-10T12:00:00Z'))).toBe('needs-checking');
  });

  it('owned, is in progress for ten minutes, then due again: the next sender takes it over and looks the call up first', () => {
    const claimed = meeting({ callForItemsClaim: { token: 'a-dead-sender', at: '2027-02-10T12:00:00Z', step: 'call-for-items' } });
    expect(callStatus(claimed, C, new Date('2027-02-10T12:09:59Z'))).toBe('in-progress');
    expect(callStatus(claimed, C, new Date('2027-02-10T12:10:00Z'))).toBe('due');
  });
});
