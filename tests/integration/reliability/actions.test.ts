import type { Forum, Meeting } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import type { NewAction } from '../../../src/store/actions/actions-api';
import { ActionsStore } from '../../../src/store/actions/actions-store';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../../../src/store/list-item';
import { dyingGraph, pausingGraph, ProcessDied, type Seen } from '../support/attempts';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { faultThenAgain, inject, WIRE_FAULTS, type Target } from './faults';

/**
 * The fault matrix, follow-up actions (docs/RELIABILITY.md): each wire fault on an action's create and on its
 * reminder (draft, send, the `$batch`es carrying them); a create whose app dies before the answer; a colleague's
 * edit that makes the reminder's claim meet a 412 — each time, with the press again or the next run, one action per
 * dialog and one reminder per due action. Two at once and a reminder run that died: actions/actions.test.ts.
 */
const NOW = new Date('2026-10-20T08:00:00Z');
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;
let m1: Meeting;
let n = 0;

beforeAll(async () => {
  sb = await startTestSandbox(undefined, { now: () => NOW });
  ({ graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined }));
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
  const found = (await new MeetingStore(graph, TEST_FORUMS.steering).from('2026-01-01T00:00:00Z')).find(
    (m) => m.title === 'Styregruppemøde 1',
  );
  if (!found) throw new Error('seed lacks meeting 1');
  m1 = found;
});
afterAll(() => sb.dispose());
afterEach(() => call(sb, 'DELETE', '/_sandbox/faults'));

const store = (g: Graph = graph) => new ActionsStore(g, () => NOW);

/** A new action (its own dialog, its own title), due `due`. */
function action(due = '2026-11-15'): NewAction {
  n += 1;
  return {
    title: `Fejlmatrix-opgave ${n}`,
    ownerEmail: TEST_PEOPLE.patient.mail,
    ownerName: 'Pia Patient',
    due,
    meetingId: m1.id,
    correlationId: `fejlmatrix-${n}`,
  };
}

const actionsWith = async (correlationId: string): Promise<number> =>
  (
    await graph.all<GraphListItem>(
      listItemsUrl(forum.siteId, 'Actions', { filter: `fields/CorrelationId eq ${odataString(correlationId)}` }),
    )
  ).length;

/** The reminders the forum mailbox sent about an action (its Sent Items), and drafts of them left behind. */
async function reminders(title: string): Promise<{ sent: number; drafts: number }> {
  const folder = async (name: string): Promise<number> =>
    (
      await graph.all<{ subject?: string }>(
        `/users/${encodeURIComponent(forum.mailbox)}/mailFolders/${name}/messages?$select=subject&$top=200`,
      )
    ).filter((m) => m.subject?.startsWith('Påmindelse: opfølgning') && m.subject.includes(title)).length;
  return { sent: await folder('sentitems'), drafts: await folder('drafts') };
}

describe.each(WIRE_FAULTS)('an owner marking their action done under %s', (kind) => {
  it('on the create of their own record, then the press again on the list as reloaded: one record, the action done', async () => {
    const input = { ...action(), ownerEmail: TEST_PEOPLE.chair.mail, ownerName: 'Cecilie Chair' };
    const made = await store().create(forum, input);
    const { graph: chairGraph } = await graphFor(sb, TEST_PEOPLE.chair.mail, { sleep: async () => undefined });
    const cecilie = { id: TEST_PEOPLE.chair.id, name: 'Cecilie Chair', email: TEST_PEOPLE.chair.mail.toLowerCase() };
    const press = async () => {
      const listed = (await store(chairGraph).forMeeting(forum, m1.id)).find((a) => a.id === made.id) ?? made;
      return store(chairGraph).mark(forum, listed, 'done', cecilie);
    };
    await inject(sb, kind, { method: 'POST', path: '/lists/ActionMarks/items$' });
    const { again } = await faultThenAgain(sb, kind, press);
    expect(again.status).toBe('done');
    const marks = await graph.all<GraphListItem>(
      listItemsUrl(forum.siteId, 'ActionMarks', { filter: `fields/ActionId eq ${odataString(made.id)}` }),
    );
    expect(marks).toHaveLength(1);
    expect((await store().open(forum)).some((a) => a.id === made.id)).toBe(false);
  });
});

