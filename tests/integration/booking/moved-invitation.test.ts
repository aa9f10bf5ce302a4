import type { Event } from '@microsoft/microsoft-graph-types';
import { PRESETS } from '../../../src/domain/commissorium';
import { copenhagenDate } from '../../../src/domain/copenhagen-time';
import { danishLongDate, danishTimeSpan } from '../../../src/domain/meeting-invitation';
import { draftFromPlan } from '../../../src/domain/plan-draft';
import type { Forum, Meeting } from '../../../src/domain/types';
import { deadlinesFor, planYear, type DeadlineKind } from '../../../src/domain/year-plan';
import type { Graph } from '../../../src/graph/graph-types';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { moveMeeting } from '../../../src/store/meeting-changes';
import { MeetingYearStore } from '../../../src/store/meeting-year-store';
import { dyingGraph, ProcessDied, type Seen } from '../support/attempts';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/**
 * A moved meeting's invitation says where it went: the event's body names the new date, time and deadlines (from the
 * booking's builder), Exchange's Teams block and join link stay, the attendees get one update with the new text, and
 * the planning meeting names the new date — also when the move was cut short and done again.
 */
const c = PRESETS['horsens-2024'];
const secretary = { id: TEST_PEOPLE.secretary.id, name: TEST_PEOPLE.secretary.displayName, email: TEST_PEOPLE.secretary.mail };
const NOW = new Date('2026-11-23T10:00:00Z');
const SEPARATOR = '_'.repeat(80);
let sb: TestSandbox;
let graph: Graph;
let forum: Forum;

beforeEach(async () => {
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
  await call(sb, 'DELETE', '/_sandbox/outbox');
});
afterEach(() => sb.dispose());

async function reload(key: string): Promise<Meeting> {
  const found = (await new MeetingStore(graph, forum).from('2026-01-01T00:00:00Z')).find((m) => m.correlationId?.endsWith(`:${key}`));
  if (!found) throw new Error(`${key} not booked`);
  return found;
}

const groupEvent = (m: Meeting): Promise<Event> =>
  graph.get<Event>(`/groups/${forum.groupId}/events/${m.eventId ?? ''}?$select=subject,body,onlineMeeting`);
const planningEvent = (m: Meeting): Promise<Event> =>
  graph.get<Event>(`/users/${TEST_PEOPLE.secretary.mail}/events/${m.eventId ?? ''}?$select=subject,body,onlineMeeting`);

/** What the invitation says about a meeting held at these times: when, and its two deadlines. */
function said(start: string, end: string): string[] {
  const day = (kind: DeadlineKind): string =>
    danishLongDate(deadlinesFor('m', copenhagenDate(new Date(start)), c).find((d) => d.kind === kind)?.date ?? '');
  return [
    `${danishLongDate(start)} ${danishTimeSpan(start, end)}`,
    `Dagsordenen udsendes senest ${day('agenda-sent')}`,
    `${forum.mailbox}</a> senest ${day('submissions-close')}`,
  ];
}

/** The meeting messages the patient representative (outside the tenant) got: what the attendees were sent. */
async function updates(subject: string): Promise<string[]> {
  const res = await call<{ value: { subject: string; body: { content: string } }[] }>(
    sb,
    'GET',
    `/_sandbox/outbox?to=${encodeURIComponent(TEST_PEOPLE.patient.mail)}`,
  );
  return res.body.value.filter((m) => m.subject === subject).map((m) => m.body.content);
}

/** "8. april 2027": how a planning meeting's subject names the day of the meeting it prepares. */
const dayName = (iso: string): string => danishLongDate(iso).replace(/^\S+ den /, '');

/** A move four weeks and four hours later (another day, another time of day, other deadlines). */
const later = (m: Meeting): { start: string; end: string } => {
  const shift = 28 * 24 * 3600_000 + 4 * 3600_000;
  return {
    start: new Date(Date.parse(m.start) + shift).toISOString().replace(/\.000Z$/, 'Z'),
    end: new Date(Date.parse(m.end) + shift).toISOString().replace(/\.000Z$/, 'Z'),
  };
};

async function expectMovedText(meeting: Meeting, joinUrl: string, subject: string): Promise<void> {
  const to = later(meeting);
  const moved = await groupEvent(meeting);
  const body = moved.body?.content ?? '';
  for (const text of said(to.start, to.end)) expect(body).toContain(text);
  for (const text of said(meeting.start, meeting.end)) expect(body).not.toContain(text);
  // Exchange's Teams block, and the same Teams meeting.
  expect(moved.onlineMeeting?.joinUrl).toBe(joinUrl);
  expect(body.indexOf(said(to.start, to.end)[0] ?? '')).toBeLessThan(body.indexOf(SEPARATOR));
  expect(body).toContain('Microsoft Teams-møde');
  expect(body).toContain(joinUrl);
  // One update to the attendees, and it is the new text.
  const sent = await updates(subject);
  expect(sent).toHaveLength(1);
  for (const text of said(to.start, to.end)) expect(sent[0]).toContain(text);
  for (const text of said(meeting.start, meeting.end)) expect(sent[0]).not.toContain(text);
  // The chair's copy: the new text, the same Teams link.
  const chair = await tokenFor(sb, TEST_PEOPLE.chair.mail);
  const view = await call<{ value: Event[] }>(sb, 'GET', `/me/calendarView?startDateTime=${to.start}&endDateTime=${to.end}&$top=50`, {
    token: chair,
  });
  const copy = view.body.value.find((e) => e.subject === subject);
  expect(copy?.onlineMeeting?.joinUrl).toBe(joinUrl);
  expect(copy?.body?.content).toBe(body);
}

