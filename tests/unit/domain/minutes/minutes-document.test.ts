import type { MinutesContent } from '../../../../src/domain/minutes/minutes-content';
import {
  approvedMarking,
  approvalPreviewText,
  approvalReminderMail,
  approvalRequestMail,
  buildMinutesDocument,
  circulationMail,
  minutesFileBase,
  minutesHeaderLines,
  minutesRecipients,
} from '../../../../src/domain/minutes/minutes-document';
import type { ForumMember } from '../../../../src/domain/types';

const member = (email: string, name: string, role: ForumMember['role'] = 'member'): ForumMember => ({
  id: email,
  name,
  email,
  organisation: 'Org',
  organisationKind: 'hospital',
  jobTitle: '',
  role,
  external: false,
});

/** Circulation renders the approved minutes with the answers it counted; here nobody's (the appendix has its own tests). */
const APPROVED = approvedMarking({ version: 2, contentHash: 'a'.repeat(64) }, { chairs: [], required: 1 });

const CONTENT: MinutesContent = {
  meetingId: '7',
  forumName: 'Klyngestyregruppen for Fjordklyngen',
  forumShortName: 'KSG',
  meetingTitle: 'Møde 1-2027',
  start: '2027-03-11T08:00:00Z',
  end: '2027-03-11T10:00:00Z',
  form: 'hybrid',
  location: 'Mødelokale 3',
  attendance: [
    { email: 'per@x.dk', name: 'Per Lund', organisation: 'Fjordby Kommune', presence: 'apology' },
    { email: 'ida@x.dk', name: 'Ida Holm', organisation: 'Fjordby Kommune', presence: 'substitute', substituteFor: 'per@x.dk' },
    { email: 'jonas@x.dk', name: 'Jonas Dahl', organisation: 'Hospitalet', presence: 'room', chair: true },
    { email: 'anna@x.dk', name: 'Anna Berg', organisation: 'Hospitalet', presence: 'room' },
    { email: 'ole@x.dk', name: 'Ole Ny', organisation: 'Praksis', presence: 'online' },
    { email: 'Gaest@Y.dk', name: 'Gitte Gæst', organisation: 'KL', presence: 'guest' },
    { email: 'borte@x.dk', name: 'Borte', organisation: 'X', presence: 'absent' },
  ],
  items: [
    {
      agendaItemId: 'b',
      number: 2,
      title: 'Status <på> initiativer',
      presenter: 'Mette',
      recommendations: ['at gruppen drøfter', ' '],
      referat: 'Drøftet.\n\nAnden linje',
      beslutning: 'Godkendt.',
    },
    { agendaItemId: 'a', number: 1, title: 'Velkomst', recommendations: [], referat: '', beslutning: '' },
  ],
};

