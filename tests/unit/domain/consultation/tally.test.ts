import { consultationMail, consultationSubject, outcomeMail, reminderMail } from '../../../../src/domain/consultation/mail';
import { outcomeText } from '../../../../src/domain/consultation/outcome';
import { nextReference, consultationReference } from '../../../../src/domain/consultation/reference';
import { reminderAllowed, reminderDue, reminderRecipients, reminderTime } from '../../../../src/domain/consultation/reminder';
import { canClose, hasObjections, tallyReplies } from '../../../../src/domain/consultation/tally';
import type { Consultation, ConsultationRecipient, ConsultationReply } from '../../../../src/domain/consultation/consultation-types';
import { consultationRefOf } from '../../../../src/domain/mail/consultation-reply';
import type { ConsultationVerdict } from '../../../../src/domain/mail/mail-types';

const DEADLINE = '2027-03-12T11:00:00Z'; // 12:00 in Copenhagen

const recipients: ConsultationRecipient[] = [
  {
    memberId: '1',
    name: 'Lars Harbo',
    email: 'lars.harbo@skovlund.example',
    organisation: 'Skovlund Kommune',
    substituteEmail: 'trine.bogh@skovlund.example',
  },
  { memberId: '2', name: 'Jane Holt', email: 'jane.holt@plo-fjord.example', organisation: 'PLO-Fjord' },
  { memberId: '3', name: 'Yrsa Thomsen', email: 'Yrsa.Thomsen@regionfjord.example', organisation: 'Psykiatrien' },
  { memberId: '4', name: 'Ralf Jessen', email: 'ralf.jessen@privat.example' },
];

const consultation: Consultation = {
  id: '7',
  reference: 'KSG-2027-03',
  title: 'Opdateret kommissorium',
  question: 'Kan klyngestyregruppen godkende det opdaterede kommissorium?',
  recommendations: ['at klyngestyregruppen godkender kommissoriet'],
  description: 'Kommissoriet er <opdateret> & rettet.',
  deadline: DEADLINE,
  status: 'open',
  recipients,
  attachments: [{ name: 'Kommissorium.pdf', url: 'https://fjord.sharepoint.example/Høringer/KSG-2027-03/Kommissorium.pdf', size: 1000 }],
  reminderAt: reminderTime(DEADLINE, 48),
  sentTo: recipients.map((r) => r.email),
  signOffRequired: false,
  signOffs: [],
  etag: '"1"',
};

let n = 0;
const reply = (
  from: string,
  verdict: ConsultationVerdict | null,
  at: string,
  comment = '',
  reference = 'KSG-2027-03',
): ConsultationReply => {
  n += 1;
  return {
    id: String(n),
    reference,
    senderAddress: from,
    senderName: from,
    verdict,
    comment,
    receivedAt: at,
    internetMessageId: `<${n}@x>`,
    corrected: false,
    etag: '"1"',
  };
};

