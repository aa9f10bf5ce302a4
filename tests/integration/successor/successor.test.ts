import { parseForumEnding } from '../../../src/domain/forum-ending';
import type { Forum } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { ActionsStore } from '../../../src/store/actions/actions-store';
import { ForumStore } from '../../../src/store/forum-stores';
import { Fields, listItemsCollectionUrl, listItemsUrl, odataString, type GraphListItem } from '../../../src/store/list-item';
import { createSubmission } from '../../../src/store/submission-create';
import {
  AlreadyEndedError,
  ForumItemChangedError,
  type HandoverReport,
  type SuccessorRef,
} from '../../../src/store/successor/successor-api';
import { SuccessorStore } from '../../../src/store/successor/successor-store';
import { updateItemFields } from '../../../src/store/update-item';
import { faultThenAgain, inject, WIRE_FAULTS } from '../reliability/faults';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * Issue 20 pt 5 against the sandbox: the steering group ends and the theme group succeeds it. The successor receives
 * exactly the open actions and the backlog (deferred items) — not a done action, not an accepted item — once, when
 * the handover runs twice and when a write's answer is lost on the way (each wire fault, then the press again); its
 * first meeting's agenda lists what came over; the old forum keeps everything and says where its work went.
 */
const NOW = new Date('2026-10-20T08:00:00Z');
let sb: TestSandbox;
let graph: Graph;
let from: Forum;
const to: SuccessorRef = { ...TEST_FORUMS.theme, name: 'Testtemagruppen' };
let n = 0;

const store = () => new SuccessorStore(graph, () => NOW);
const handOver = (continuing: readonly string[] = [TEST_PEOPLE.patient.mail, TEST_PEOPLE.guest.mail]): Promise<HandoverReport> =>
  store().handOver({ from, to, continuing, by: 'Sekretær' });

async function all(siteId: string, list: string, filter?: string): Promise<GraphListItem[]> {
  return graph.all<GraphListItem>(listItemsUrl(siteId, list as 'Actions', filter ? { filter } : {}));
}

/** A new open action in the old forum (and, with `done`, one that is done). */
async function action(done = false): Promise<string> {
  n += 1;
  const actions = new ActionsStore(graph, () => NOW);
  const made = await actions.create(from, {
    title: `Overdragelsesopgave ${n}${done ? ' (løst)' : ''}`,
    ownerEmail: TEST_PEOPLE.patient.mail,
    ownerName: 'Pia Patient',
    due: '2026-12-01',
    meetingId: 'm',
    correlationId: `overdragelse-${n}`,
  });
  if (done) await actions.complete(from, made);
  return made.id;
}

/** A new item in the old forum with the given status (deferred: the backlog). */
async function submission(status: 'deferred' | 'accepted'): Promise<string> {
  n += 1;
  const { submission: made } = await createSubmission(graph, from, {
    internetMessageId: `<overdragelse-${n}@test>`,
    title: `Udsat punkt ${n}${status === 'accepted' ? ' (optaget)' : ''}`,
    senderName: 'Gustav Gæst',
    senderAddress: TEST_PEOPLE.guest.mail,
    receivedAt: '2026-10-01T10:00:00Z',
    recommendations: ['at sagen drøftes'],
    description: 'Sagen.',
    attachments: [],
    source: 'mail',
    unknownSender: false,
    receipt: 'off',
  });
  await updateItemFields(graph, from, 'Submissions', made.id, made.etag, { Status: status, DecisionReason: 'Udsat til næste år' });
  return made.id;
}

const carriedActions = (oldId: string) =>
  all(to.siteId, 'Actions', `fields/CorrelationId eq ${odataString(`carried:${from.groupId}:action:${oldId}`)}`);
const carriedItems = (oldId: string) =>
  all(to.siteId, 'Submissions', `fields/InternetMessageId eq ${odataString(`carried:${from.groupId}:submission:${oldId}`)}`);

let firstMeetingId = '';

