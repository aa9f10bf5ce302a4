import type { ForumRef } from '../domain/types';
import type { Graph } from '../graph/types';
import { callForItemsSender, type CallForItemsSender } from './call-for-items';
import { AgendaStore, ApprovalStore, ForumStore, MeetingStore, MinutesStore, SubmissionStore } from './forum-stores';
import type { HomeSource } from './home-data';
import { HomeLoader } from './home-loader';

/** The repositories of one forum. */
export interface ForumStores {
  readonly meetings: MeetingStore;
  readonly submissions: SubmissionStore;
  readonly agenda: AgendaStore;
  readonly minutes: MinutesStore;
  readonly approvals: ApprovalStore;
}

/** What the UI is given: the home source, and repositories per forum for the views that drill in. */
export interface Stores {
  readonly home: HomeSource;
  readonly forums?: ForumStore;
  forum?(ref: ForumRef): ForumStores;
  /** Sends a forum's due calls for items, once each (the same as `sekretariat remind`). */
  readonly callsForItems?: CallForItemsSender;
}

export function createStores(graph: Graph, forums: readonly ForumRef[], clock?: () => Date): Stores {
  return {
    home: new HomeLoader(graph, forums, clock),
    forums: new ForumStore(graph),
    forum: (ref) => ({
      meetings: new MeetingStore(graph, ref),
      submissions: new SubmissionStore(graph, ref),
      agenda: new AgendaStore(graph, ref),
      minutes: new MinutesStore(graph, ref),
      approvals: new ApprovalStore(graph, ref),
    }),
    callsForItems: callForItemsSender(graph),
  };
}

/** Stores over fixed data, for tests, previews and the fake host. */
export function createMemoryStores(data: Awaited<ReturnType<HomeSource['load']>> | (() => Promise<Awaited<ReturnType<HomeSource['load']>>>)): Stores {
  return { home: { load: typeof data === 'function' ? data : () => Promise.resolve(data) } };
}