describe.each(WIRE_FAULTS)('creating an action under %s', (kind) => {
  it('on its create, then the press again: one action', async () => {
    const input = action();
    await inject(sb, kind, { method: 'POST', path: '/lists/Actions/items$' });
    const { again } = await faultThenAgain(sb, kind, () => store().create(forum, input));
    expect(again.title).toBe(input.title);
    expect(await actionsWith(input.correlationId)).toBe(1);
  });
});

const REMINDER: readonly (readonly [string, Target, number])[] = [
  ['its draft', { method: 'POST', path: '^/users/[^/]+/messages$' }, 0],
  ['its send', { method: 'POST', path: '/messages/[^/]+/send$' }, 0],
  // The first $batch reads the meetings' titles, the second looks up an earlier attempt's mail.
  ['the $batch carrying its draft', { method: 'POST', path: '^/\\$batch$' }, 2],
  ['the $batch carrying its send', { method: 'POST', path: '^/\\$batch$' }, 3],
];

describe.each(WIRE_FAULTS)('an action reminder under %s', (kind) => {
  it.each(REMINDER)('on %s, then the next run: one reminder, recorded', async (_what, target, skip) => {
    const due = await store().create(forum, action('2026-10-19'));
    await inject(sb, kind, target, { skip });
    await faultThenAgain(sb, kind, async () => {
      const report = await store().remindDue(forum);
      if (report.failed.length > 0) throw new Error(report.failed.map((f) => f.error).join('; '));
      return report;
    });
    expect(await reminders(due.title)).toEqual({ sent: 1, drafts: 0 });
    expect((await store().open(forum)).find((a) => a.id === due.id)?.reminderSentAt).toBeDefined();
    expect((await store().remindDue(forum)).sent).toEqual([]);
  });
});

describe('follow-up actions, other faults', () => {
  it('a create whose app dies before the answer came: the press again finds the action it made', async () => {
    const input = action();
    const isCreate = (r: Seen): boolean => r.method === 'POST' && /\/lists\/Actions\/items$/.test(r.url);
    const dying = dyingGraph(graph, isCreate);
    // The create reached SharePoint, and the app died before it could show or keep anything.
    await expect(
      store(dying)
        .create(forum, input)
        .then(() => store(dying).open(forum)),
    ).rejects.toBeInstanceOf(ProcessDied);
    expect(await actionsWith(input.correlationId)).toBe(1);
    await store().create(forum, input);
    expect(await actionsWith(input.correlationId)).toBe(1);
  });

  it('412: the owner is changed as a reminder run claims the action — that run skips it, the next reminds once', async () => {
    const due = await store().create(forum, action('2026-10-18'));
    const isClaim = (r: Seen): boolean => r.method === 'PATCH' && r.url.includes(`/lists/Actions/items/${due.id}/`);
    const paused = pausingGraph(graph, isClaim);
    const running = store(paused.graph).remindDue(forum);
    await paused.reached;
    const fresh = await graph.get<{ '@odata.etag': string }>(listItemUrl(forum.siteId, 'Actions', due.id));
    await graph.patch(
      `${listItemUrl(forum.siteId, 'Actions', due.id)}/fields`,
      { OwnerName: 'Pia P. Patient' },
      { ifMatch: fresh['@odata.etag'] },
    );
    paused.release();
    const first = await running;
    expect(first.sent.map((a) => a.id)).not.toContain(due.id);
    expect(await reminders(due.title)).toEqual({ sent: 0, drafts: 0 });
    expect((await store().remindDue(forum)).sent.map((a) => a.id)).toContain(due.id);
    expect(await reminders(due.title)).toEqual({ sent: 1, drafts: 0 });
  });
});
