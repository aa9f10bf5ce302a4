import { webcrypto } from 'node:crypto';
import {
  agendaFileBase,
  agendaHash,
  agendaHeaderLines,
  agendaIssueLine,
  agendaHtml,
  agendaMail,
  agendaRecipients,
  buildAgendaDocument,
  itemHeading,
  type AgendaDocumentInput,
} from '../../../src/domain/agenda-document';
import type { AgendaItem, ForumMember } from '../../../src/domain/types';

const digest = async (bytes: Uint8Array): Promise<ArrayBuffer> => webcrypto.subtle.digest('SHA-256', new Uint8Array(bytes));

const member = (
  id: string,
  name: string,
  organisation: string,
  kind: ForumMember['organisationKind'],
  role: ForumMember['role'],
  jobTitle: string,
  external = false,
): ForumMember => ({
  id,
  name,
  email: `${id}@example.dk`,
  organisation,
  organisationKind: kind,
  jobTitle,
  role,
  external,
});

const MEMBERS: ForumMember[] = [
  member('mette', 'Mette Andreassen', 'Viborg Kommune', 'municipality', 'chair', 'direktør'),
  member('kristine', 'Kristine Stange', 'Viborg Kommune', 'municipality', 'member', 'sundhedschef'),
  member('jonas', 'Jonas Dahl', 'Hospitalsenhed Midt', 'hospital', 'chair', 'konst. hospitalsdirektør'),
  member('claus', 'Claus Graversen', 'Regionspsykiatrien', 'psychiatry', 'member', 'sygeplejefaglig direktør'),
  member('trine', 'Trine Frøstrup', 'Patient- og pårørenderepræsentanter', 'patient', 'member', 'Scleroseforeningen', true),
  member('katrine', 'Katrine Gimm', 'Hospitalsenhed Midt', 'hospital', 'secretariat', 'specialkonsulent'),
  member('anne', 'Anne Bjerrum', 'Hospitalsenhed Midt', 'hospital', 'member', 'chefsygeplejerske'),
];

const item = (number: number, title: string, durationMinutes: number, extra: Partial<AgendaItem> = {}): AgendaItem => ({
  id: `i${number}`,
  meetingId: 'm1',
  number,
  title,
  durationMinutes,
  recommendations: [],
  description: '',
  standing: false,
  etag: '"1"',
  ...extra,
});

// 7 June 2023, 08:30–11:30 Copenhagen (summer time: UTC+2), as in the reference minutes.
const input = (items: AgendaItem[] = ITEMS): AgendaDocumentInput => ({
  forum: { name: 'Klyngestyregruppen Midtklyngen', shortName: 'KSG', members: MEMBERS },
  meeting: {
    title: 'Klyngestyregruppemøde',
    start: '2023-06-07T06:30:00Z',
    end: '2023-06-07T09:30:00Z',
    form: 'hybrid',
    location: 'Mødelokale 303+304, Toldbodgade 12M, Viborg',
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    substitutes: { 'claus@example.dk': 'yrsa.bro@rm.example.dk' },
  },
  items,
  submissions: [
    {
      id: 's7',
      attachments: [
        {
          name: 'Budget.pdf',
          contentType: 'application/pdf',
          size: 1200,
          url: 'https://tenant.sharepoint.com/sites/ksg/Shared%20Documents/Budget.pdf',
        },
        { name: 'evil.html', contentType: 'text/html', size: 9, url: 'javascript:alert(1)' },
      ],
    },
  ],
});

const ITEMS = [
  item(2, 'Status på de 4 initiativer', 25, {
    presenter: 'Mette Andreassen',
    recommendations: ['at klyngestyregruppen tager orienteringen til efterretning', 'at klyngestyregruppen giver input'],
    description: 'Direktørkredsen godkendte budgetterne.\n\nDe kan ses i oversigten.',
    submissionId: 's7',
  }),
  item(1, 'Velkomst og godkendelse af dagsorden', 10, { recommendations: ['At Klyngestyregruppen godkender dagsordenen'], standing: true }),
  item(3, 'Eventuelt <script>', 5, { standing: true }),
];

