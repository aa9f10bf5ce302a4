import type { Event } from '@microsoft/microsoft-graph-types';
import { PRESETS } from '../../../src/domain/commissorium';
import { copenhagenIsoWithOffset, utcToCopenhagenLocal } from '../../../src/domain/copenhagen-time';
import type { Forum } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { MeetingYearStore } from '../../../src/store/meeting-year-store';
import { graphFor } from '../support/graph-for';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from '../support/test-seed';

/** An extraordinary meeting: findMeetingTimes proposes slots; the chosen one is booked, marked extraordinary. */
let sandbox: TestSandbox;
let graph: Graph;
let forum: Forum;
let year: MeetingYearStore;
const NOW = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
  sandbox = await startTestSandbox(undefined, { now: () => NOW });
  ({ graph } = await graphFor(sandbox, TEST_PEOPLE.secretary.mail));
  forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
  year = new MeetingYearStore(graph, forum);
});

afterAll(async () => {
  await sandbox.dispose();
});

describe('an extraordinary meeting', () => {
  it('gets proposed times in the coming weeks, with people outside the tenant as unknown, and books the chosen one', async () => {
    const from = new Date(NOW.getTime() + 24 * 3600 * 1000).toISOString();
    const to = new Date(NOW.getTime() + 28 * 24 * 3600 * 1000).toISOString();
    const suggestions = await year.suggestTimes([TEST_PEOPLE.chair.mail, TEST_PEOPLE.patient.mail], 90, from, to);
    expect(suggestions.length).toBeGreaterThan(0);
    const first = suggestions[0];
    if (!first) throw new Error('no suggestion');
    expect(first.start >= from && first.end <= to).toBe(true);
    expect(new Date(first.end).getTime() - new Date(first.start).getTime()).toBe(90 * 60000);
    expect(first.availability.find((a) => a.email === TEST_PEOPLE.chair.mail)?.status).toBe('free');
    expect(first.availability.find((a) => a.email === TEST_PEOPLE.patient.mail)?.status).toBe('unknown');

    const local = utcToCopenhagenLocal(new Date(first.start)).slice(0, 16);
    const result = await year.book({
      forum,
      commissorium: PRESETS['horsens-2024'],
      organiser: { id: TEST_PEOPLE.secretary.id, name: TEST_PEOPLE.secretary.displayName, email: TEST_PEOPLE.secretary.mail },
      meetings: [
        {
          meetingRef: `2026-E-${local.replace(/[-:T]/g, '').slice(4)}`,
          kind: 'extraordinary',
          form: 'hybrid',
          title: 'Ekstraordinært møde 1/2026',
          start: copenhagenIsoWithOffset(local),
          end: copenhagenIsoWithOffset(utcToCopenhagenLocal(new Date(first.end)).slice(0, 16)),
        },
      ],
      purpose: 'Høring om sundhedsaftalen',
      mustAttend: [TEST_PEOPLE.chair.mail],
      now: NOW,
    });
    expect(result.ok).toBe(true);
    const booked = result.meetings[0];
    const event = await graph.get<Event>(`/groups/${forum.groupId}/events/${booked?.eventId ?? ''}`);
    expect(event.subject).toBe(`${forum.name}: Ekstraordinært møde 1/2026 – Høring om sundhedsaftalen`);
    expect(event.attendees?.find((a) => a.emailAddress?.address === TEST_PEOPLE.chair.mail)?.type).toBe('required');
    expect(event.attendees?.find((a) => a.emailAddress?.address === TEST_PEOPLE.patient.mail)?.type).toBe('optional');
    const items = await new MeetingStore(graph, forum).from('2026-11-01T00:00:00Z');
    expect(items.filter((m) => m.kind === 'extraordinary' && m.eventId === booked?.eventId)).toHaveLength(1);
  });
});