describe('the minutes as a document', () => {
  it('has the header, those present by organisation with chairs first, then Afbud, substitutes naming whom and guests; items renumbered in order', () => {
    const doc = buildMinutesDocument(CONTENT, { kind: 'draft', version: 2 });
    expect(doc.day).toBe('2027-03-11');
    expect(doc.date).toBe('torsdag den 11. marts 2027');
    expect(doc.marking).toBe('Udkast – version 2');
    // No kinds on this (old-shape) content: organisations by name; at a hybrid meeting those online are marked.
    expect(doc.participants).toEqual([
      { organisation: 'Hospitalet', people: ['Jonas Dahl (medformand)', 'Anna Berg'] },
      { organisation: 'Praksis', people: ['Ole Ny (deltog online)'] },
    ]);
    expect(doc.attendance.map((g) => [g.label, g.people])).toEqual([
      ['Afbud', ['Per Lund, Fjordby Kommune']],
      ['Stedfortrædere', ['Ida Holm, Fjordby Kommune – Stedfortræder for Per Lund']],
      ['Gæster', ['Gitte Gæst, KL']],
    ]);
    expect(doc.items.map((i) => i.heading)).toEqual(['1. Velkomst', '2. Status <på> initiativer v. Mette']);
    expect(doc.items[1]?.recommendations).toEqual(['at gruppen drøfter']);
    expect(buildMinutesDocument(CONTENT, APPROVED).marking).toBe('Godkendt');
  });

  it("follows the reference: organisations in the agenda's order with titles, Mødeledere/Referent, each item's slot, Beskrivelse and Bilag", () => {
    const doc = buildMinutesDocument(
      {
        ...CONTENT,
        form: 'physical',
        meetingLeaders: ['Jonas Dahl', 'Mette Andreassen'],
        referents: ['Katrine Gimm'],
        attendance: [
          {
            email: 'ole@x.dk',
            name: 'Ole Ny',
            organisation: 'Almen praksis',
            organisationKind: 'general-practice',
            jobTitle: 'praksiskoordinator',
            presence: 'room',
          },
          {
            email: 'mette@x.dk',
            name: 'Mette Andreassen',
            organisation: 'Viborg Kommune',
            organisationKind: 'municipality',
            jobTitle: 'direktør',
            presence: 'room',
            chair: true,
          },
          {
            email: 'yrsa@x.dk',
            name: 'Yrsa Bro',
            organisation: 'Regionspsykiatrien',
            organisationKind: 'psychiatry',
            jobTitle: 'chefsygeplejerske',
            presence: 'room',
          },
          {
            email: 'jonas@x.dk',
            name: 'Jonas Dahl',
            organisation: 'Hospitalsenhed Midt',
            organisationKind: 'hospital',
            jobTitle: 'konst. hospitalsdirektør',
            presence: 'room',
            chair: true,
          },
          {
            email: 'per@x.dk',
            name: 'Per Lund',
            organisation: 'Viborg Kommune',
            organisationKind: 'municipality',
            jobTitle: 'socialchef',
            presence: 'apology',
          },
        ],
        items: [
          {
            agendaItemId: 'a',
            number: 1,
            title: 'Velkomst',
            recommendations: [],
            referat: 'Godkendt.',
            beslutning: '',
            slot: { start: '2027-03-11T08:00:00Z', end: '2027-03-11T08:10:00Z' },
          },
          {
            agendaItemId: 'b',
            number: 2,
            title: 'Økonomi',
            recommendations: ['at gruppen godkender budgettet'],
            description: 'Budgettet for 2027.',
            bilag: [{ label: 'Bilag 1 – Budget.pdf', url: 'https://sp.example/Budget.pdf' }, { label: 'Bilag 2 – Noter.docx' }],
            referat: 'Drøftet.',
            beslutning: 'Godkendt.',
            // A zero-length slot (an item with no time of its own) is never shown.
            slot: { start: '2027-03-11T08:10:00Z', end: '2027-03-11T08:10:00Z' },
          },
        ],
      },
      { kind: 'draft', version: 1 },
    );
    expect(doc.participants.map((o) => o.organisation)).toEqual([
      'Hospitalsenhed Midt',
      'Regionspsykiatrien',
      'Viborg Kommune',
      'Almen praksis',
    ]);
    expect(doc.participants[0]?.people).toEqual(['Jonas Dahl, konst. hospitalsdirektør (medformand)']);
    expect(doc.participants[2]?.people).toEqual(['Mette Andreassen, direktør (medformand)']);
    expect(doc.attendance).toEqual([{ key: 'apology', label: 'Afbud', people: ['Per Lund, socialchef, Viborg Kommune'] }]);
    expect(minutesHeaderLines(doc).slice(-2)).toEqual([
      { label: 'Mødeledere', value: 'Jonas Dahl, Mette Andreassen' },
      { label: 'Referent', value: 'Katrine Gimm' },
    ]);
    expect(doc.items.map((i) => i.heading)).toEqual(['1. Velkomst (kl. 09.00–09.10)', '2. Økonomi']);
    expect(doc.items[1]).toMatchObject({
      description: 'Budgettet for 2027.',
      attachments: [{ label: 'Bilag 1 – Budget.pdf', url: 'https://sp.example/Budget.pdf' }, { label: 'Bilag 2 – Noter.docx' }],
    });
    const html = String(circulationMail(doc, { pdfName: 'x.pdf' }).html);
    expect(html).toContain('<strong>Beskrivelse af sagen</strong></p><p>Budgettet for 2027.</p>');
    expect(html).toContain('<li><a href="https://sp.example/Budget.pdf">Bilag 1 – Budget.pdf</a></li><li>Bilag 2 – Noter.docx</li>');
  });

  it('names files by date, forum and version; the final one is marked approved', () => {
    expect(minutesFileBase(CONTENT, 2)).toBe('Referat 2027-03-11 KSG v2');
    expect(minutesFileBase(CONTENT, 2, true)).toBe('Referat 2027-03-11 KSG v2 (godkendt)');
  });
});