describe('buildAgendaDocument', () => {
  const doc = buildAgendaDocument(input());

  it('labels say singular or plural as the names are one or more: two co-chairs lead, one secretary writes', () => {
    const labels = agendaHeaderLines(doc).map((l) => l.label);
    expect(labels).toContain('Mødeledere');
    expect(labels).not.toContain('Mødeleder');
    expect(labels).toContain('Referent');
    const two = buildAgendaDocument({
      ...input(),
      forum: {
        ...input().forum,
        members: [...MEMBERS, member('ida', 'Ida Holm', 'Hospitalsenhed Midt', 'hospital', 'secretariat', 'fuldmægtig')],
      },
    });
    expect(agendaHeaderLines(two).find((l) => l.value.includes('Ida Holm'))?.label).toBe('Referenter');
  });

  it('an item with no time of its own shows no empty slot ("kl. 10.35–10.35")', () => {
    const zero = buildAgendaDocument(input([item(1, 'Velkomst', 10), item(2, 'Skriftlig orientering', 0)]));
    const [first, second] = zero.items;
    if (!first || !second) throw new Error('two items expected');
    expect(itemHeading(second)).toBe('2. Skriftlig orientering');
    expect(itemHeading(first)).toMatch(/^1\. Velkomst \(kl\. \d{2}\.\d{2}–\d{2}\.\d{2}\)$/);
  });

  it('has the header of the reference minutes: date and time span in Copenhagen, form, room, link, leader, referent', () => {
    expect(doc.date).toBe('onsdag den 7. juni 2023');
    expect(doc.timeSpan).toBe('kl. 08.30–11.30');
    expect(doc.day).toBe('2023-06-07');
    expect(doc.form).toBe('Fysisk møde med mulighed for virtuel deltagelse');
    expect(doc.room).toBe('Mødelokale 303+304, Toldbodgade 12M, Viborg');
    expect(doc.virtualLink).toBe('https://teams.microsoft.com/l/meetup-join/abc');
    expect(doc.meetingLeaders).toEqual(['Mette Andreassen', 'Jonas Dahl']);
    expect(doc.referents).toEqual(['Katrine Gimm']);
  });

  it('groups the invited by organisation (hospital, psychiatry, municipality, patients), chairs first and marked, substitutes named', () => {
    expect(doc.invited.map((o) => o.organisation)).toEqual([
      'Hospitalsenhed Midt',
      'Regionspsykiatrien',
      'Viborg Kommune',
      'Patient- og pårørenderepræsentanter',
    ]);
    const hospital = doc.invited[0]?.people ?? [];
    expect(hospital[0]).toEqual({ name: 'Jonas Dahl', jobTitle: 'konst. hospitalsdirektør', chair: true });
    expect(hospital.filter((p) => p.chair)).toHaveLength(1);
    expect(doc.invited[1]?.people.map((p) => p.substituteFor ?? p.name)).toEqual(['Claus Graversen', 'Claus Graversen']);
    expect(doc.invited[2]?.people.map((p) => [p.name, p.chair])).toEqual([
      ['Mette Andreassen', true],
      ['Kristine Stange', false],
    ]);
  });

  it('numbers the items in order with slots from the start, presenter, Indstilling and Bilag', () => {
    expect(doc.items.map((i) => [i.number, i.title, i.slot.label])).toEqual([
      [1, 'Velkomst og godkendelse af dagsorden', 'kl. 08.30–08.40'],
      [2, 'Status på de 4 initiativer', 'kl. 08.40–09.05'],
      [3, 'Eventuelt <script>', 'kl. 09.05–09.10'],
    ]);
    expect(doc.items[1] && itemHeading(doc.items[1])).toBe('2. Status på de 4 initiativer v. Mette Andreassen (kl. 08.40–09.05)');
    expect(doc.items[1]?.recommendations).toHaveLength(2);
    expect(doc.items[1]?.attachments.map((a) => a.name)).toEqual(['Budget.pdf', 'evil.html']);
    expect(doc.overrunMinutes).toBe(0);
  });

  it('reports how far the items run past the end', () => {
    expect(buildAgendaDocument(input([item(1, 'Langt punkt', 200)])).overrunMinutes).toBe(20);
  });

  it('slots are elapsed time, shown on the Copenhagen clock, across the autumn DST change', () => {
    // 25 October 2026, 03:00 CEST becomes 02:00 CET: 60 minutes from 01:30 end at 02:30 CEST; 30 more end at 02:00 CET.
    const night = input([item(1, 'Første', 60), item(2, 'Andet', 30)]);
    const doc = buildAgendaDocument({
      ...night,
      meeting: { ...night.meeting, start: '2026-10-24T23:30:00Z', end: '2026-10-25T01:30:00Z' },
    });
    expect(doc.items.map((i) => i.slot.label)).toEqual(['kl. 01.30–02.30', 'kl. 02.30–02.00']);
  });
});