describe('tally', () => {
  it('counts the latest reply per member; a substitute answers for the member; a non-recipient is flagged, not counted; late replies are marked', () => {
    const replies = [
      reply('jane.holt@plo-fjord.example', 'objection', '2027-03-08T10:00:00Z', 'Vi er imod.'),
      reply('JANE.HOLT@plo-fjord.example', 'approve', '2027-03-09T10:00:00Z'),
      reply('trine.bogh@skovlund.example', 'comments', '2027-03-10T10:00:00Z', 'Tidsplanen er stram.'),
      reply('yrsa.thomsen@regionfjord.example', 'objection', '2027-03-12T11:30:00Z', 'Kan ikke godkende.'),
      reply('otto@udenfor.example', 'approve', '2027-03-09T10:00:00Z'),
      reply('ralf.jessen@privat.example', 'approve', '2027-03-09T10:00:00Z', '', 'KSG-2027-04'),
    ];
    const t = tallyReplies(consultation, replies);
    const row = (email: string) => t.rows.find((r) => r.recipient.email.toLowerCase() === email.toLowerCase());
    expect(row('jane.holt@plo-fjord.example')).toMatchObject({ answer: 'approve', late: false, bySubstitute: false });
    expect(row('jane.holt@plo-fjord.example')?.earlier).toHaveLength(1);
    expect(row('lars.harbo@skovlund.example')).toMatchObject({ answer: 'comments', bySubstitute: true });
    expect(row('yrsa.thomsen@regionfjord.example')).toMatchObject({ answer: 'objection', late: true });
    expect(row('ralf.jessen@privat.example')).toMatchObject({ answer: 'none' });
    expect(t.flagged.map((r) => r.senderAddress)).toEqual(['otto@udenfor.example']);
    expect(t.counts).toMatchObject({ approve: 1, comments: 1, objection: 1, none: 1, noComments: 0 });
    expect(t.answered).toBe(3);
    expect(t.late).toBe(1);
    expect(hasObjections(t)).toBe(true);
  });

  it("a member's own later reply replaces the substitute's earlier one", () => {
    const t = tallyReplies(consultation, [
      reply('trine.bogh@skovlund.example', 'objection', '2027-03-05T10:00:00Z'),
      reply('lars.harbo@skovlund.example', 'noComments', '2027-03-06T10:00:00Z'),
    ]);
    expect(t.rows[0]).toMatchObject({ answer: 'noComments', bySubstitute: false });
  });

  it('an unclassified reply counts as answered but unclassified', () => {
    const t = tallyReplies(consultation, [reply('ralf.jessen@privat.example', null, '2027-03-05T10:00:00Z')]);
    expect(t.counts.unclassified).toBe(1);
    expect(t.answered).toBe(1);
  });
});

describe('reminder', () => {
  it('is due once, from its time until the deadline, only while open', () => {
    expect(consultation.reminderAt).toBe('2027-03-10T11:00:00Z');
    expect(reminderDue(consultation, new Date('2027-03-10T10:59:00Z'))).toBe(false);
    expect(reminderDue(consultation, new Date('2027-03-10T11:00:00Z'))).toBe(true);
    expect(reminderDue(consultation, new Date('2027-03-12T11:00:00Z'))).toBe(false);
    expect(reminderDue({ ...consultation, reminderSentAt: '2027-03-10T11:00:00Z' }, new Date('2027-03-11T00:00:00Z'))).toBe(false);
    expect(reminderDue({ ...consultation, status: 'closed' }, new Date('2027-03-11T00:00:00Z'))).toBe(false);
    expect(reminderAllowed({ ...consultation, reminderSentAt: '2027-03-10T11:00:00Z' }, new Date('2027-03-11T00:00:00Z'))).toBe(false);
  });

  it("goes to exactly those who have not answered (a substitute's answer counts for the member)", () => {
    const t = tallyReplies(consultation, [
      reply('trine.bogh@skovlund.example', 'approve', '2027-03-05T10:00:00Z'),
      reply('otto@udenfor.example', 'approve', '2027-03-05T10:00:00Z'),
    ]);
    expect(reminderRecipients(t).map((r) => r.memberId)).toEqual(['2', '3', '4']);
  });
});

describe('outcome text', () => {
  it('says approved by written consultation with the deadline, the tally and the comments by name', () => {
    const t = tallyReplies(consultation, [
      reply('jane.holt@plo-fjord.example', 'approve', '2027-03-09T10:00:00Z'),
      reply('lars.harbo@skovlund.example', 'comments', '2027-03-09T10:00:00Z', 'Tidsplanen er stram.'),
      reply('yrsa.thomsen@regionfjord.example', 'noComments', '2027-03-09T10:00:00Z'),
    ]);
    const text = outcomeText(consultation, t);
    expect(text.split('\n')[0]).toBe('Godkendt ved skriftlig høring med frist den 12. marts 2027.');
    expect(text).toContain('Høringen blev sendt til 4 medlemmer. 3 har svaret: 1 godkender, 1 ingen bemærkninger, 1 med bemærkninger.');
    expect(text).toContain('1 medlem har ikke svaret.');
    expect(text).toContain('- Lars Harbo (Skovlund Kommune): Tidsplanen er stram.');
  });

  it('says not approved when someone objected, and names the objection', () => {
    const t = tallyReplies(consultation, [
      reply('yrsa.thomsen@regionfjord.example', 'objection', '2027-03-13T10:00:00Z', 'Vi kan ikke godkende.'),
    ]);
    const text = outcomeText(consultation, t);
    expect(text).toMatch(/^Ikke godkendt ved skriftlig høring med frist den 12\. marts 2027: der er indkommet 1 indsigelse\./);
    expect(text).toContain('1 svar kom efter fristen.');
    expect(text).toContain('- Yrsa Thomsen (Psykiatrien) – indsigelse: Vi kan ikke godkende.');
  });
});

