import { approvalStatus } from '../../../../src/domain/approval';
import type { MinutesContent } from '../../../../src/domain/minutes/minutes-content';
import { approvedMarking, buildMinutesDocument } from '../../../../src/domain/minutes/minutes-document';
import type { Approval, ForumMember } from '../../../../src/domain/types';
import { renderMinutesDocx } from '../../../../src/store/minutes/minutes-docx';

/** Minutes shaped like the reference minutes (Midtklyngen, 7 June): organisations, titles, Afbud, a substitute, Bilag. */
const HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

export const REFERENCE_CONTENT: MinutesContent = {
  meetingId: '7',
  forumName: 'Klyngestyregruppen Midtklyngen',
  forumShortName: 'KSG',
  meetingTitle: 'Møde 2/2027',
  start: '2027-06-07T06:30:00Z',
  end: '2027-06-07T09:30:00Z',
  form: 'hybrid',
  location: 'Mødelokale 303+304, Regionshospitalet Viborg',
  meetingLeaders: ['Jonas Dahl', 'Mette Andreassen'],
  referents: ['Katrine Gimm'],
  attendance: [
    {
      email: 'mette@viborg.example',
      name: 'Mette Andreassen',
      organisation: 'Viborg Kommune',
      organisationKind: 'municipality',
      jobTitle: 'direktør',
      presence: 'room',
      chair: true,
    },
    {
      email: 'kristine@viborg.example',
      name: 'Kristine Stange',
      organisation: 'Viborg Kommune',
      organisationKind: 'municipality',
      jobTitle: 'sundhedschef',
      presence: 'online',
    },
    {
      email: 'jonas@hem.example',
      name: 'Jonas Dahl',
      organisation: 'Hospitalsenhed Midt',
      organisationKind: 'hospital',
      jobTitle: 'konst. hospitalsdirektør',
      presence: 'room',
      chair: true,
    },
    {
      email: 'katrine@hem.example',
      name: 'Katrine Gimm',
      organisation: 'Hospitalsenhed Midt',
      organisationKind: 'hospital',
      jobTitle: 'specialkonsulent',
      presence: 'room',
    },
    {
      email: 'yrsa@psyk.example',
      name: 'Yrsa Bro',
      organisation: 'Regionspsykiatrien',
      organisationKind: 'psychiatry',
      jobTitle: 'chefsygeplejerske',
      presence: 'room',
    },
    {
      email: 'poul@praksis.example',
      name: 'Poul Oluf Olesen',
      organisation: 'Almen praksis',
      organisationKind: 'general-practice',
      jobTitle: 'praksiskoordinator',
      presence: 'room',
    },
    {
      email: 'trine@dp.example',
      name: 'Trine Frøstrup',
      organisation: 'Patient- og pårørenderepræsentanter',
      organisationKind: 'patient',
      jobTitle: 'Scleroseforeningen, Danske Patienter',
      presence: 'online',
    },
    {
      email: 'claus@hem.example',
      name: 'Claus Brøckner Nielsen',
      organisation: 'Hospitalsenhed Midt',
      organisationKind: 'hospital',
      jobTitle: 'lægefaglig direktør',
      presence: 'apology',
    },
    {
      email: 'lauge@silkeborg.example',
      name: 'Lauge Clemmensen',
      organisation: 'Silkeborg Kommune',
      organisationKind: 'municipality',
      jobTitle: 'koncerndirektør',
      presence: 'apology',
    },
    {
      email: 'ellen@silkeborg.example',
      name: 'Ellen Høstrup',
      organisation: 'Silkeborg Kommune',
      organisationKind: 'municipality',
      jobTitle: 'sygeplejefaglig konsulent',
      presence: 'substitute',
      substituteFor: 'lauge@silkeborg.example',
    },
  ],
  items: [
    {
      agendaItemId: 'a1',
      number: 1,
      title: 'Velkomst og godkendelse af dagsorden',
      presenter: 'Jonas Dahl',
      recommendations: ['At Klyngestyregruppen godkender dagsordenen'],
      description: 'Godkendelse af dagsordenen og punkter til eventuelt.',
      slot: { start: '2027-06-07T06:30:00Z', end: '2027-06-07T06:40:00Z' },
      referat: 'Der var en præsentationsrunde, og dagsorden blev godkendt.',
      beslutning: 'Dagsordenen blev godkendt.',
    },
    {
      agendaItemId: 'a2',
      number: 2,
      title: 'Økonomi og årshjul',
      recommendations: ['At Klyngestyregruppen godkender budgettet'],
      description: 'Budgettet for 2027 forelægges.',
      bilag: [
        { label: 'Bilag 1 – Budget 2027.pdf', url: 'https://sp.example/sites/ksg/Budget%202027.pdf' },
        { label: 'Bilag 2 – Noter.docx' },
      ],
      slot: { start: '2027-06-07T06:40:00Z', end: '2027-06-07T07:05:00Z' },
      referat: 'Budgettet blev drøftet.',
      beslutning: 'Budgettet blev godkendt.',
    },
    {
      agendaItemId: 'a3',
      number: 3,
      title: 'Eventuelt',
      recommendations: [],
      slot: { start: '2027-06-07T07:05:00Z', end: '2027-06-07T07:05:00Z' },
      referat: 'Intet.',
      beslutning: '',
    },
  ],
};

const chair = (id: string, name: string, organisation: string): ForumMember => ({
  id,
  name,
  email: `${id}@example.dk`,
  organisation,
  organisationKind: 'other',
  jobTitle: '',
  role: 'chair',
  external: false,
});
const JONAS = chair('jonas', 'Jonas Dahl', 'Hospitalsenhed Midt');
const METTE = chair('mette', 'Mette Andreassen', 'Viborg Kommune');
const approval = (by: ForumMember, createdAt: string): Approval => ({
  id: by.id,
  minutesVersionId: 'v2',
  contentHash: HASH,
  decision: 'approved',
  channel: 'teams',
  createdBy: { id: `u-${by.id}`, name: by.name, email: by.email },
  modifiedById: `u-${by.id}`,
  createdAt,
});

export async function approvedReferenceDocx(): Promise<Uint8Array> {
  const status = approvalStatus(
    { contentHash: HASH },
    [approval(JONAS, '2027-06-10T09:00:00Z'), approval(METTE, '2027-06-12T13:30:00Z')],
    [JONAS, METTE],
  );
  return renderMinutesDocx(buildMinutesDocument(REFERENCE_CONTENT, approvedMarking({ version: 2, contentHash: HASH }, status)));
}