describe('a moved meeting’s invitation', () => {
  it('names the new date, time and deadlines, keeps the Teams link, reaches the attendees once; the planning meeting names the new date', async () => {
    const meeting = await reload('2027-O2');
    const planning = await reload('2027-O2-P');
    const before = await groupEvent(meeting);
    const joinUrl = before.onlineMeeting?.joinUrl ?? '';
    expect(joinUrl).toBe(meeting.joinUrl);
    for (const text of said(meeting.start, meeting.end)) expect(before.body?.content).toContain(text);
    const planningBefore = await planningEvent(planning);
    expect(planningBefore.subject).toBe(`${forum.name}: Planlægningsmøde før møde 2/2027 (${dayName(meeting.start)})`);

    const to = later(meeting);
    expect((await moveMeeting(graph, { forum, commissorium: c, meeting, planning, calls: { forum, now: NOW } }, to.start)).failed).toEqual(
      [],
    );
    await expectMovedText(meeting, joinUrl, before.subject ?? '');

    const movedPlanning = await reload('2027-O2-P');
    const pEvent = await planningEvent(planning);
    expect(pEvent.subject).toBe(`${forum.name}: Planlægningsmøde før møde 2/2027 (${dayName(to.start)})`);
    expect(pEvent.body?.content).toContain(
      `${danishLongDate(movedPlanning.start)} ${danishTimeSpan(movedPlanning.start, movedPlanning.end)}`,
    );
    expect(pEvent.body?.content).not.toContain(danishLongDate(planning.start));
    expect(pEvent.onlineMeeting?.joinUrl).toBe(planningBefore.onlineMeeting?.joinUrl);
    expect(pEvent.onlineMeeting?.joinUrl).toBeTruthy();
  });

  it("keeps an extraordinary meeting's purpose (its Purpose column) in the moved invitation", async () => {
    const start = '2027-05-19T12:00:00Z';
    const draft = {
      meetingRef: 'X-1',
      kind: 'extraordinary' as const,
      form: 'hybrid' as const,
      title: 'Ekstraordinært møde 1/2027',
      start,
      end: '2027-05-19T13:00:00Z',
      date: '2027-05-19',
    };
    const booked = await new MeetingYearStore(graph, forum).book({
      forum,
      commissorium: c,
      organiser: secretary,
      meetings: [draft],
      purpose: 'Høring om <sundhedsaftalen> & budget',
      now: NOW,
    });
    expect(booked.ok).toBe(true);
    const meeting = await reload('X-1');
    expect(meeting.purpose).toBe('Høring om <sundhedsaftalen> & budget');
    const subject = (await groupEvent(meeting)).subject ?? '';
    expect(subject).toBe(`${forum.name}: Ekstraordinært møde 1/2027 – Høring om <sundhedsaftalen> & budget`);
    expect((await moveMeeting(graph, { forum, commissorium: c, meeting }, '2027-05-26T12:00:00Z')).failed).toEqual([]);
    const moved = await groupEvent(meeting);
    expect(moved.subject).toBe(subject);
    expect(moved.body?.content).toContain('Mødets formål: Høring om &lt;sundhedsaftalen&gt; &amp; budget');
    expect(moved.body?.content).toContain(danishLongDate('2027-05-26T12:00:00Z'));
    expect(moved.onlineMeeting?.joinUrl).toBe(meeting.joinUrl);
  });

  const onItem =
    (id: string) =>
    (r: Seen): boolean =>
      r.method === 'PATCH' && r.url.includes(`/lists/Meetings/items/${id}/`);
  const DEATHS: readonly (readonly [string, (id: string) => (r: Seen) => boolean, number])[] = [
    ["after the meeting's item is claimed", onItem, 1],
    ["after the event's update", () => (r) => r.method === 'PATCH' && /^\/groups\/[^/]+\/events\/[^/]+$/.test(r.url), 1],
  ];
  it.each(DEATHS)('a move that dies %s and is done again: one update, the new text, the same Teams link', async (_when, dies, after) => {
    const meeting = await reload('2027-O2');
    const before = await groupEvent(meeting);
    const to = later(meeting);
    const move = (g: Graph, m: Meeting): ReturnType<typeof moveMeeting> =>
      moveMeeting(g, { forum, commissorium: c, meeting: m, calls: { forum, now: NOW } }, to.start);
    await expect(move(dyingGraph(graph, dies(meeting.id), after), meeting)).rejects.toBeInstanceOf(ProcessDied);
    const shown = await reload('2027-O2');
    expect(shown.start).toBe(meeting.start);
    expect((await move(graph, shown)).failed).toEqual([]);
    expect((await reload('2027-O2')).start).toBe(to.start);
    await expectMovedText(meeting, before.onlineMeeting?.joinUrl ?? '', before.subject ?? '');
  });
});
