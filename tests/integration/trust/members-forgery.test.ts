import type { Event } from '@microsoft/microsoft-graph-types';
import { PRESETS } from '../../../src/domain/commissorium';
import { integrityProblem, roleOf } from '../../../src/domain/forum-trust';
import type { Forum } from '../../../src/domain/types';
import { MeetingAgendaStore } from '../../../src/store/agenda/agenda-store';
import { callForItemsMessage } from '../../../src/store/call-for-items-store';
import { MeetingYearStore } from '../../../src/store/meeting-year-store';
import { createMinutesDraftStore } from '../../../src/store/minutes/draft-store';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';
import { NOW, outbox } from '../minutes/minutes-support';
import { forumAs, GERDA, itemWhere, OTTO, scene, write, type Scene } from './trust-support';

/**
 * Members rows are who the forum speaks to and for. On a site without the tenant's permissions a member can add a row
 * (an address of his choosing) or change one (his own role, someone else's address): the forum must not start
 * mailing that address from its own mailbox — invitation, call for items, agenda — nor name it among the meeting's
 * participants or in the minutes' attendance (beyond the secretariat's own invitation), until the secretariat has confirmed the row (confirm-members.test.ts).
 * The rows stay visible to the secretariat, which is told (ForumProtection), and their own people see the forum as
 * observers.
 */

const PLANTED = { name: 'Ude Person', mail: 'ude.person@udenfor.example' };
let t: Scene | undefined;
afterEach(async () => {
  await t?.sb.dispose();
  t = undefined;
});

/** Gerda plants a row for an address of her own choosing; Otto makes himself a co-chair. */
async function forgeRows(s: Scene): Promise<Forum> {
  const planted = await write(s, GERDA.mail, 'POST', '/lists/Members/items', {
    fields: { Title: PLANTED.name, Email: PLANTED.mail, Role: 'member', Organisation: 'Udenfor ApS' },
  });
  const otto = await itemWhere(s, 'Members', 'Email', OTTO.mail);
  const promoted = await write(s, OTTO.mail, 'PATCH', `/lists/Members/items/${otto.id}/fields`, { Role: 'chair' });
  expect([planted.status, promoted.status]).toEqual([201, 200]);
  return forumAs(s, TEST_PEOPLE.secretary.mail);
}

const addresses = (forum: Pick<Forum, 'members'>): string[] => forum.members.map((m) => m.email);

it('on a site without the permissions, rows a member wrote are not among the people the forum acts on; the secretariat is told of each', async () => {
  t = await scene('inherited');
  const forum = await forgeRows(t);
  expect(addresses(forum)).not.toContain(PLANTED.mail);
  expect(addresses(forum)).not.toContain(OTTO.mail);
  expect((forum.unverifiedMembers ?? []).map((m) => [m.email, m.unverified?.listedRole]).sort()).toEqual([
    [OTTO.mail, 'chair'],
    [PLANTED.mail, 'member'],
  ]);
  expect(integrityProblem(forum)).toEqual({ kind: 'members-changed', rows: forum.unverifiedMembers });
  // Their own people see the forum as observers: no more, no less.
  expect(roleOf(forum, { email: OTTO.mail })).toBe('observer');
  expect(roleOf(forum, { email: PLANTED.mail })).toBe('observer');
});

it('no call for items and no meeting invitation goes to a planted address, nor to a row someone changed', async () => {
  t = await scene('inherited');
  const forum = await forgeRows(t);
  const call = callForItemsMessage(
    forum,
    { kind: 'ordinary', start: '2026-06-11T07:00:00Z', end: '2026-06-11T09:00:00Z', form: 'physical' },
    PRESETS['horsens-2024'],
    { now: NOW },
  );
  const called = (call.bccRecipients ?? []).map((r) => r.emailAddress?.address);
  expect(called).toContain(TEST_PEOPLE.chair.mail);
  expect(called).not.toContain(PLANTED.mail);
  expect(called).not.toContain(OTTO.mail);

  const booked = await new MeetingYearStore(t.graph, forum).book({
    forum,
    commissorium: PRESETS['horsens-2024'],
    organiser: { id: TEST_PEOPLE.secretary.id, name: TEST_PEOPLE.secretary.displayName, email: TEST_PEOPLE.secretary.mail },
    meetings: [
      {
        meetingRef: '2026-E-0611',
        kind: 'extraordinary',
        form: 'hybrid',
        title: 'Ekstraordinært møde 1/2026',
        start: '2026-06-11T09:00:00+02:00',
        end: '2026-06-11T10:00:00+02:00',
      },
    ],
    purpose: 'Høring om sundhedsaftalen',
    now: NOW,
  });
  expect(booked.ok).toBe(true);
  const event = await t.graph.get<Event>(`/groups/${forum.groupId}/events/${booked.meetings[0]?.eventId ?? ''}`);
  const invited = (event.attendees ?? []).map((a) => a.emailAddress?.address);
  expect(invited).toContain(TEST_PEOPLE.chair.mail);
  expect(invited).not.toContain(PLANTED.mail);
  expect(invited).not.toContain(OTTO.mail);
});

it('the agenda goes to the listed members only and names none of the rows; the minutes’ attendance does not list them', async () => {
  t = await scene('inherited');
  const forum = await forgeRows(t);
  await t.graph.post(`/sites/${forum.siteId}/lists/AgendaItems/items`, {
    fields: { Title: 'Status på KOL-forløbet', MeetingId: t.meeting.id, Number: 1, DurationMinutes: 20, Description: 'Sagsfremstilling.' },
  });
  const agenda = new MeetingAgendaStore(t.graph, () => NOW);
  const doc = await agenda.generate(forum, t.meeting);
  expect(JSON.stringify(doc)).not.toContain(PLANTED.name);
  expect((await agenda.send(forum, t.meeting)).outcome).toBe('sent');
  const recipients = (await outbox(t.sb, 'Dagsorden')).flatMap((m) => m.to);
  expect(recipients).toContain(TEST_PEOPLE.guest.mail);
  expect(recipients).not.toContain(PLANTED.mail);

  // The draft minutes read the rows themselves when not given the forum's: the same rule holds there.
  const draft = await createMinutesDraftStore(t.graph).load(
    { ...TEST_FORUMS.steering, name: forum.name, shortName: forum.shortName },
    t.meeting,
  );
  const attendance = draft.content.attendance.map((a) => a.email);
  expect(attendance).toContain(TEST_PEOPLE.chair.mail);
  expect(attendance).not.toContain(PLANTED.mail);
  // Otto stays where the secretariat's own invitation put him, as a participant — not as the co-chair he made himself.
  expect(draft.content.attendance.find((a) => a.email === OTTO.mail)?.chair).toBeFalsy();
});
