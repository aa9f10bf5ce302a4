import type { Meeting } from '../../../src/domain/types';
import { MeetingChangedError } from '../../../src/store/agenda/agenda-api';
import { confirmMeeting } from '../../../src/store/agenda/agenda-load';
import { MeetingAgendaStore } from '../../../src/store/agenda/agenda-store';
import { findDueCallsForItems, sendDueCallsForItems } from '../../../src/store/call-for-items-store';
import { MeetingStore } from '../../../src/store/forum-stores';
import { MeetingYearStore } from '../../../src/store/meeting-year-store';
import { meetingOutsider } from '../../../src/domain/agenda-trust';
import { PRESETS } from '../../../src/domain/commissorium';
import { NOW } from '../minutes/minutes-support';
import { ATTACKERS, forumAs, GERDA, mailsSent, OTTO, scene, write, type Scene } from './trust-support';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * A meeting's own item — its time, place and Teams link — is the secretariat's record, and the forum's mailbox sends
 * it to every member in the agenda and the call for items. A member must not be able to move the meeting's place to
 * an address of his or swap its link: on a provisioned site the tenant refuses; on one without the permissions the
 * app mails nothing about a meeting someone else changed until the secretariat has checked and confirmed it.
 */

const NAMES: Readonly<Record<string, string>> = { [OTTO.mail]: OTTO.displayName, [GERDA.mail]: GERDA.displayName };
const FORGED = { Location: 'Mødet er flyttet – se www.udenfor.example', JoinUrl: 'https://udenfor.example/join' };
let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

const agendaStore = (s: Scene) => new MeetingAgendaStore(s.graph, () => NOW);
const meetingNow = async (s: Scene, id: string): Promise<Meeting> => {
  const found = (await new MeetingStore(s.graph, TEST_FORUMS.steering).from('2000-01-01T00:00:00Z')).find((m) => m.id === id);
  if (!found) throw new Error(`no meeting ${id}`);
  return found;
};

async function secretariatItem(s: Scene): Promise<void> {
  await s.graph.post(`/sites/${s.forum.siteId}/lists/AgendaItems/items`, {
    fields: { Title: 'Status på KOL-forløbet', MeetingId: s.meeting.id, Number: 1, DurationMinutes: 20, Description: 'Sagsfremstilling.' },
  });
}

describe.each(ATTACKERS)('as %s', (_who, attacker) => {
  it("on a provisioned site the tenant refuses his change to the meeting's place and link", async () => {
    t = await scene('provisioned');
    const changed = await write(t, attacker, 'PATCH', `/lists/Meetings/items/${t.meeting.id}/fields`, FORGED);
    expect(changed.status).toBe(403);
  });

  it('on a site without the permissions his change stops the agenda, naming him; checked and confirmed by the secretariat, it goes', async () => {
    t = await scene('inherited');
    await secretariatItem(t);
    expect((await write(t, attacker, 'PATCH', `/lists/Meetings/items/${t.meeting.id}/fields`, FORGED)).status).toBe(200);
    const forum = await forumAs(t, TEST_PEOPLE.secretary.mail);

    const refused = await agendaStore(t)
      .send(forum, t.meeting)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MeetingChangedError);
    expect((refused as MeetingChangedError).by).toBe(NAMES[attacker]);
    await expect(agendaStore(t).generate(forum, t.meeting)).rejects.toBeInstanceOf(MeetingChangedError);
    await expect(agendaStore(t).status(forum, t.meeting)).rejects.toBeInstanceOf(MeetingChangedError);
    expect(await mailsSent(t, 'Dagsorden')).toEqual([]);

    // The secretary checks the meeting as shown (she puts the place right in Outlook first, or finds it right) and
    // confirms it; the agenda goes.
    const shown = await meetingNow(t, t.meeting.id);
    await t.graph.patch(`/sites/${forum.siteId}/lists/Meetings/items/${t.meeting.id}/fields`, { Location: 'Mødelokale 2', JoinUrl: null });
    await expect(confirmMeeting(t.graph, forum, shown)).rejects.toMatchObject({ name: 'ConflictError' });
    await confirmMeeting(t.graph, forum, await meetingNow(t, t.meeting.id));
    expect((await agendaStore(t).send(forum, t.meeting)).outcome).toBe('sent');
  });
});

