import type { NewAction } from '../../../src/store/actions/actions-api';
import { ActionsStore } from '../../../src/store/actions/actions-store';
import { TEST_PEOPLE } from '../support/test-seed';
import { NOW } from '../minutes/minutes-support';
import { GERDA, OTTO, scene, write, type Scene } from './trust-support';

/**
 * Actions someone other than the secretariat wrote last count nowhere (action-forgery.test.ts). On a site without the
 * tenant's permissions, or one set up under the earlier plan (when an owner marked an action done on the action
 * itself), the secretariat must still see them — or the follow-up it decided silently disappears — and make each its
 * own after reading it, or delete it. Confirming twice (a lost answer, a double click) leaves one action.
 */

let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

const today = NOW.toISOString().slice(0, 10);
const store = (s: Scene) => new ActionsStore(s.graph, () => NOW);
const ottos = (correlationId: string): NewAction => ({
  title: 'Send forløbsbeskrivelsen til kommunerne',
  ownerEmail: OTTO.mail,
  ownerName: OTTO.displayName,
  due: today,
  meetingId: 'tidligere-moede',
  correlationId,
});

it('an action its owner marked done on the action itself (the earlier plan) is listed for the secretariat, and counts again, done, once confirmed', async () => {
  t = await scene('inherited');
  const made = await store(t).create(t.forum, ottos('a-1'));
  const marked = await write(t, OTTO.mail, 'PATCH', `/lists/Actions/items/${made.id}/fields`, {
    Status: 'done',
    DoneAt: NOW.toISOString(),
  });
  expect(marked.status).toBe(200);
  expect(await store(t).forMeeting(t.forum, 'tidligere-moede')).toEqual([]);

  const aside = await store(t).setAside(t.forum);
  expect(aside.map((a) => [a.action.title, a.action.status, a.by, a.createdBySecretariat])).toEqual([
    ['Send forløbsbeskrivelsen til kommunerne', 'done', OTTO.displayName, true],
  ]);
  const [entry] = aside;
  if (!entry) throw new Error('nothing set aside');
  await store(t).confirm(t.forum, entry);

  expect(await store(t).setAside(t.forum)).toEqual([]);
  const counted = await store(t).forMeeting(t.forum, 'tidligere-moede');
  expect(counted.map((a) => [a.id, a.status])).toEqual([[made.id, 'done']]);
  expect(await store(t).open(t.forum)).toEqual([]);
});

it('an action a member invented is listed for the secretariat; confirmed, it becomes one of its own (once, however often pressed); deleted, it is gone', async () => {
  t = await scene('inherited');
  const fields = (title: string, correlationId: string) => ({
    fields: {
      Title: title,
      OwnerEmail: TEST_PEOPLE.chair.mail,
      OwnerName: 'Cecilie Chair',
      Due: `${today}T00:00:00Z`,
      MeetingId: 'tidligere-moede',
      Status: 'open',
      CorrelationId: correlationId,
    },
  });
  expect((await write(t, GERDA.mail, 'POST', '/lists/Actions/items', fields('Indkald arbejdsgruppen', 'gerda-1'))).status).toBe(201);
  expect((await write(t, GERDA.mail, 'POST', '/lists/Actions/items', fields('<b>Klik her</b>', 'gerda-2'))).status).toBe(201);
  expect(await store(t).open(t.forum)).toEqual([]);

  const aside = await store(t).setAside(t.forum);
  expect(aside.map((a) => [a.action.title, a.by, a.createdBySecretariat]).sort()).toEqual([
    ['<b>Klik her</b>', GERDA.displayName, false],
    ['Indkald arbejdsgruppen', GERDA.displayName, false],
  ]);
  const keep = aside.find((a) => a.action.title === 'Indkald arbejdsgruppen');
  const drop = aside.find((a) => a.action.title === '<b>Klik her</b>');
  if (!keep || !drop) throw new Error('missing');

  // Pressed twice (the first answer lost): one copy of the secretariat's, the member's item gone.
  const first = await store(t).confirm(t.forum, keep);
  const again = await store(t).confirm(t.forum, keep);
  expect(again.id).toBe(first.id);
  await store(t).discard(t.forum, drop.action);

  expect(await store(t).setAside(t.forum)).toEqual([]);
  const open = await store(t).open(t.forum);
  expect(open.map((a) => [a.id, a.title, a.ownerEmail, a.status])).toEqual([
    [first.id, 'Indkald arbejdsgruppen', TEST_PEOPLE.chair.mail, 'open'],
  ]);
});

it('the owners unread: nothing is set aside, nothing can be confirmed', async () => {
  t = await scene('inherited');
  await store(t).create(t.forum, ottos('a-2'));
  const { owners: _owners, ...withoutOwners } = t.forum;
  expect(await store(t).setAside(withoutOwners)).toEqual([]);
});
