import { buildAgendaDocument, type AgendaDocument } from '../../../../src/domain/agenda-document';
import type { MinutesContent } from '../../../../src/domain/minutes/minutes-content';
import type { AgendaItem, ForumMember } from '../../../../src/domain/types';

/**
 * One meeting's agenda with an open item, an item closed for personal data (title withheld) and one closed for
 * negotiations (title shown), each closed item carrying words that must never leave the forum.
 */
export const SECRETS = [
  'Klage fra Jens Hansen',
  'cpr-nummer 010101-1234',
  'at rådet afviser klagen',
  'Jens Hansen',
  'hemmeligt-bilag.pdf',
  'HEMMELIG-BESLUTNING',
  'Overlæge Skjult',
] as const;

const member = (id: string, role: ForumMember['role']): ForumMember => ({
  id,
  name: id,
  email: `${id}@example.dk`,
  organisation: 'Region',
  organisationKind: 'region',
  jobTitle: '',
  role,
  external: false,
});

export const MEMBERS: ForumMember[] = [
  member('formand', 'chair'),
  member('medlem', 'member'),
  member('sekretaer', 'secretariat'),
  member('observator', 'observer'),
];

const item = (number: number, title: string, extra: Partial<AgendaItem> = {}): AgendaItem => ({
  id: `i${number}`,
  meetingId: 'm1',
  number,
  title,
  durationMinutes: 20,
  recommendations: [],
  description: '',
  standing: false,
  etag: '"1"',
  ...extra,
});

export const ITEMS: AgendaItem[] = [
  item(1, 'Budget 2027', {
    caseNumber: '24/1001',
    presenter: 'Mette Andreassen',
    recommendations: ['at rådet godkender budgettet'],
    description: 'Budgettet for 2027.',
    submissionId: 's1',
  }),
  item(2, 'Klage fra Jens Hansen', {
    caseNumber: '24/12345',
    access: 'closed',
    closedReason: 'personal-data',
    presenter: 'Overlæge Skjult',
    recommendations: ['at rådet afviser klagen'],
    description: 'Klagen vedrører cpr-nummer 010101-1234.',
    submissionId: 's2',
  }),
  item(3, 'Udbud af patienttransport', {
    access: 'closed',
    closedReason: 'negotiations',
    recommendations: ['at rådet godkender forhandlingsmandatet'],
    description: 'Mandatet er 12 mio. kr.',
  }),
];

export function agendaDoc(items: readonly AgendaItem[] = ITEMS): AgendaDocument {
  return buildAgendaDocument({
    forum: { name: 'Sundhedsråd Midt', shortName: 'SRM', members: MEMBERS },
    meeting: {
      title: 'Rådsmøde 1',
      start: '2027-03-04T08:00:00Z',
      end: '2027-03-04T10:00:00Z',
      form: 'physical',
      location: 'Regionshuset',
    },
    items,
    submissions: [
      { id: 's1', attachments: [{ name: 'budget.pdf', contentType: 'application/pdf', size: 10, url: 'https://sp.example/budget.pdf' }] },
      {
        id: 's2',
        attachments: [
          { name: 'hemmeligt-bilag.pdf', contentType: 'application/pdf', size: 10, url: 'https://sp.example/hemmeligt-bilag.pdf' },
        ],
      },
    ],
  });
}

export const MINUTES: MinutesContent = {
  meetingId: 'm1',
  forumName: 'Sundhedsråd Midt',
  forumShortName: 'SRM',
  meetingTitle: 'Rådsmøde 1',
  start: '2027-03-04T08:00:00Z',
  end: '2027-03-04T10:00:00Z',
  form: 'physical',
  attendance: [],
  items: [
    {
      agendaItemId: 'i1',
      number: 1,
      title: 'Budget 2027',
      recommendations: ['at rådet godkender budgettet'],
      referat: 'Drøftet.',
      beslutning: 'Budgettet blev godkendt.',
    },
    {
      agendaItemId: 'i2',
      number: 2,
      title: 'Klage fra Jens Hansen',
      recommendations: ['at rådet afviser klagen'],
      referat: 'cpr-nummer 010101-1234',
      beslutning: 'HEMMELIG-BESLUTNING',
    },
    { agendaItemId: '', number: 3, title: 'Jens Hansen igen', recommendations: [], referat: '', beslutning: 'HEMMELIG-BESLUTNING 2' },
  ],
};