beforeAll(async () => {
  sb = await startTestSandbox(undefined, { now: () => NOW });
  ({ graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined }));
  from = await new ForumStore(graph).load(TEST_FORUMS.steering);
  // The successor's first meeting ahead (its agenda is where the handover is listed).
  const meeting = await graph.post<GraphListItem>(listItemsCollectionUrl(to.siteId, 'Meetings'), {
    fields: {
      Title: 'Temagruppemøde 1',
      Kind: 'ordinary',
      Start: '2026-11-12T08:00:00Z',
      End: '2026-11-12T10:00:00Z',
      Form: 'physical',
      Status: 'planned',
    },
  });
  firstMeetingId = String(meeting.id);
});
afterAll(() => sb.dispose());
afterEach(() => call(sb, 'DELETE', '/_sandbox/faults'));

describe('ending a forum and handing its work to the successor', () => {
  it('copies exactly the open actions and the backlog, once — run twice, and with the first agenda item’s answer lost', async () => {
    const open = [await action(), await action()];
    const done = await action(true);
    const deferred = [await submission('deferred')];
    const accepted = await submission('accepted');
    const seedOpen = (await new ActionsStore(graph, () => NOW).open(from)).length;

    // The handover item's create is carried out and its answer lost: the press again finds it, never a second.
    await inject(sb, 'act-then-504', { method: 'POST', path: '/lists/AgendaItems/items$' });
    const { again } = await faultThenAgain(sb, 'act-then-504', () => handOver());
    const twice = await handOver();

    expect(again).toEqual(twice);
    expect(twice.actions).toBe(seedOpen);
    expect(twice.backlog).toBe(1);
    for (const id of open) expect(await carriedActions(id)).toHaveLength(1);
    expect(await carriedActions(done)).toHaveLength(0);
    for (const id of deferred) {
      const copies = await carriedItems(id);
      expect(copies).toHaveLength(1);
      // Still in the backlog there, saying where it came from; no receipt goes again.
      expect(Fields.of(copies[0] as GraphListItem).text('Status')).toBe('deferred');
      expect(Fields.of(copies[0] as GraphListItem).text('DecisionReason')).toBe('Overført fra Teststyregruppen: Udsat til næste år');
      expect(Fields.of(copies[0] as GraphListItem).text('Receipt')).toBe('off');
    }
    expect(await carriedItems(accepted)).toHaveLength(0);
    const carriedAll = (await all(to.siteId, 'Actions')).filter((i) =>
      Fields.of(i).text('CorrelationId').startsWith(`carried:${from.groupId}:`),
    );
    expect(carriedAll).toHaveLength(seedOpen);

    // The successor's first agenda lists what came over, once.
    const agenda = await all(to.siteId, 'AgendaItems', `fields/MeetingId eq ${odataString(firstMeetingId)}`);
    const handover = agenda.filter((i) => Fields.of(i).text('CarriedFrom') === `handover:${from.groupId}`);
    expect(handover).toHaveLength(1);
    expect(twice.firstMeeting).toMatchObject({ meetingId: firstMeetingId, title: 'Temagruppemøde 1' });
    const description = Fields.of(handover[0] as GraphListItem).text('Description');
    expect(Fields.of(handover[0] as GraphListItem).text('Title')).toBe('Overdragelse fra Teststyregruppen');
    for (const n of [1, 2]) expect(description).toContain(`Overdragelsesopgave ${n} (Pia Patient, frist 1. december 2026)`);
    expect(description).not.toContain('(løst)');
    expect(description).toContain('Udsat punkt');
    expect(description).not.toContain('(optaget)');

    // Members who continue: the one not yet listed is added, the one listed is not listed twice.
    const members = await all(to.siteId, 'Members');
    expect(members.filter((m) => Fields.of(m).text('Email') === TEST_PEOPLE.patient.mail)).toHaveLength(1);
    expect(members.filter((m) => Fields.of(m).text('Email') === TEST_PEOPLE.guest.mail)).toHaveLength(1);

    // The old forum keeps its work and says where it went.
    const ended = await new ForumStore(graph).load(TEST_FORUMS.steering);
    const ending = parseForumEnding(ended.endedRecord);
    expect(ending).toMatchObject({ state: 'done', successor: { groupId: to.groupId, name: 'Testtemagruppen' } });
    expect(ending?.carried).toEqual({ actions: seedOpen, backlog: 1, members: 2 });
    expect(await carriedActions(done)).toHaveLength(0);
    expect((await new ActionsStore(graph, () => NOW).open(from)).length).toBe(seedOpen);
  });

  it.each(WIRE_FAULTS)('copies a new open action and a new backlog item once under %s on their creates', async (kind) => {
    const actionId = await action();
    const itemId = await submission('deferred');
    await inject(sb, kind, { method: 'POST', path: '/lists/Actions/items$' });
    await inject(sb, kind, { method: 'POST', path: '/lists/Submissions/items$' });
    await faultThenAgain(sb, kind, () => handOver());
    expect(await carriedActions(actionId)).toHaveLength(1);
    expect(await carriedItems(itemId)).toHaveLength(1);
  });

  it('refuses a second, different successor and writes nothing', async () => {
    const before = (await all(TEST_FORUMS.steering.siteId, 'Forum'))[0];
    await expect(store().handOver({ from, to: { ...TEST_FORUMS.steering, name: 'Sig selv' }, continuing: [], by: 'X' })).rejects.toThrow(
      'A forum cannot succeed itself',
    );
    const other = { groupId: 'ukendt', siteId: 'ukendt', name: 'Et andet råd' };
    await expect(store().handOver({ from, to: other, continuing: [], by: 'X' })).rejects.toBeInstanceOf(AlreadyEndedError);
    const after = (await all(TEST_FORUMS.steering.siteId, 'Forum'))[0];
    expect(parseForumEnding(Fields.of(after as GraphListItem).optionalText('Successor'))?.successor.groupId).toBe(to.groupId);
    expect(after?.['@odata.etag']).toBe(before?.['@odata.etag']);
  });
});