describe('agenda hash', () => {
  it('is stable for the same agenda and changes when an item changes', async () => {
    const a = await agendaHash(buildAgendaDocument(input()), digest);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await agendaHash(buildAgendaDocument(input([...ITEMS].reverse())), digest)).toBe(a);
    const changed = ITEMS.map((i) => (i.number === 2 ? { ...i, durationMinutes: 30 } : i));
    expect(await agendaHash(buildAgendaDocument(input(changed)), digest)).not.toBe(a);
    const reworded = ITEMS.map((i) => (i.number === 1 ? { ...i, recommendations: ['at dagsordenen godkendes'] } : i));
    expect(await agendaHash(buildAgendaDocument(input(reworded)), digest)).not.toBe(a);
  });
});

describe('agenda mail', () => {
  const doc = buildAgendaDocument(input());

  it('subject "Dagsorden: <forum> <date>", or "Revideret dagsorden: …", "Revideret dagsorden nr. 2: …"', () => {
    expect(agendaMail(doc).subject).toBe('Dagsorden: Klyngestyregruppen Midtklyngen 7. juni 2023');
    expect(agendaMail(doc, { revision: 1 }).subject).toBe('Revideret dagsorden: Klyngestyregruppen Midtklyngen 7. juni 2023');
    expect(String(agendaMail(doc, { revision: 1 }).html)).toContain('revideret dagsorden');
    expect(agendaMail(doc, { revision: 2 }).subject).toBe('Revideret dagsorden nr. 2: Klyngestyregruppen Midtklyngen 7. juni 2023');
  });

  it('a revision lists what changed, escaped, before the agenda; the first send lists nothing', () => {
    const changes = ['Punkt 3 „Eventuelt <b>“ er flyttet til punkt 2 (kl. 08.40–08.45)'];
    const html = String(agendaMail(doc, { revision: 1, changes }).html);
    expect(html).toContain(
      '<p><strong>Ændret siden den tidligere udsendte dagsorden</strong></p><ul><li>Punkt 3 „Eventuelt &lt;b&gt;“ er flyttet til punkt 2 (kl. 08.40–08.45)</li></ul>',
    );
    expect(html.indexOf('Ændret siden')).toBeLessThan(html.indexOf('2. Status på de 4 initiativer'));
    expect(String(agendaMail(doc, { revision: 0, changes }).html)).not.toContain('Ændret siden');
  });

  it('says when it was issued: sent, revised, or a draft not yet sent', () => {
    expect(agendaIssueLine({}, '2026-12-06T10:00:00Z', true)).toBe('Udsendt 6. december 2026');
    expect(agendaIssueLine({ revision: 2 }, '2026-12-06T23:30:00Z', true)).toBe('Revideret 7. december 2026');
    expect(agendaIssueLine({}, '2026-12-06T10:00:00Z', false)).toBe('Udkast 6. december 2026');
  });

  it('names the files of each revision apart', () => {
    expect(agendaFileBase(doc)).toBe('Dagsorden 2023-06-07');
    expect(agendaFileBase(doc, 1)).toBe('Dagsorden 2023-06-07 (revideret)');
    expect(agendaFileBase(doc, 2)).toBe('Dagsorden 2023-06-07 (revideret 2)');
  });

  it('is safe HTML: data escaped, only http(s) links, attachments linked', () => {
    const html = String(agendaMail(doc, { pdfName: 'Dagsorden 2023-06-07.pdf', documentUrl: 'https://tenant.sharepoint.com/x.pdf' }).html);
    expect(html).toContain('Eventuelt &lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<a href="https://tenant.sharepoint.com/sites/ksg/Shared%20Documents/Budget.pdf">Bilag 1 – Budget.pdf</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<li>Bilag 2 – evil.html</li>');
    // The Teams link as link text, not the raw address.
    expect(html).toContain('<a href="https://teams.microsoft.com/l/meetup-join/abc">Deltag i Teams-mødet</a>');
    expect(html).toContain('Jonas Dahl, konst. hospitalsdirektør (medformand)');
    expect(html).toContain('Dagsorden 2023-06-07.pdf');
  });

  it('the event body is the agenda with its items', () => {
    const html = String(agendaHtml(doc));
    expect(html).toContain('2. Status på de 4 initiativer v. Mette Andreassen (kl. 08.40–09.05)');
    expect(html).toContain('<li>at klyngestyregruppen tager orienteringen til efterretning</li>');
  });

  it('goes to every member and the substitutes named for members once, never the forum mailbox', () => {
    const forum = { mailbox: 'katrine@example.dk', members: [...MEMBERS, { ...MEMBERS[0], id: 'dup' } as ForumMember] };
    // Someone not on the members list has no substitute to send the agenda to.
    const to = agendaRecipients(forum, {
      substitutes: { 'Claus@example.dk': 'yrsa.bro@rm.example.dk', 'ikke.medlem@example.dk': 'ven@example.dk' },
    }).map((r) => r.email);
    expect(to).toEqual([
      'mette@example.dk',
      'kristine@example.dk',
      'jonas@example.dk',
      'claus@example.dk',
      'trine@example.dk',
      'anne@example.dk',
      'yrsa.bro@rm.example.dk',
    ]);
  });
});

