import { isAutoReply } from '../../../../src/domain/mail/auto-reply';
import { consultationRefOf, verdictOf } from '../../../../src/domain/mail/consultation-reply';
import { parseMail } from '../../../../src/domain/mail/parse-mail';

describe('auto-replies and delivery reports', () => {
  it.each([
    [[{ name: 'Auto-Submitted', value: 'auto-replied' }], 'Sagsfremstilling'],
    [[{ name: 'auto-submitted', value: 'auto-generated' }], 'Hej'],
    [[{ name: 'Precedence', value: 'bulk' }], 'Nyhedsbrev'],
    [[{ name: 'X-Autoreply', value: 'yes' }], 'Hej'],
    [[{ name: 'Content-Type', value: 'multipart/report; report-type=delivery-status' }], 'Returned'],
    [[{ name: 'X-Auto-Response-Suppress', value: 'All' }], 'Automatisk svar: Punkt'],
    [[], 'Autosvar: Punkt'],
    [[], 'Fraværende: Punkt'],
    [[], 'Out of Office: Agenda item'],
    [[], 'Automatic reply: Agenda item'],
    [[], 'Undeliverable: Dagsorden'],
    [[], 'Ikke leveret: Dagsorden'],
    [[], 'Delivery Status Notification (Failure)'],
  ])('%j %s', (headers, subject) => {
    expect(isAutoReply(subject, headers, 'x@y.dk')).toBe(true);
  });

  it('knows mailer-daemon and postmaster, and lets ordinary mail through', () => {
    expect(isAutoReply('Hej', [], 'MAILER-DAEMON@mx.example')).toBe(true);
    expect(isAutoReply('Hej', [], 'postmaster@x.dk')).toBe(true);
    expect(
      isAutoReply(
        'Sagsfremstilling: Fravær blandt medarbejdere',
        [
          { name: 'Auto-Submitted', value: 'no' },
          { name: 'X-Auto-Response-Suppress', value: 'OOF' },
        ],
        'x@y.dk',
      ),
    ).toBe(false);
  });
});

describe('consultation replies', () => {
  it("finds the reference in a tag (also after SV:) or from the forum's known references", () => {
    expect(consultationRefOf('SV: [Høring KSG-2027-03] Kommissorium')).toBe('KSG-2027-03');
    expect(consultationRefOf('Re: [Hearing KSG-2027-04] Budget')).toBe('KSG-2027-04');
    expect(consultationRefOf('SV: Skriftlig høring KSG-2027-05', ['KSG-2027-05'])).toBe('KSG-2027-05');
    expect(consultationRefOf('SV: KSG-2027-055', ['KSG-2027-05'])).toBeNull();
    expect(consultationRefOf('Sagsfremstilling: X')).toBeNull();
  });

  it.each([
    ['Godkendt', 'approve'],
    ['Jeg godkender.', 'approve'],
    ['OK fra mig', 'approve'],
    ['Approved', 'approve'],
    ['I approve.', 'approve'],
    ['Jeg er ikke imod.', 'approve'],
    ['Ingen bemærkninger', 'noComments'],
    ['No comments from us.', 'noComments'],
    ['Vi kan ikke godkende forslaget.', 'objection'],
    ['Jeg kan desværre ikke godkende det.', 'objection'],
    ['Jeg er imod.', 'objection'],
    ['Vi er ikke enige i forslaget.', 'objection'],
    ['We cannot approve this.', 'objection'],
    ['I object to point 3.', 'objection'],
    ['Godkendt, men vi foreslår en ændring i afsnit 2.', 'comments'],
    ['Afsnit 2 bør omskrives, så det er tydeligt hvem der gør hvad.', 'comments'],
  ])('"%s" → %s', (text, verdict) => {
    expect(verdictOf(text)).toBe(verdict);
  });

  it('a consultation reply keeps only the own text, without greeting, quote and signature', () => {
    const parsed = parseMail({
      subject: 'SV: [Høring KSG-2027-03] Kommissorium',
      text: 'Hej Katrine\n\nKan ikke godkende afsnit 4.\n\nMvh\nJonas\n\nFra: Katrine\nSendt: i går\n\nGodkendt?',
      from: { name: 'Jonas', address: 'jonas@x.dk' },
    });
    expect(parsed).toMatchObject({
      kind: 'consultationReply',
      consultationRef: 'KSG-2027-03',
      verdict: 'objection',
      replyText: 'Kan ikke godkende afsnit 4.',
    });
  });

  it('matches a reply whose subject lost the reference by the conversation the consultation mail started', () => {
    const mail = {
      subject: 'SV: Kommissorium',
      text: 'Godkendt.\n\nMvh Jonas',
      from: { name: 'Jonas', address: 'jonas@x.dk' },
      conversationId: 'AAQk-conv-7',
    };
    const context = { consultationRefs: ['KSG-2027-03'], consultationConversations: { 'AAQk-conv-7': 'KSG-2027-03' } };
    expect(parseMail(mail, context)).toMatchObject({ kind: 'consultationReply', consultationRef: 'KSG-2027-03', verdict: 'approve' });
    // Another thread, or no map: not a consultation reply; a hostile id cannot reach the prototype.
    expect(parseMail({ ...mail, conversationId: 'other' }, context).kind).not.toBe('consultationReply');
    expect(parseMail(mail, { consultationRefs: ['KSG-2027-03'] }).kind).not.toBe('consultationReply');
    expect(parseMail({ ...mail, conversationId: 'constructor' }, context).kind).not.toBe('consultationReply');
  });
});

describe('parseMail', () => {
  const members = [{ id: 'm1', email: 'Mette@Fjordby.example', substituteEmail: 'kristine@fjordby.example' }];

  it('matches the sender to a member by address or substitute address, case-insensitively', () => {
    expect(parseMail({ subject: 'x', from: { name: '', address: 'mette@FJORDBY.example' } }, { members }).senderMemberId).toBe('m1');
    expect(parseMail({ subject: 'x', from: { name: '', address: 'KRISTINE@fjordby.example' } }, { members }).senderMemberId).toBe('m1');
    expect(parseMail({ subject: 'x', from: { name: '', address: 'ukendt@x.dk' } }, { members }).senderMemberId).toBeNull();
  });

  it('parses the forwarded content of a forward whose own text has no sections', () => {
    const parsed = parseMail({
      subject: 'VS: Kost og ernæring',
      text: 'Til dig.\n\nMvh Lene\n\n-----Original Message-----\nFrom: Kristine\nSent: 1. feb\nSubject: Sagsfremstilling: Kost\n\nIndstilling\n- at A\n\nBaggrund\nB.\n\nVenlig hilsen\nKristine',
    });
    expect(parsed).toMatchObject({ kind: 'submission', title: 'Kost og ernæring', recommendations: ['at A'], description: 'B.' });
  });

  it('does not take sections from a quoted reply', () => {
    const parsed = parseMail({
      subject: 'SV: Spørgsmål',
      text: 'Tak, det er fint.\n\nDen 1. feb. 2027 skrev K <k@x.dk>:\n> Indstilling\n> - at A',
    });
    expect(parsed).toMatchObject({ kind: 'other', recommendations: [] });
  });

  it('a mail with nothing recognisable is "other"; attachments pass through', () => {
    const attachments = [{ name: 'a.pdf', contentType: 'application/pdf', size: 3 }];
    expect(parseMail({ subject: 'Hej', text: 'Hvornår er mødet?', attachments })).toMatchObject({
      kind: 'other',
      title: 'Hej',
      attachments,
    });
  });
});
