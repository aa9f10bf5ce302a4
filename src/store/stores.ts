import type { ForumRef } from '../domain/types';
import type { Graph } from '../graph/types';
import { AgendaStore, ApprovalStore, ForumStore, MeetingStore, MinutesStore, SubmissionStore } from './forum-stores';
import { ForumSettingsStore, type SettingsRepository } from './forum-settings-store';
import type { HomeSource } from './home-data';
import { HomeLoader } from './home-loader';
import { MembersStore, type MembersRepository } from './members-store';

/** The repositories of one forum. */
export interface ForumStores {
  readonly meetings: MeetingStore;
  readonly submissions: SubmissionStore;
  readonly agenda: AgendaStore;
  readonly minutes: MinutesStore;
  readonly approvals: ApprovalStore;
  /** The commissorium settings (the Forum item) and the Members list, edited by the secretariat. */
  readonly settings: SettingsRepository;
  readonly members: MembersRepository;
}

/** What the UI is given: the home source, and repositories per forum for the views that drill in. */
export interface Stores {
  readonly home: HomeSource;
  readonly forums?: ForumStore;
  forum?(ref: ForumRef): ForumStores;
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
      settings: new ForumSettingsStore(graph, ref),
      members: new MembersStore(graph, ref),
    }),
  };
}

/** Stores over fixed data, for tests, previews and the fake host. */
export function createMemoryStores(data: Awaited<ReturnType<HomeSource['load']>> | (() => Promise<Awaited<ReturnType<HomeSource['load']>>>)): Stores {
  return { home: { load: typeof data === 'function' ? data : () => Promise.resolve(data) } };
}