describe('the mails', () => {
  const doc = buildMinutesDocument(CONTENT, { kind: 'draft', version: 1 });

  it('approval request: Danish, the link, the PDF named, hostile text escaped', () => {
    const mail = approvalRequestMail(doc, {
      version: 1,
      link: 'https://app.example/#/approve/g/5',
      pdfName: 'Referat 2027-03-11 KSG v1.pdf',
      deadline: '2027-03-25T12:00:00Z',
    });
    expect(mail.subject).toBe('Til godkendelse: Referat Klyngestyregruppen for Fjordklyngen 11. marts 2027');
    expect(String(mail.html)).toContain('<a href="https://app.example/#/approve/g/5">Godkend eller bed om ændringer</a>');
    expect(String(mail.html)).toContain('vedhæftet som PDF (Referat 2027-03-11 KSG v1.pdf)');
    expect(String(mail.html)).toContain('torsdag den 25. marts 2027');
    const again = approvalRequestMail(doc, { version: 2, link: 'javascript:alert(1)', pdfUrl: 'https://sp.example/r.pdf', changed: true });
    expect(again.subject).toMatch(/^Ny version til godkendelse/);
    expect(String(again.html)).toContain('Tidligere godkendelser gælder ikke længere');
    expect(String(again.html)).not.toContain('href="javascript');
    expect(String(again.html)).toContain('<a href="https://sp.example/r.pdf">');
  });

  it('reminder and circulation', () => {
    expect(approvalReminderMail(doc, { version: 1, link: 'https://a/#/x' }).subject).toBe(
      'Påmindelse: Referat Klyngestyregruppen for Fjordklyngen 11. marts 2027 afventer din godkendelse',
    );
    const circ = circulationMail(buildMinutesDocument(CONTENT, APPROVED), { pdfName: 'x.pdf' });
    expect(circ.subject).toBe('Godkendt referat: Klyngestyregruppen for Fjordklyngen 11. marts 2027');
    expect(String(circ.html)).toContain('Status &lt;på&gt; initiativer');
    expect(String(circ.html)).toContain('<strong>Beslutning</strong></p><p>Godkendt.</p>');
    expect(String(circ.html)).toContain('Drøftet.</p><p>Anden linje');
  });

  it('the activity preview names the meeting and, for a re-request, the new version', () => {
    expect(approvalPreviewText(CONTENT, 1, 'request')).toBe(
      'Referatet fra KSG Møde 1-2027 (11. marts 2027) (version 1) er klar til godkendelse',
    );
    expect(approvalPreviewText(CONTENT, 3, 'changed')).toContain('Ny version 3 med ændringer');
  });
});

describe('minutesRecipients', () => {
  it('all members, substitutes who attended and guests; once each, lower-cased, never the forum mailbox', () => {
    const forum = {
      mailbox: 'KSG@x.dk',
      members: [
        member('Jonas@x.dk', 'Jonas', 'chair'),
        member('per@x.dk', 'Per'),
        member('ksg@x.dk', 'Postkasse'),
        member('', 'Uden adresse'),
        member('anna@x.dk', 'Anna', 'secretariat'),
      ],
    };
    expect(minutesRecipients(forum, CONTENT).sort()).toEqual(['anna@x.dk', 'gaest@y.dk', 'ida@x.dk', 'jonas@x.dk', 'per@x.dk']);
  });
});