it("a member's change is not moved along with the meeting: the move is refused, his change stays his, the agenda stays stopped", async () => {
  t = await scene('inherited');
  await secretariatItem(t);
  expect((await write(t, OTTO.mail, 'PATCH', `/lists/Meetings/items/${t.meeting.id}/fields`, FORGED)).status).toBe(200);
  const forum = await forumAs(t, TEST_PEOPLE.secretary.mail);
  const year = new MeetingYearStore(t.graph, TEST_FORUMS.steering);
  const commissorium = forum.settings ?? PRESETS['horsens-2024'];
  const shown = await meetingNow(t, t.meeting.id);
  const weekLater = new Date(Date.parse(shown.start) + 7 * 86_400_000).toISOString();

  // The move would write the invitation again — with his place and link — to every member, and its own write to the
  // item would make his change look like the secretariat's.
  const refused = await year.move(shown, undefined, commissorium, weekLater, forum).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(MeetingChangedError);
  expect((refused as MeetingChangedError).by).toBe(OTTO.displayName);
  const after = await meetingNow(t, t.meeting.id);
  expect(after.start).toBe(shown.start);
  expect(after.etag).toBe(shown.etag);
  expect(meetingOutsider(after, forum)).toBe(OTTO.displayName);
  await expect(agendaStore(t).send(forum, t.meeting)).rejects.toBeInstanceOf(MeetingChangedError);

  // Checked (the place put right) and confirmed by the secretariat, it moves.
  await t.graph.patch(`/sites/${forum.siteId}/lists/Meetings/items/${t.meeting.id}/fields`, { Location: 'Mødelokale 2', JoinUrl: null });
  await confirmMeeting(t.graph, forum, await meetingNow(t, t.meeting.id));
  expect((await year.move(await meetingNow(t, t.meeting.id), undefined, commissorium, weekLater, forum)).failed).toEqual([]);
  expect(Date.parse((await meetingNow(t, t.meeting.id)).start)).toBe(Date.parse(weekLater));
});

it('no call for items goes for a meeting a member changed; once the secretariat confirms it, the call goes once', async () => {
  t = await scene('inherited');
  const forum = await forumAs(t, TEST_PEOPLE.secretary.mail);
  // A meeting whose call is due on some day ahead: that day is "now" for the sender.
  const meetings = await new MeetingStore(t.graph, TEST_FORUMS.steering).from(NOW.toISOString());
  let due: { meeting: Meeting; now: Date } | undefined;
  for (const m of meetings) {
    for (let days = 45; days >= 10 && !due; days -= 1) {
      const now = new Date(Date.parse(m.start) - days * 86_400_000);
      if ((await findDueCallsForItems(t.graph, forum, now)).due.some((d) => d.id === m.id)) due = { meeting: m, now };
    }
    if (due) break;
  }
  if (!due) throw new Error('no meeting with a call due in the seed');
  expect((await write(t, OTTO.mail, 'PATCH', `/lists/Meetings/items/${due.meeting.id}/fields`, FORGED)).status).toBe(200);

  const refused = await sendDueCallsForItems(t.graph, forum, due.now);
  expect(refused.sent).toEqual([]);
  expect(refused.skipped.filter((s) => s.meetingId === due.meeting.id).map((s) => s.reason)).toEqual(['meeting-changed']);

  await t.graph.patch(`/sites/${forum.siteId}/lists/Meetings/items/${due.meeting.id}/fields`, { Location: 'Mødelokale 2', JoinUrl: null });
  await confirmMeeting(t.graph, forum, await meetingNow(t, due.meeting.id));
  const sent = await sendDueCallsForItems(t.graph, forum, due.now);
  expect(sent.sent.map((s) => s.meetingId)).toEqual([due.meeting.id]);
  expect((await sendDueCallsForItems(t.graph, forum, due.now)).sent).toEqual([]);
});
