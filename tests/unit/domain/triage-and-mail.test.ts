import { laterMeetings, triage } from '../../../src/domain/planning-triage';
import { decisionKey, decisionMail, validReason } from '../../../src/domain/submission-decision-mail';
import type { Submission } from '../../../src/domain/types';

const sub = (id: string, status: Submission['status'], meetingId?: string, receivedAt = `2026-05-0${id}T08:00:00Z`): Submission => ({
  id,
  forumId: 'f',
  title: `Punkt ${id}`,
  senderName: 'A',
  senderAddress: 'a@x.example',
  receivedAt,
  status,
  recommendations: [],
  description: '',
  internetMessageId: `<${id}@x>`,
  etag: 'e',
  ...(meetingId ? { meetingId } : {}),
});

describe('triage', () => {
  it('puts new and deferred-to-this-meeting items in incoming, others in the backlog, accepted ones aside', () => {
    const t = triage(
      [
        sub('1', 'new'),
        sub('2', 'new', 'M2'),
        sub('3', 'new', 'M1'),
        sub('4', 'deferred', 'M1'),
        sub('5', 'deferred', 'M2'),
        sub('6', 'deferred'),
        sub('7', 'accepted', 'M1'),
        sub('8', 'accepted', 'M2'),
        sub('9', 'declined', 'M1'),
        sub('0', 'new', 'OLD', '2026-05-00T08:00:00Z'),
      ],
      'M1',
      [{ id: 'M1' }, { id: 'M2' }],
    );
    expect(t.incoming.map((s) => s.id)).toEqual(['0', '1', '3', '4']);
    expect(t.backlog.map((s) => s.id)).toEqual(['2', '5', '6']);
    expect(t.accepted.map((s) => s.id)).toEqual(['7']);
  });

  it('offers only later, ordinary, uncancelled meetings to defer to', () => {
    const m = (id: string, start: string, kind: 'ordinary' | 'planning' = 'ordinary', status: 'booked' | 'cancelled' = 'booked') => ({
      id,
      start,
      kind,
      status,
    });
    const later = laterMeetings(
      [
        m('c', '2026-12-01'),
        m('a', '2026-06-01'),
        m('b', '2026-10-01'),
        m('p', '2026-11-01', 'planning'),
        m('x', '2026-11-02', 'ordinary', 'cancelled'),
      ],
      { start: '2026-06-01' },
    );
    expect(later.map((x) => x.id)).toEqual(['b', 'c']);
  });
});

describe('decision mail', () => {
  const meeting = { id: '12', title: 'Klyngestyregruppemøde 2', start: '2026-06-11T07:00:00Z' };
  const base = {
    forum: { name: 'Klyngestyregruppen for Fjordklyngen' },
    submission: { title: 'Fælles indsats for borgere med KOL', senderName: 'Lars Harbo', reference: 'KSG-0001' },
  };

  it('names the meeting in Copenhagen time when accepted', () => {
    const mail = decisionMail({ ...base, decision: { kind: 'accepted', meeting } });
    expect(mail.subject).toBe('Dit punkt er sat på dagsordenen: Fælles indsats for borgere med KOL (KSG-0001)');
    expect(String(mail.bodyHtml)).toContain('Klyngestyregruppemøde 2 torsdag den 11. juni 2026 kl. 09.00');
    expect(String(mail.bodyHtml)).toContain('Kære Lars Harbo');
  });

  it('says where a deferred item went, and why when a reason is given', () => {
    const later = { id: '14', title: 'Klyngestyregruppemøde 3', start: '2026-10-01T07:00:00Z' };
    const mail = decisionMail({ ...base, decision: { kind: 'deferred', meeting: later, reason: 'Evalueringen er først klar i oktober.' } });
    expect(String(mail.bodyHtml)).toContain('udsat dit punkt');
    expect(String(mail.bodyHtml)).toContain('torsdag den 1. oktober 2026 kl. 09.00');
    expect(String(mail.bodyHtml)).toContain('<p>Evalueringen er først klar i oktober.</p>');
    expect(String(decisionMail({ ...base, decision: { kind: 'deferred' } }).bodyHtml)).toContain('punkter til kommende møder');
  });

  it('quotes the reason for a decline, escaped', () => {
    const mail = decisionMail({
      ...base,
      submission: { ...base.submission, title: '<img src=x onerror=alert(1)>' },
      decision: { kind: 'declined', reason: 'Hører under <b>temagruppen</b>.\n\nSend det dertil.' },
    });
    expect(String(mail.bodyHtml)).not.toMatch(/<img|<b>/);
    expect(String(mail.bodyHtml)).toContain('&lt;b&gt;temagruppen&lt;/b&gt;');
    expect(String(mail.bodyHtml)).toContain('<p>Send det dertil.</p>');
    expect(mail.subject).toContain('kommer ikke på dagsordenen');
  });

  it('keys each decision so it is mailed once, and a new decision mails again', () => {
    expect(decisionKey({ kind: 'accepted', meeting })).toBe('accepted:12');
    expect(decisionKey({ kind: 'deferred' })).toBe('deferred:backlog');
    expect(decisionKey({ kind: 'deferred', meeting, reason: 'x' })).toBe('deferred:12');
    expect(decisionKey({ kind: 'declined', reason: 'x' })).toBe('declined');
  });

  it('requires a non-blank reason', () => {
    expect(validReason('  ')).toBeUndefined();
    expect(validReason(' Fordi. ')).toBe('Fordi.');
  });
});
