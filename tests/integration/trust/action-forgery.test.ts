import type { ActionItem, SignedInUser } from '../../../src/domain/types';
import { ActionIdTakenError, type NewAction } from '../../../src/store/actions/actions-api';
import { ActionsStore } from '../../../src/store/actions/actions-store';
import { loadAgendaDocument } from '../../../src/store/agenda/agenda-load';
import { addStanding } from '../../../src/store/planning/agenda-writes';
import { graphFor } from '../support/graph-for';
import { TEST_PEOPLE } from '../support/test-seed';
import { NOW } from '../minutes/minutes-support';
import { ATTACKERS, forumAs, mailsSent, scene, write, type Scene } from './trust-support';

/**
 * Follow-up on decisions is the secretariat's record (docs/SECURITY.md): members read the Actions list, and an
 * action's owner marks theirs done on their own ActionMarks record. A member must not invent follow-up that reaches
 * the next agenda or the forum's mailbox, redirect or rewrite the secretariat's, nor close someone else's. Tried on a
 * provisioned site (the tenant refuses) and on one without the permissions (the app's own check stands).
 */

const REMINDER = 'Påmindelse:';
const OUTSIDE = 'modtager@udenfor.example';
const TITLE = 'Send forløbsbeskrivelsen til kommunerne';
/** Decided at an earlier meeting, so the scene's meeting's "Opfølgning på beslutninger" lists it. */
const EARLIER_MEETING = 'tidligere-moede';
const CECILIE_USER: SignedInUser = { id: TEST_PEOPLE.chair.id, name: 'Cecilie Chair', email: TEST_PEOPLE.chair.mail.toLowerCase() };

let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

const today = NOW.toISOString().slice(0, 10);
const actions = (s: Scene) => new ActionsStore(s.graph, () => NOW);

const newTodo = (correlationId: string): NewAction => ({
  title: TITLE,
  ownerEmail: TEST_PEOPLE.chair.mail,
  ownerName: 'Cecilie Chair',
  due: today,
  meetingId: EARLIER_MEETING,
  correlationId,
});

/** The secretary's action for Cecilie, due today. */
function cecilies(s: Scene, correlationId: string): Promise<ActionItem> {
  return actions(s).create(s.forum, newTodo(correlationId));
}

/** The text of the scene's meeting's "Opfølgning på beslutninger" item, as the agenda the secretariat sends has it. */
async function followUpText(s: Scene): Promise<string> {
  await addStanding(s.graph, s.forum, s.meeting, [], 'missing');
  const doc = await loadAgendaDocument(s.graph, s.forum, s.meeting);
  const item = doc.items.find((i) => i.title.startsWith('Opfølgning'));
  if (!item) throw new Error('no follow-up item on the agenda');
  return item.description;
}

const inventedFields = (correlationId: string) => ({
  fields: {
    Title: 'Klik her',
    OwnerEmail: OUTSIDE,
    OwnerName: 'Modtager',
    Due: `${today}T00:00:00Z`,
    MeetingId: EARLIER_MEETING,
    Status: 'open',
    CorrelationId: correlationId,
  },
});

describe.each(ATTACKERS)('as %s', (_who, attacker) => {
  it('on a provisioned site the tenant refuses his invented, redirected or closed action; his "done" on her action does not count', async () => {
    t = await scene('provisioned');
    const real = await cecilies(t, 'trust-action-1');
    const redirected = await write(t, attacker, 'PATCH', `/lists/Actions/items/${real.id}/fields`, { OwnerEmail: OUTSIDE });
    const closed = await write(t, attacker, 'PATCH', `/lists/Actions/items/${real.id}/fields`, { Status: 'done' });
    const invented = await write(t, attacker, 'POST', '/lists/Actions/items', inventedFields('trust-action-2'));
    expect([redirected.status, closed.status, invented.status]).toEqual([403, 403, 403]);
    // The one write the tenant lets him make: his own mark, naming her action.
    const marked = await write(t, attacker, 'POST', '/lists/ActionMarks/items', {
      fields: { Title: 'Udført', ActionId: real.id, Status: 'done' },
    });
    expect(marked.status).toBe(201);

    expect((await actions(t).open(t.forum)).map((a) => [a.title, a.status])).toEqual([[TITLE, 'open']]);
    expect(await followUpText(t)).toContain(TITLE);
    const report = await actions(t).remindDue(t.forum, NOW);
    expect(report.sent.map((a) => a.ownerEmail)).toEqual([TEST_PEOPLE.chair.mail.toLowerCase()]);
    expect((await mailsSent(t, REMINDER)).length).toBe(1);
  });

  it('on a site without the permissions his invented and rewritten actions are nobody’s: not listed, not on the agenda, not mailed', async () => {
    t = await scene('inherited');
    const real = await cecilies(t, 'trust-action-3');
    const rewritten = await write(t, attacker, 'PATCH', `/lists/Actions/items/${real.id}/fields`, {
      Title: 'Køb billige piller på www.udenfor.example',
      OwnerEmail: OUTSIDE,
    });
    const invented = await write(t, attacker, 'POST', '/lists/Actions/items', inventedFields('trust-action-4'));
    expect([rewritten.status, invented.status]).toEqual([200, 201]);

    expect(await actions(t).open(t.forum)).toEqual([]);
    expect(await actions(t).forOwner(await forumAs(t, CECILIE_USER.email), OUTSIDE)).toEqual([]);
    const text = await followUpText(t);
    expect(text).not.toContain('Klik her');
    expect(text).not.toContain('piller');
    expect((await actions(t).remindDue(t.forum, NOW)).sent).toEqual([]);
    expect(await mailsSent(t, REMINDER)).toEqual([]);
  });

  it('on a site without the permissions his item under the id of a to-do the run is to add is not taken for it', async () => {
    t = await scene('inherited');
    const taken = await write(t, attacker, 'POST', '/lists/Actions/items', inventedFields('consultation:KSG-2026-03:close'));
    expect(taken.status).toBe(201);
    const todo = { ...newTodo('consultation:KSG-2026-03:close'), ownerEmail: t.forum.mailbox };
    await expect(actions(t).create(t.forum, todo)).rejects.toBeInstanceOf(ActionIdTakenError);
    await expect(actions(t).create(t.forum, todo)).rejects.toMatchObject({ by: expect.stringMatching(/\S/) });
  });

  it('on a site without the permissions his change to her own mark undoes it: her action counts as open again', async () => {
    t = await scene('inherited');
    const real = await cecilies(t, 'trust-action-5');
    const cecilie = (await graphFor(t.sb, CECILIE_USER.email)).graph;
    const mine = new ActionsStore(cecilie, () => NOW);
    const [listed] = await mine.forOwner(await forumAs(t, CECILIE_USER.email), CECILIE_USER.email);
    const done = await mine.mark(t.forum, listed ?? real, 'done', CECILIE_USER);
    expect(await actions(t).open(t.forum)).toEqual([]);
    // He "closes" it for good by editing her record: touched by someone else, it is nobody's mark.
    const edited = await write(t, attacker, 'PATCH', `/lists/ActionMarks/items/${done.ownerMark?.id ?? ''}/fields`, { Status: 'done' });
    expect(edited.status).toBe(200);
    expect((await actions(t).open(t.forum)).map((a) => a.title)).toEqual([TITLE]);
  });
});

