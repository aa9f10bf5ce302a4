import { threadOfJoinUrl } from '../../../src/domain/meeting-panel/teams-meeting';
import { Fields, listItemsUrl, listItemUrl, odataString, type GraphListItem } from '../../../src/store/list-item';
import { createMeetingPanelStore } from '../../../src/store/meeting-panel/meeting-panel-store';
import { createMinutesDraftStore } from '../../../src/store/minutes/draft-store';
import type { Seed } from '../../../src/sandbox/seed/types';
import { graphFor } from '../support/graph-for';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * The side panel's store against the sandbox over HTTP: the Teams meeting behind a forum meeting's join link
 * (`/me/onlineMeetings?$filter=JoinWebUrl eq '…'`), its attendance reports for the organising secretariat and not for
 * a chair, and the running marks on the agenda items written with If-Match beside the minutes editor's saves.
 */

/** Meetings item ids in seed order: m1-planning 1, m1 2 (hybrid, booked with a Teams link). */
const M1 = '2';
const forum = { ...TEST_FORUMS.steering, name: 'Teststyregruppen', shortName: 'TSG' };

const [steering, ...rest] = testSeed.forums;
if (!steering) throw new Error('test seed without forums');
const item = (title: string, durationMinutes: number) => ({ title, durationMinutes, recommendations: [], description: '' });
const seed: Seed = {
  ...testSeed,
  forums: [{ ...steering, agendas: { ...steering.agendas, m1: [item('Fælles testindsats', 20), item('Økonomi', 15)] } }, ...rest],
};

let sb: TestSandbox;
let joinUrl: string;
beforeAll(async () => {
  sb = await startTestSandbox(seed, { now: () => new Date('2026-03-20T08:00:00Z') });
  const { graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail);
  const meeting = await graph.get<GraphListItem>(`${listItemUrl(forum.siteId, 'Meetings', M1)}?expand=fields`);
  joinUrl = Fields.of(meeting).text('JoinUrl');
});
afterAll(() => sb.dispose());

const panelAs = async (user: string) => createMeetingPanelStore((await graphFor(sb, user)).graph);

async function endSession(attendees: readonly { address: string; name?: string }[]): Promise<void> {
  const res = await fetch(`${sb.url}/_sandbox/attendance-report`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ joinWebUrl: joinUrl, start: '2026-03-20T08:00:00Z', end: '2026-03-20T09:00:00Z', attendees }),
  });
  expect(res.status).toBe(201);
}

describe('the Teams meeting of a forum meeting', () => {
  it('is found from the join link the Meetings item holds, whose chat thread Teams names in the panel', async () => {
    expect(threadOfJoinUrl(joinUrl)).toMatch(/^19:meeting_[0-9a-f]+@thread\.v2$/);
    const { graph } = await graphFor(sb, TEST_PEOPLE.chair.mail);
    const found = await graph.get<{ value: { id: string; joinWebUrl: string; chatInfo: { threadId: string } }[] }>(
      `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq ${odataString(joinUrl)}`)}`,
    );
    expect(found.value).toEqual([
      expect.objectContaining({ joinWebUrl: joinUrl, chatInfo: expect.objectContaining({ threadId: threadOfJoinUrl(joinUrl) }) }),
    ]);
  });

  it('gives the organising secretariat who joined, from every ended session, once each', async () => {
    const panel = await panelAs(TEST_PEOPLE.secretary.mail);
    expect(await panel.teamsAttendance(joinUrl)).toEqual({ kind: 'joined', sessions: 0, people: [] });
    await endSession([{ address: TEST_PEOPLE.chair.mail }, { address: 'Ekstern.Gaest@firma.example', name: 'Ekstern Gæst' }]);
    await endSession([{ address: TEST_PEOPLE.chair.mail }, { address: TEST_PEOPLE.patient.mail }]);
    const joined = await panel.teamsAttendance(joinUrl);
    expect(joined).toMatchObject({ kind: 'joined', sessions: 2 });
    expect(joined.kind === 'joined' ? [...joined.people].map((p) => p.email).sort() : []).toEqual(
      [TEST_PEOPLE.chair.mail, TEST_PEOPLE.patient.mail, 'ekstern.gaest@firma.example'].sort(),
    );
  });

  it('keeps the attendance from a chair (Teams gives it to organisers only) and finds no meeting behind another link', async () => {
    const chair = await panelAs(TEST_PEOPLE.chair.mail);
    expect(await chair.teamsAttendance(joinUrl)).toEqual({ kind: 'not-organiser' });
    const other = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ukendt%40thread.v2/0';
    expect(await chair.teamsAttendance(other)).toEqual({ kind: 'no-meeting' });
  });
});

describe('marking the running item', () => {
  it('writes StartedAt on the item, which the chair reads, on top of a Referat saved meanwhile', async () => {
    const secretary = await graphFor(sb, TEST_PEOPLE.secretary.mail);
    const panel = createMeetingPanelStore(secretary.graph);
    const items = await secretary.graph.all<GraphListItem>(
      listItemsUrl(forum.siteId, 'AgendaItems', { filter: `fields/MeetingId eq ${odataString(M1)}` }),
    );
    const [first, second] = items.map((i) => i.id ?? '');
    if (!first || !second) throw new Error('the seeded meeting has fewer than two items');

    expect(await panel.markRunning(forum, first, new Date('2026-03-20T08:01:10.400Z'))).toBe('2026-03-20T08:01:10Z');
    // The minutes editor saves the second item's Referat with the eTag it read; the mark then goes on the fresh one.
    const draft = await createMinutesDraftStore(secretary.graph).load(forum, M1);
    await createMinutesDraftStore(secretary.graph).saveItemField(forum, second, 'referat', 'Drøftet.', draft.itemEtags[second] ?? '');
    await panel.markRunning(forum, second, new Date('2026-03-20T08:20:00Z'));

    const chair = await panelAs(TEST_PEOPLE.chair.mail);
    expect(await chair.marks(forum, M1)).toEqual({ [first]: '2026-03-20T08:01:10Z', [second]: '2026-03-20T08:20:00Z' });
    const after = await secretary.graph.get<GraphListItem>(`${listItemUrl(forum.siteId, 'AgendaItems', second)}?expand=fields`);
    expect(Fields.of(after).text('Referat')).toBe('Drøftet.');
  });
});
