import type { Consultation } from '../../../src/domain/consultation/consultation-types';
import type { ForumMember, Meeting, Submission } from '../../../src/domain/types';
import type { ForumHome, HomeData } from '../../../src/store/home-data';
import type { CommandContext } from '../../../src/ui/commands/command';

export const NOW = new Date('2026-04-20T10:00:00Z');

const member = (name: string, email: string, role: ForumMember['role'], organisation: string): ForumMember => ({
  id: email,
  name,
  email,
  organisation,
  organisationKind: 'other',
  jobTitle: '',
  role,
  external: false,
});

export const CHAIRS = [
  member('Jonas Vestergaard', 'jonas.vestergaard@regionfjord.example', 'chair', 'Fjordhospitalet'),
  member('Yrsa Thomsen', 'yrsa.thomsen@regionfjord.example', 'chair', 'Psykiatrien i Region Fjord'),
  member('Lene Damgaard', 'lene.damgaard@fjordby.example', 'chair', 'Fjordby Kommune'),
];
export const SECRETARY = member('Katrine Holm', 'katrine.holm@regionfjord.example', 'secretariat', 'Fjordhospitalet');
export const MEMBER = member('Lars Harbo', 'lars.harbo@skovlund.example', 'member', 'Skovlund Kommune');

const meeting = (id: string, start: string, end: string, over: Partial<Meeting> = {}): Meeting => ({
  id,
  forumId: 'g-ksg',
  kind: 'ordinary',
  title: 'Klyngestyregruppemøde',
  start,
  end,
  form: 'hybrid',
  location: 'Fjordhospitalet, Konferencesal A',
  status: 'planned',
  etag: `"${id}"`,
  ...over,
});

export const MEETINGS: Meeting[] = [
  meeting('1', '2026-03-12T08:00:00Z', '2026-03-12T10:00:00Z', { status: 'held', joinUrl: 'https://teams.example/1' }),
  meeting('2', '2026-05-28T07:00:00Z', '2026-05-28T08:00:00Z', {
    kind: 'planning',
    title: 'Planlægningsmøde',
    form: 'video',
    status: 'booked',
    prepares: '3',
    joinUrl: 'https://teams.example/2',
  }),
  meeting('3', '2026-06-11T07:00:00Z', '2026-06-11T09:00:00Z', { status: 'booked', joinUrl: 'https://teams.example/3' }),
  meeting('4', '2026-10-01T07:00:00Z', '2026-10-01T09:00:00Z', {
    kind: 'extraordinary',
    title: 'Ekstraordinært møde',
    status: 'cancelled',
  }),
  meeting('5', '2027-03-11T08:00:00Z', '2027-03-11T10:00:00Z'),
];

const submission = (id: string, title: string, from: ForumMember, status: Submission['status'], receivedAt: string): Submission => ({
  id,
  forumId: 'g-ksg',
  title,
  senderName: from.name,
  senderAddress: from.email,
  receivedAt,
  status,
  recommendations: [],
  description: '',
  internetMessageId: `<${id}@x>`,
  etag: `"s${id}"`,
});

export const SUBMISSIONS: Submission[] = [
  submission('1', 'Fælles forløb for borgere med KOL', MEMBER, 'new', '2026-04-10T08:00:00Z'),
  submission('2', 'Status på sundhedsaftalen', CHAIRS[0] as ForumMember, 'new', '2026-04-12T08:00:00Z'),
  submission('3', 'Udskrivning af ældre medicinske patienter', MEMBER, 'accepted', '2026-02-01T08:00:00Z'),
];

export function forumHome(role: ForumHome['role'], over: Partial<ForumHome> = {}): ForumHome {
  return {
    forum: {
      groupId: 'g-ksg',
      siteId: 's-ksg',
      name: 'Klyngestyregruppen for Fjordklyngen',
      shortName: 'KSG',
      kind: 'steering-group',
      mailbox: 'ksg-sekretariat@regionfjord.example',
      members: [...CHAIRS, SECRETARY, MEMBER],
    },
    ...(role ? { role } : {}),
    meetings: MEETINGS,
    submissions: SUBMISSIONS,
    minutesAwaitingApproval: [],
    approvals: [],
    deadlines: { submissionsCloseDaysBefore: 21, agendaSentDaysBefore: 7 },
    ...over,
  };
}

export function homeData(me: ForumMember, forums: ForumHome[]): HomeData {
  return { me: { id: `id-${me.email}`, name: me.name, email: me.email }, forums, skipped: [], loadedAt: NOW.toISOString() };
}

/** An open written consultation to two members, sent to both, due two days before NOW. */
export function consultationFixture(over: Partial<Consultation> = {}): Consultation {
  return {
    id: 'c1',
    reference: 'KSG-2026-01',
    title: 'Fælles sprogpolitik',
    question: 'Kan I tilslutte jer?',
    recommendations: [],
    description: '',
    deadline: '2026-04-18T10:00:00Z',
    status: 'open',
    recipients: [
      { memberId: 'm1', name: 'A', email: 'a@x.example' },
      { memberId: 'm2', name: 'B', email: 'b@x.example' },
    ],
    attachments: [],
    sentTo: ['a@x.example', 'b@x.example'],
    signOffRequired: false,
    signOffs: [],
    etag: '"c1"',
    ...over,
  };
}

/** The context a view's commands run in under test: the services, keys for strings, Danish, spies for the rest. */
export function commandContext(services: CommandContext['services'], over: Partial<CommandContext> = {}): CommandContext {
  return {
    services,
    t: ((k: string) => k) as unknown as CommandContext['t'],
    locale: 'da',
    reload: jest.fn(),
    setLocale: jest.fn(),
    showMeeting: jest.fn(),
    ...over,
  } as CommandContext;
}
