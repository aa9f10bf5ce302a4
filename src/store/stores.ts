import type { ForumRef } from '../domain/types';
import type { Graph } from '../graph/types';
import { AttendanceStore } from './attendance-store';
import { AgendaStore, ApprovalStore, ForumStore, MeetingStore, MinutesStore, SubmissionStore } from './forum-stores';
import { ForumSettingsStore, type SettingsRepository } from './forum-settings-store';
import type { HomeSource } from './home-data';
import { HomeLoader } from './home-loader';
import { lazyMeetingYear, type MeetingYearApi } from './lazy-meeting-year';
import { OnlineMeetingStore, type OnlineMeetingLink, type OnlineMeetingRequest } from './online-meetings';
import { MeetingRegistrar, type MeetingRegistration, type RegisteredMeeting } from './register-meeting';
import { MembersStore, type MembersRepository } from './members-store';

/** The repositories of one forum. */
export interface ForumStores {
  readonly meetings: MeetingStore;
  readonly submissions: SubmissionStore;
  readonly agenda: AgendaStore;
  readonly minutes: MinutesStore;
  readonly approvals: ApprovalStore;
  readonly year: MeetingYearApi;
  readonly attendance: AttendanceStore;
  /** The commissorium settings (the Forum item) and the Members list, edited by the secretariat. */
  readonly settings: SettingsRepository;
  readonly members: MembersRepository;
}

/** What the UI is given: the home source, and repositories per forum for the views that drill in. */
export interface Stores {
  readonly home: HomeSource;
  readonly forums?: ForumStore;
  forum?(ref: ForumRef): ForumStores;
  /** Booking an Outlook appointment as a forum meeting. */
  readonly appointments?: AppointmentStores;
}

/** What the Outlook appointment command needs: a Teams link, and the meeting entered in the forum's year. */
export interface AppointmentStores {
  createOnlineMeeting(request: OnlineMeetingRequest): Promise<OnlineMeetingLink>;
  register(ref: ForumRef, registration: MeetingRegistration): Promise<RegisteredMeeting>;
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
      year: lazyMeetingYear(graph, ref),
      attendance: new AttendanceStore(graph, ref),
      settings: new ForumSettingsStore(graph, ref),
      members: new MembersStore(graph, ref),
    }),
    appointments: {
      createOnlineMeeting: (request) => new OnlineMeetingStore(graph).create(request),
      register: (ref, registration) => new MeetingRegistrar(graph, ref).register(registration),
    },
  };
}

/** Stores over fixed data, for tests, previews and the fake host. */
export function createMemoryStores(data: Awaited<ReturnType<HomeSource['load']>> | (() => Promise<Awaited<ReturnType<HomeSource['load']>>>)): Stores {
  return { home: { load: typeof data === 'function' ? data : () => Promise.resolve(data) } };
}
