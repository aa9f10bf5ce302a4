import { receiptAllowed, submissionReceipt } from '../../../src/domain/submission-receipt';

describe('submissionReceipt', () => {
  it('names the item, its reference and the forum in Danish', () => {
    const mail = submissionReceipt({
      forumName: 'Klyngestyregruppen for Fjordklyngen',
      reference: 'KSG-0042',
      title: 'Fælles akutindsats',
      senderName: 'Lene Damgaard',
    });
    expect(mail.subject).toBe('Modtaget: Fælles akutindsats (KSG-0042)');
    expect(String(mail.bodyHtml)).toContain('<p>Kære Lene Damgaard</p>');
    expect(String(mail.bodyHtml)).toContain(
      'Vi har modtaget dit punkt <strong>Fælles akutindsats</strong> til Klyngestyregruppen for Fjordklyngen (reference KSG-0042).',
    );
    expect(String(mail.bodyHtml)).toContain('Formandskabet beslutter på planlægningsmødet');
  });

  it('names the meeting it is meant for when known, in Copenhagen time', () => {
    const mail = submissionReceipt({
      forumName: 'KSG',
      reference: 'KSG-0007',
      title: 'X',
      meeting: { title: 'Klyngestyregruppemøde', start: '2027-03-03T23:30:00Z' },
    });
    expect(String(mail.bodyHtml)).toContain('Punktet er tiltænkt Klyngestyregruppemøde torsdag den 4. marts 2027.');
  });

  it('escapes every value from the mail and flattens a hostile subject', () => {
    const mail = submissionReceipt({
      forumName: 'A & B',
      reference: 'KSG-1',
      title: '<img src=x onerror=alert(1)>\r\nBcc: evil@x',
      senderName: '"Eve" <script>',
    });
    expect(String(mail.bodyHtml)).not.toMatch(/<img|<script/);
    expect(String(mail.bodyHtml)).toContain('&lt;img src=x onerror=alert(1)&gt; Bcc: evil@x');
    expect(String(mail.bodyHtml)).toContain('A &amp; B');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    const long = submissionReceipt({ forumName: 'F', reference: 'R', title: 'x'.repeat(1000) });
    expect(long.subject.length).toBeLessThan(230);
  });
});

describe('receiptAllowed', () => {
  it('mails people, members and strangers alike, but never robots', () => {
    expect(receiptAllowed('lene.damgaard@fjordby.example')).toBe(true);
    expect(receiptAllowed('ulla@andenkommune.example')).toBe(true);
    for (const robot of [
      'noreply@x.example',
      'no-reply@x.example',
      'do-not-reply@x.example',
      'donotreply@x.example',
      'MAILER-DAEMON@x.example',
      'postmaster@x.example',
      'bounces+123@x.example',
    ]) {
      expect(receiptAllowed(robot)).toBe(false);
    }
    expect(receiptAllowed('')).toBe(false);
    expect(receiptAllowed('not an address')).toBe(false);
  });
});
