import { webcrypto } from 'node:crypto';
import {
  agendaChanges,
  agendaChangeText,
  parseSentAgenda,
  sentAgendaRecord,
  sentAgendaText,
  type SentAgenda,
} from '../../../src/domain/agenda-changes';
import { buildAgendaDocument, orderedAgendaItems } from '../../../src/domain/agenda-document';
import type { AgendaItem, ForumMember } from '../../../src/domain/types';

/**
 * What changed since the agenda was sent, in plain Danish — over the items of the Midtklyngen reference minutes
 * (7 June 2023, 08:30–11:30; /work/shared/reference/midtklyngen-klyngestyregruppe-referat-2023-06-07.txt).
 */
const digest = async (bytes: Uint8Array): Promise<ArrayBuffer> => webcrypto.subtle.digest('SHA-256', new Uint8Array(bytes));

const MEMBERS: ForumMember[] = [
  {
    id: 'mette',
    name: 'Mette Andreassen',
    email: 'mette@example.dk',
    organisation: 'Viborg Kommune',
    organisationKind: 'municipality',
    jobTitle: 'direktør',
    role: 'chair',
    external: false,
  },
  {
    id: 'jonas',
    name: 'Jonas Dahl',
    email: 'jonas@example.dk',
    organisation: 'Hospitalsenhed Midt',
    organisationKind: 'hospital',
    jobTitle: 'konst. hospitalsdirektør',
    role: 'chair',
    external: false,
  },
];