it("the action's owner marks it done on her own record: off the list, the agenda and the reminders; undone, back on", async () => {
  t = await scene('provisioned');
  const real = await cecilies(t, 'trust-action-6');
  const cecilie = (await graphFor(t.sb, CECILIE_USER.email)).graph;
  const mine = new ActionsStore(cecilie, () => NOW);
  const forum = await forumAs(t, CECILIE_USER.email);
  const [listed] = await mine.forOwner(forum, CECILIE_USER.email);
  expect(listed?.id).toBe(real.id);

  // Her write to the secretariat's item is refused; her own mark is the way.
  await expect(mine.complete(t.forum, listed ?? real)).rejects.toMatchObject({ status: 403 });
  const done = await mine.mark(t.forum, listed ?? real, 'done', CECILIE_USER);
  expect(done).toMatchObject({ status: 'done', doneBy: 'owner' });
  expect(await actions(t).open(t.forum)).toEqual([]);
  expect(await mine.forOwner(forum, CECILIE_USER.email)).toEqual([]);
  expect((await actions(t).forMeeting(t.forum, EARLIER_MEETING)).map((a) => [a.status, a.doneBy])).toEqual([['done', 'owner']]);
  expect(await followUpText(t)).not.toContain(TITLE);
  expect((await actions(t).remindDue(t.forum, NOW)).sent).toEqual([]);
  expect(await mailsSent(t, REMINDER)).toEqual([]);

  // Nobody else marks it for her: the store refuses before writing.
  const secretaryAsOwner = { id: TEST_PEOPLE.secretary.id, name: 'Sekretær', email: TEST_PEOPLE.secretary.mail };
  await expect(actions(t).mark(t.forum, done, 'open', secretaryAsOwner)).rejects.toThrow('Only the action');

  // "Fortryd": her record says open again (one record, edited), and the action is listed again.
  await mine.mark(t.forum, done, 'open', CECILIE_USER);
  expect((await actions(t).open(t.forum)).map((a) => a.title)).toEqual([TITLE]);
  const marks = await t.graph.all<{ id: string }>(`/sites/${t.forum.siteId}/lists/ActionMarks/items?expand=fields`);
  expect(marks).toHaveLength(1);
});

it('the secretariat opens again an action its owner marked done: her earlier mark no longer closes it', async () => {
  t = await scene('provisioned');
  const real = await cecilies(t, 'trust-action-7');
  const cecilie = (await graphFor(t.sb, CECILIE_USER.email)).graph;
  await new ActionsStore(cecilie, () => NOW).mark(t.forum, real, 'done', CECILIE_USER);
  const [done] = await actions(t).forMeeting(t.forum, EARLIER_MEETING);
  expect(done?.status).toBe('done');
  const later = new Date(NOW.getTime() + 60_000);
  await new ActionsStore(t.graph, () => later).reopen(t.forum, done ?? real);
  expect((await actions(t).open(t.forum)).map((a) => [a.title, a.status])).toEqual([[TITLE, 'open']]);

  // She marks it done again, after the reopening: that mark counts.
  const mine = new ActionsStore(cecilie, () => later);
  const [again] = await mine.forOwner(await forumAs(t, CECILIE_USER.email), CECILIE_USER.email);
  await mine.mark(t.forum, again ?? real, 'done', CECILIE_USER);
  expect(await actions(t).open(t.forum)).toEqual([]);
});