describe('ending a forum whose settings someone else changed (a site left without the permissions)', () => {
  it('records nothing, copies nothing, and says whose change the secretariat should look at first', async () => {
    const open = await startTestSandbox(
      { ...testSeed, forums: testSeed.forums.map((f, i) => (i === 0 ? { ...f, sitePermissions: 'inherited' as const } : f)) },
      { now: () => NOW },
    );
    try {
      const { graph: secretary } = await graphFor(open, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined });
      const old = await new ForumStore(secretary).load(TEST_FORUMS.steering);
      const item = (await secretary.all<GraphListItem>(listItemsUrl(old.siteId, 'Forum')))[0];
      if (!item?.id) throw new Error('seed has a Forum item');
      const settings = JSON.parse(Fields.of(item).text('SettingsJson', '{}')) as Record<string, unknown>;
      const forged = await call(open, 'PATCH', `/sites/${old.siteId}/lists/Forum/items/${item.id}/fields`, {
        token: await tokenFor(open, TEST_PEOPLE.guest.mail),
        body: { SettingsJson: JSON.stringify({ ...settings, approval: { required: 1 } }) },
      });
      expect(forged.status).toBe(200);
      const before = (await secretary.all<GraphListItem>(listItemsUrl(old.siteId, 'Forum')))[0];

      const ending = new SuccessorStore(secretary, () => NOW).handOver({ from: old, to, continuing: [], by: 'Sekretær' });
      await expect(ending).rejects.toBeInstanceOf(ForumItemChangedError);
      await expect(ending).rejects.toMatchObject({ by: TEST_PEOPLE.guest.displayName });
      const after = (await secretary.all<GraphListItem>(listItemsUrl(old.siteId, 'Forum')))[0];
      expect(after?.['@odata.etag']).toBe(before?.['@odata.etag']);
      expect(Fields.of(after as GraphListItem).optionalText('Successor')).toBeUndefined();
      const successorSettings = (await secretary.all<GraphListItem>(listItemsUrl(to.siteId, 'Forum')))[0];
      expect(Fields.of(successorSettings ?? ({} as GraphListItem)).optionalText('SettingsJson') ?? '').not.toContain('"required":1');
    } finally {
      await open.dispose();
    }
  });
});