describe('the follow-up item lists the open actions', () => {
  const followUp = item(2, 'Opfølgning på beslutninger', 5, {
    standing: true,
    standingKey: 'actions-follow-up',
    description: 'Åbne opfølgningspunkter fra tidligere møder.',
  });
  const actions = [
    {
      title: 'Pjece om KOL',
      ownerName: 'Mette Andreassen',
      ownerEmail: 'mette@example.dk',
      due: '2023-05-31T22:00:00Z',
      status: 'open' as const,
      meetingId: 'm0',
    },
    {
      title: 'Budget',
      ownerName: 'Jonas Dahl',
      ownerEmail: 'jonas@example.dk',
      due: '2023-08-31T22:00:00Z',
      status: 'open' as const,
      meetingId: 'm0',
    },
    {
      title: 'Færdig',
      ownerName: 'Jonas Dahl',
      ownerEmail: 'jonas@example.dk',
      due: '2023-01-31T22:00:00Z',
      status: 'done' as const,
      meetingId: 'm0',
    },
  ];

  it('replaces the default text by the open actions, overdue as of the meeting marked', () => {
    const doc = buildAgendaDocument({ ...input([ITEMS[1] as AgendaItem, followUp]), actions, meetingId: 'm1' });
    expect(doc.items[1]?.description.split('\n')).toEqual([
      'Åbne opfølgningspunkter:',
      '- Pjece om KOL – Mette Andreassen – frist 1. juni 2023 (overskredet)',
      '- Budget – Jonas Dahl – frist 1. september 2023',
    ]);
    expect(String(agendaHtml(doc))).toContain('Pjece om KOL');
  });

  it("keeps the secretariat's own text above the list, and leaves the item alone without actions given", () => {
    const own = { ...followUp, description: 'Status ved sekretariatet.' };
    expect(buildAgendaDocument({ ...input([own]), actions, meetingId: 'm1' }).items[0]?.description).toMatch(
      /^Status ved sekretariatet\.\n\nÅbne opfølgningspunkter:/,
    );
    expect(buildAgendaDocument(input([own])).items[0]?.description).toBe('Status ved sekretariatet.');
  });

  it('changes the agenda hash when an action is done', async () => {
    const before = await agendaHash(buildAgendaDocument({ ...input([followUp]), actions, meetingId: 'm1' }), digest);
    const after = await agendaHash(
      buildAgendaDocument({ ...input([followUp]), actions: actions.map((a) => ({ ...a, status: 'done' as const })), meetingId: 'm1' }),
      digest,
    );
    expect(after).not.toBe(before);
  });
});
