import { APP_ID, HOME_TAB_ENTITY_ID } from '../../../src/config/app-identity';
import type { MinutesContent } from '../../../src/domain/minutes/minutes-content';
import type { Forum, Meeting } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import type { Seed } from '../../../src/sandbox/seed/types';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import { MinutesVersionsStore } from '../../../src/store/minutes/minutes-versions-store';
import { graphFor } from '../support/graph-for';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../support/sandbox';
import { TEST_FORUMS, TEST_PEOPLE, testSeed } from '../support/test-seed';

/**
 * The test seed with two co-chairs: Cecilie (in the tenant, our Teams app installed) and Gustav (a guest: no app,
 * so he is asked by mail). The secretary freezes and circulates; each chair answers with their own token.
 */
export const minutesSeed: Seed = {
  ...testSeed,
  forums: testSeed.forums.map((f, i) =>
    i === 0 ? { ...f, members: f.members.map((m) => (m.person === TEST_PEOPLE.guest.mail ? { ...m, role: 'chair' as const } : m)) } : f,
  ),
};

export const NOW = new Date('2026-03-20T08:00:00Z');
export const LINKS = { appId: APP_ID, appBaseUrl: 'https://app.example', tabEntityId: HOME_TAB_ENTITY_ID };
export const SITE = `/sites/${TEST_FORUMS.steering.siteId}`;

export interface Setup {
  readonly graph: Graph;
  readonly forum: Forum;
  readonly meeting: Meeting;
}

export async function setup(sb: TestSandbox): Promise<Setup> {
  const { graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined });
  const forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
  const meetings = await new MeetingStore(graph, TEST_FORUMS.steering).from('2026-03-01T00:00:00Z');
  const meeting = meetings.find((m) => m.title === 'Styregruppemøde 1');
  if (!meeting) throw new Error('seed has no meeting 1');
  return { graph, forum, meeting };
}

/**
 * A test file's sandbox with the minutes seed and the secretary's setup: started before its tests, disposed after.
 * `const file = minutesSandbox();` then `file.sb`, `file.s` inside the tests.
 */
export function minutesSandbox(): { readonly sb: TestSandbox; readonly s: Setup } {
  const file = {} as { sb: TestSandbox; s: Setup };
  beforeAll(async () => {
    file.sb = await startTestSandbox(minutesSeed, { now: () => NOW });
    file.s = await setup(file.sb);
  });
  afterAll(() => file.sb.dispose());
  return file;
}

export const store = (graph: Graph, clock: () => Date = () => NOW): MinutesVersionsStore => new MinutesVersionsStore(graph, LINKS, clock);

export function contentFor(meeting: Meeting, referat = 'Styregruppen drøftede indsatsen.'): MinutesContent {
  return {
    meetingId: meeting.id,
    forumName: 'Teststyregruppen',
    forumShortName: 'TSG',
    meetingTitle: meeting.title,
    start: meeting.start,
    end: meeting.end,
    form: meeting.form,
    ...(meeting.location ? { location: meeting.location } : {}),
    attendance: [
      { email: TEST_PEOPLE.chair.mail, name: TEST_PEOPLE.chair.displayName, organisation: 'Testhospitalet', presence: 'room', chair: true },
      { email: TEST_PEOPLE.guest.mail, name: TEST_PEOPLE.guest.displayName, organisation: 'Test Kommune', presence: 'online', chair: true },
      { email: TEST_PEOPLE.patient.mail, name: TEST_PEOPLE.patient.displayName, organisation: 'Patientrepræsentant', presence: 'apology' },
      {
        email: 'vikar@privat.example',
        name: 'Vera Vikar',
        organisation: 'Patientrepræsentant',
        presence: 'substitute',
        substituteFor: TEST_PEOPLE.patient.mail,
      },
      { email: 'gaest@oplaeg.example', name: 'Ole Oplægsholder', organisation: 'Oplæg ApS', presence: 'guest' },
    ],
    items: [
      {
        agendaItemId: 'a1',
        number: 1,
        title: 'Velkomst',
        recommendations: ['at styregruppen godkender dagsordenen'],
        referat: 'Dagsordenen blev godkendt.',
        beslutning: 'Godkendt.',
      },
      {
        agendaItemId: 'a2',
        number: 2,
        title: 'Fælles testindsats',
        presenter: 'Gustav Gæst',
        recommendations: ['at styregruppen drøfter'],
        referat,
        beslutning: 'Indsatsen fortsætter.',
      },
    ],
  };
}

/** An answer written with the answerer's own token: the server stamps who wrote it. */
export async function answer(
  sb: TestSandbox,
  user: string,
  version: { id: string; contentHash: string; meetingId: string },
  decision: 'approved' | 'changes-requested',
  extra: Record<string, unknown> = {},
): Promise<void> {
  const token = await tokenFor(sb, user);
  const res = await call(sb, 'POST', `${SITE}/lists/Approvals/items`, {
    token,
    body: {
      fields: {
        Title: decision,
        MinutesVersionId: version.id,
        MeetingId: version.meetingId,
        ContentHash: version.contentHash,
        Decision: decision,
        Channel: 'teams',
        ...extra,
      },
    },
  });
  if (res.status !== 201) throw new Error(`answer by ${user}: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function fault(sb: TestSandbox, path: string, count: number, method = 'POST'): Promise<void> {
  const res = await call(sb, 'POST', '/_sandbox/faults', { body: { match: { method, path }, fault: { kind: '503' }, count } });
  if (res.status >= 300) throw new Error(`fault: ${res.status}`);
}

export async function clearFaults(sb: TestSandbox): Promise<void> {
  await call(sb, 'DELETE', '/_sandbox/faults');
}

export interface Activity {
  activityType: string;
  recipientId: string;
  previewText: string;
  topic: { source: string; value: string; webUrl?: string };
  templateParameters: { name: string; value: string }[];
}

export async function activities(sb: TestSandbox, recipient: string): Promise<Activity[]> {
  return (await call<{ value: Activity[] }>(sb, 'GET', `/_sandbox/activity?recipient=${encodeURIComponent(recipient)}`)).body.value;
}

export interface OutboxMail {
  to: string[];
  subject: string;
  attachments: { name: string; contentType: string; size: number }[];
}

export async function outbox(sb: TestSandbox, subjectStart: string): Promise<OutboxMail[]> {
  return (await call<{ value: OutboxMail[] }>(sb, 'GET', '/_sandbox/outbox')).body.value.filter((m) => m.subject.startsWith(subjectStart));
}

export async function inbox(
  sb: TestSandbox,
  user: string,
  subjectStart: string,
): Promise<{ id: string; subject: string; hasAttachments: boolean }[]> {
  const token = await tokenFor(sb, user);
  const res = await call<{ value: { id: string; subject: string; hasAttachments: boolean }[] }>(
    sb,
    'GET',
    '/me/mailFolders/inbox/messages?$top=100&$select=subject,hasAttachments',
    { token },
  );
  return res.body.value.filter((m) => m.subject.startsWith(subjectStart));
}
