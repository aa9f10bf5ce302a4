import type { Forum, Meeting } from '../../../src/domain/types';
import type { Graph } from '../../../src/graph/graph-types';
import { ForumStore, MeetingStore } from '../../../src/store/forum-stores';
import type { Seed } from '../../../src/sandbox/seed/types';
import { graphFor } from './graph-for';
import { startTestSandbox, type TestSandbox } from './sandbox';
import { TEST_FORUMS, TEST_PEOPLE } from './test-seed';

/** The test seed's forum mailbox (Teststyregruppen's shared mailbox). */
export const TEST_SHARED_MAILBOX = 'tsg-sekretariat@testregion.example';

/** The clock the agenda tests run at: a week before the test seed's meeting 2 (29 October 2026). */
export const AGENDA_NOW = new Date('2026-10-20T08:00:00Z');

export interface MeetingTwo {
  readonly sb: TestSandbox;
  readonly graph: Graph;
  readonly forum: Forum;
  readonly meeting: Meeting;
}

/**
 * A sandbox on `seed` at AGENDA_NOW with the secretary signed in, the steering group's forum and its "Styregruppemøde 2"
 * (booked, with an accepted item): what the agenda tests start from.
 */
export async function meetingTwoAsSecretary(seed?: Seed, opts: { readonly pdf?: 'libreoffice' | 'text' } = {}): Promise<MeetingTwo> {
  const sb = await startTestSandbox(seed, { now: () => AGENDA_NOW, ...(opts.pdf ? { pdf: opts.pdf } : {}) });
  const { graph } = await graphFor(sb, TEST_PEOPLE.secretary.mail, { sleep: async () => undefined });
  const forum = await new ForumStore(graph).load(TEST_FORUMS.steering);
  const meeting = (await new MeetingStore(graph, TEST_FORUMS.steering).from('2026-10-01T00:00:00Z')).find(
    (m) => m.title === 'Styregruppemøde 2',
  );
  if (!meeting) throw new Error('seed has no meeting 2');
  return { sb, graph, forum, meeting };
}
