import type { Event } from '@microsoft/microsoft-graph-types';
import ICAL from 'ical.js';
import { PRESETS } from '../../../src/domain/commissorium';
import { toIcs } from '../../../src/domain/ics';
import { draftFromPlan } from '../../../src/domain/plan-draft';
import type { Forum, Meeting } from '../../../src/domain/types';
import { planYear } from '../../../src/domain/year-plan';
import { yearTimeline } from '../../../src/domain/year-timeline';
import type { Graph } from '../../../src/graph/graph-types';
import { deadlineUidKey, readCalendarUids } from '../../../src/store/calendar-uids';
import { DEADLINE_OWNER_KEY } from '../../../src/store/calendar-event';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { MeetingYearStore } from '../../../src/store/meeting-year-store';
import { yearIcsEvents } from '../../../src/ui/views/secretariat/year/ics-download';
import { graphFor } from '../support/graph-for';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * The year's .ics names each event by the calendar's own iCalUId — the UID members' invitations carry — so importing
 * it updates their copy instead of adding a second meeting; and the Teams link is in DESCRIPTION, which Outlook and
 * Google show (they ignore URL).
 */
const c = PRESETS['horsens-2024'];
const secretary = { id: TEST_PEOPLE.secretary.id, name: TEST_PEOPLE.secretary.displayName, email: TEST_PEOPLE.secretary.mail };
const NOW = new Date('2026-11-23T10:00:00Z');
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;
let meetings: Meeting[];

beforeAll(async () => {
  sb = await startTestSandbox();
  ({ graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined }));
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
  const booked = await new MeetingYearStore(graph, forum).book({
    forum,
    commissorium: c,
    organiser: secretary,
    meetings: draftFromPlan(planYear(2027, c), []),
    now: NOW,
  });
  expect(booked.ok).toBe(true);
  meetings = (await new MeetingStore(graph, forum).from('2027-01-01T00:00:00Z')).filter((m) => m.start.startsWith('2027'));
});
afterAll(() => sb.dispose());

const eventUid = async (path: string): Promise<string> => (await graph.get<Event>(`${path}?$select=iCalUId`)).iCalUId ?? '';

test("each booked meeting and deadline entry carries its event's iCalUId, read in one $batch per 20 events", async () => {
  const ordinary = meetings.filter((m) => m.kind === 'ordinary');
  expect(ordinary.length).toBeGreaterThanOrEqual(4);
  const before = graph.stats.roundTrips;
  const uids = await readCalendarUids(graph, forum, meetings);
  const events = meetings.reduce(
    (n, m) => n + (m.eventId ? 1 : 0) + Object.keys(m.deadlineEvents ?? {}).filter((k) => k !== DEADLINE_OWNER_KEY).length,
    0,
  );
  expect(graph.stats.roundTrips - before).toBe(Math.ceil(events / 20));

  for (const m of ordinary) {
    expect(uids.get(m.id)).toBe(await eventUid(`/groups/${forum.groupId}/events/${m.eventId ?? ''}`));
    const { [DEADLINE_OWNER_KEY]: owner, ...deadlines } = m.deadlineEvents ?? {};
    expect(Object.keys(deadlines).length).toBeGreaterThan(0);
    for (const [kind, id] of Object.entries(deadlines))
      expect(uids.get(deadlineUidKey(m.id, kind))).toBe(await eventUid(`/users/${owner ?? ''}/events/${id}`));
  }
  const planning = meetings.find((m) => m.kind === 'planning');
  expect(planning && uids.get(planning.id)).toBe(
    planning ? await eventUid(`/users/${TEST_PEOPLE.secretary.mail}/events/${planning.eventId ?? ''}`) : 'no planning meeting booked',
  );
});

test('the exported file uses those UIDs and puts the Teams link in DESCRIPTION', async () => {
  const uids = await readCalendarUids(graph, forum, meetings);
  const ics = toIcs('TSG 2027', yearIcsEvents(forum, yearTimeline(meetings, c, 2027, NOW), uids), NOW.toISOString());
  const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  const first = meetings.find((m) => m.kind === 'ordinary' && m.joinUrl);
  expect(first?.joinUrl).toBeDefined();
  const event = vevents.find((v) => v.getFirstPropertyValue('uid') === uids.get(first?.id ?? ''));
  expect(event?.getFirstPropertyValue('description')).toBe(`Deltag i Teams-mødet: ${first?.joinUrl ?? ''}`);
  expect(event?.getFirstPropertyValue('url')).toBe(first?.joinUrl);
  // Every VEVENT's UID is one the calendar gave (nothing fell back to ours for a booked year).
  const fileUids = vevents.map((v) => String(v.getFirstPropertyValue('uid')));
  expect(fileUids.length).toBeGreaterThan(0);
  expect(fileUids.filter((u) => u.endsWith('@sekretariat'))).toEqual([]);
});

test("a member who cannot open the secretary's calendar still gets the meetings' UIDs; the deadline entries fall back to ours", async () => {
  const { graph: memberGraph } = await graphFor(sb, TEST_PEOPLE.guest.mail, { sleep: async () => undefined });
  const uids = await readCalendarUids(memberGraph, forum, meetings);
  const m = meetings.find((x) => x.kind === 'ordinary');
  expect(m && uids.get(m.id)).toBe(m ? await eventUid(`/groups/${forum.groupId}/events/${m.eventId ?? ''}`) : 'no meeting');
  const events = yearIcsEvents(forum, yearTimeline(meetings, c, 2027, NOW), uids);
  expect(events.some((e) => 'date' in e && e.uid.endsWith('@sekretariat'))).toBe(true);
});