describe('mails and references', () => {
  it("each recipient's mail carries the tag, the instructions, the question, the deadline in Copenhagen time, all escaped", () => {
    const mail = consultationMail('Klyngestyregruppen', { ...consultation, title: 'Kommissorium <b>' }, { name: 'Jane <Holt>' });
    expect(mail.subject).toBe('[Høring KSG-2027-03] Kommissorium <b>');
    expect(consultationRefOf(`SV: ${mail.subject}`)).toBe('KSG-2027-03');
    expect(String(mail.html)).toContain('Kære Jane &lt;Holt&gt;');
    expect(String(mail.html)).toContain('fredag den 12. marts 2027 kl. 12.00');
    expect(String(mail.html)).toContain('&quot;Godkendt&quot;');
    expect(String(mail.html)).toContain('Kommissoriet er &lt;opdateret&gt; &amp; rettet.');
    expect(String(mail.html)).not.toContain('<b>');
    expect(String(mail.html)).toContain('<li>at klyngestyregruppen godkender kommissoriet</li>');
    expect(mail.text).toContain('Svarfrist: fredag den 12. marts 2027 kl. 12.00');
    expect(mail.text).toContain('"Ingen bemærkninger"');
  });

  it('the reminder keeps the tag; the outcome mail has none (answers to it are no replies)', () => {
    expect(consultationRefOf(reminderMail('KSG', consultation, { name: 'X' }).subject)).toBe('KSG-2027-03');
    const outcome = outcomeMail('KSG', consultation, 'Godkendt.');
    expect(outcome.subject).toBe('Resultat af skriftlig høring KSG-2027-03: Opdateret kommissorium');
    expect(consultationRefOf(outcome.subject)).toBeNull();
    expect(consultationSubject(consultation, 'Påmindelse: ')).toBe('[Høring KSG-2027-03] Påmindelse: Opdateret kommissorium');
  });

  it('references run per forum and year; the next after a clash is the one after', () => {
    expect(consultationReference('ksg', 2027, 3)).toBe('KSG-2027-03');
    expect(consultationReference('KSG', 2027, 120)).toBe('KSG-2027-120');
    expect(nextReference('KSG', 2027, ['KSG-2027-01', 'KSG-2027-07', 'KSG-2026-12', 'TÆK-2027-09'])).toBe('KSG-2027-08');
    expect(nextReference('KSG', 2027, [], 1)).toBe('KSG-2027-02');
  });
});

describe('closing', () => {
  it('is allowed after the deadline, or before it once everyone asked has answered', () => {
    const before = new Date('2027-03-11T00:00:00Z');
    const some = tallyReplies(consultation, [reply('jane.holt@plo-fjord.example', 'approve', '2027-03-09T10:00:00Z')]);
    expect(canClose(consultation, some, before)).toBe(false);
    expect(canClose(consultation, some, new Date(DEADLINE))).toBe(true);
    const all = tallyReplies(
      consultation,
      recipients.map((r) => reply(r.email, 'approve', '2027-03-09T10:00:00Z')),
    );
    expect(canClose(consultation, all, before)).toBe(true);
    expect(canClose({ ...consultation, status: 'closed' }, all, new Date(DEADLINE))).toBe(false);
  });
});