const item = (id: string, number: number, title: string, durationMinutes: number, extra: Partial<AgendaItem> = {}): AgendaItem => ({
  id,
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

const SENT_ITEMS: AgendaItem[] = [
  item('velkomst', 1, 'Velkomst, præsentationsrunde og godkendelse af dagsorden', 10, { standing: true }),
  item('status', 2, 'Status på de 4 initiativer', 25, {
    presenter: 'Mette Andreassen',
    recommendations: ['at klyngestyregruppen tager orienteringen til efterretning'],
  }),
  item('psykisk', 3, 'Børn og unge i psykisk mistrivsel', 15),
  item('kommissorium', 4, 'Godkendelse af opdateret kommissorium for Midtklyngen', 15, { presenter: 'formandskabet' }),
  item('72timer', 5, '72-timers behandlingsansvar', 15, { presenter: 'Jonas Dahl' }),
  item('eventuelt', 6, 'Eventuelt', 10, { standing: true }),
];

async function record(
  items: readonly AgendaItem[],
  revision = 0,
  location = 'Mødelokale 303+304, Toldbodgade 12M, Viborg',
): Promise<SentAgenda> {
  const doc = buildAgendaDocument({
    forum: { name: 'Klyngestyregruppen Midtklyngen', shortName: 'KSG', members: MEMBERS },
    meeting: { title: 'Klyngestyregruppemøde', start: '2023-06-07T06:30:00Z', end: '2023-06-07T09:30:00Z', form: 'hybrid', location },
    items,
  });
  return sentAgendaRecord(
    doc,
    orderedAgendaItems(items).map((i) => i.id),
    revision,
    digest,
  );
}

const renumbered = (ids: string[], from: readonly AgendaItem[] = SENT_ITEMS): AgendaItem[] =>
  ids.map((id, index) => ({ ...(from.find((i) => i.id === id) as AgendaItem), number: index + 1 }));
const edit = (id: string, changes: Partial<AgendaItem>): AgendaItem[] => SENT_ITEMS.map((i) => (i.id === id ? { ...i, ...changes } : i));

async function changesAfter(now: readonly AgendaItem[]): Promise<string[]> {
  const sent = await record(SENT_ITEMS);
  return agendaChanges(sent, await record(now, 1), true).map(agendaChangeText);
}

describe('agendaChanges', () => {
  it('nothing changed: no changes', async () => {
    const sent = await record(SENT_ITEMS);
    expect(agendaChanges(sent, await record(SENT_ITEMS, 1), false)).toEqual([]);
  });

  it('an item moved up: that item is named moved, the ones it passed start later', async () => {
    expect(await changesAfter(renumbered(['velkomst', 'status', '72timer', 'psykisk', 'kommissorium', 'eventuelt']))).toEqual([
      'Punkt 5 „72-timers behandlingsansvar“ er flyttet til punkt 3 (kl. 09.05–09.20)',
      'Punkt 4–5 starter 15 min. senere',
    ]);
  });

  it('an item retimed: its new length and slot, and the items after it start later', async () => {
    expect(await changesAfter(edit('status', { durationMinutes: 35 }))).toEqual([
      'Punkt 2 „Status på de 4 initiativer“: nu 35 min. (før 25 min.), kl. 08.40–09.15',
      'Punkt 3–6 starter 10 min. senere',
    ]);
  });

  it('a new item, a removed item, a new title and a new presenter', async () => {
    const now = [
      ...SENT_ITEMS.filter((i) => i.id !== 'psykisk').map((i) =>
        i.id === 'kommissorium'
          ? { ...i, title: 'Godkendelse af kommissorium 2024-27' }
          : i.id === '72timer'
            ? { ...i, presenter: 'Mette Fjord Nielsen' }
            : i,
      ),
      item('akut', 5.5, 'Den akutte natordning', 15, { presenter: 'Jonas Dahl' }),
    ];
    expect(await changesAfter(now)).toEqual([
      'Punkt 3–4 starter 15 min. tidligere',
      'Punkt 3 har fået ny titel: „Godkendelse af kommissorium 2024-27“ (før „Godkendelse af opdateret kommissorium for Midtklyngen“)',
      'Punkt 4 „72-timers behandlingsansvar“: ny oplægsholder Mette Fjord Nielsen (før Jonas Dahl)',
      'Nyt punkt 5: „Den akutte natordning“ (kl. 09.35–09.50)',
      'Punkt 3 „Børn og unge i psykisk mistrivsel“ er fjernet',
    ]);
  });

  it('a presenter removed, a changed recommendation and a new room are told too', async () => {
    const now = SENT_ITEMS.map((i) =>
      i.id === 'kommissorium'
        ? { ...i, presenter: '' }
        : i.id === 'status'
          ? { ...i, recommendations: ['at klyngestyregruppen drøfter status'] }
          : i,
    );
    const sent = await record(SENT_ITEMS);
    expect(agendaChanges(sent, await record(now, 1, 'Mødelokale 1, Regionshuset Viborg'), true).map(agendaChangeText)).toEqual([
      'Punkt 2 „Status på de 4 initiativer“: indstilling, beskrivelse eller bilag er ændret',
      'Punkt 4 „Godkendelse af opdateret kommissorium for Midtklyngen“: ingen oplægsholder (før formandskabet)',
      'Mødets oplysninger eller de inviterede er ændret',
    ]);
  });

  it('sent by an older version (nothing recorded item by item): the agenda changed, but not how', async () => {
    expect(agendaChanges({ revision: 0 }, await record(SENT_ITEMS, 1), true)).toEqual([{ kind: 'unknown' }]);
    expect(agendaChanges(undefined, await record(SENT_ITEMS, 1), false)).toEqual([]);
    expect(agendaChangeText({ kind: 'unknown' })).toBe('Indholdet er ændret');
  });

  it('the record survives the Meetings column, and a damaged one reads as absent', async () => {
    const sent = await record(SENT_ITEMS, 2);
    expect(parseSentAgenda(sentAgendaText(sent))).toEqual(sent);
    expect(sent.items?.[1]).toMatchObject({
      id: 'status',
      title: 'Status på de 4 initiativer',
      presenter: 'Mette Andreassen',
      start: '2023-06-07T06:40:00Z',
      end: '2023-06-07T07:05:00Z',
    });
    expect(parseSentAgenda('{not json')).toBeUndefined();
    expect(parseSentAgenda(JSON.stringify({ revision: -1, items: [{ id: 'x' }] }))).toEqual({ revision: 0, items: [] });
  });
});
