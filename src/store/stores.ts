import type { Forum, ForumRef } from '../domain/types';
import type { Graph } from '../graph/types';
import type { AttendanceStore } from './attendance-store';
import type { AgendaApi } from './agenda/agenda-api';
import type { CallForItemsSender } from './call-for-items';
import { AgendaStore, ApprovalStore, ForumStore, MeetingStore, MinutesStore, SubmissionStore } from './forum-stores';
import type { SettingsRepository } from './forum-settings-store';
import type { HomeSource } from './home-data';
import { HomeLoader } from './home-loader';
import { lazyIntake, type IntakeApi } from './lazy-intake';
import { lazyConsultations, type ConsultationApi } from './lazy-consultations';
import { lazyActions, type ActionsApi } from './lazy-actions';
import { lazyMeetingYear, type MeetingYearApi } from './lazy-meeting-year';
import { lazyPlanning } from './lazy-planning';
import { lazyMinutesDraft } from './lazy-minutes-draft';
import type { MinutesDraftApi } from './minutes/draft-types';
import type { PlanningApi, PlanningOptions } from './planning/planning-types';
import { lazyOutlookIntake } from './lazy-outlook-intake';
import { lazyApprovalView } from './lazy-approval-view';
import type { ApprovalViewApi } from './minutes/approval-view-types';
import { lazyMinutesVersions, type MinutesVersionsApi } from './lazy-minutes';
import { APP_ID, HOME_TAB_ENTITY_ID } from '../config/app-identity';
import { OnlineMeetingStore, type OnlineMeetingLink, type OnlineMeetingRequest } from './online-meetings';
import { MeetingRegistrar, type MeetingRegistration, type RegisteredMeeting } from './register-meeting';
import type { MembersRepository } from './members-store';
import type { OutlookIntakeApi } from './outlook-intake';
import type { OpenSite, SiteProtection } from './site-permissions/site-protection';
import type { StuckStep } from './stuck-steps';

/** The repositories of one forum. */
export interface ForumStores {
  readonly meetings: MeetingStore;
  readonly submissions: SubmissionStore;
  readonly agenda: AgendaStore;
  readonly minutes: MinutesStore;
  readonly approvals: ApprovalStore;
  readonly year: MeetingYearApi;
  /** Who comes, apologies and substitutes (loads with the meeting dialog, not with the first paint). */
  readonly attendance: AttendanceApi;
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
  /** Sends a forum's due calls for items, once each (the same as `sekretariat remind`). */
  readonly callsForItems?: CallForItemsSender;
  /** A meeting's agenda: the .docx and PDF in its folder, and sending it once (loads `docx` on first use). */
  readonly agenda?: AgendaApi;
  /** The mail intake: `intake.sync(forum)` records the forum mailbox's new mail as submissions (see lazy-intake.ts). */
  readonly intake?: IntakeApi;
  /**
   * The planning view (chairs and secretariat): triage submissions, build the agenda. Loads with the view. With
   * `syncMail` (the secretariat, who can read the submission mailbox) every load first runs the mail intake; with
   * `storeBilag` (the secretariat, who can write the meeting's folder) an accepted item's bilag are stored there.
   */
  planning?(forum: Forum, options?: { readonly syncMail?: boolean; readonly storeBilag?: boolean }): PlanningApi;
  /** Outlook's "Add to agenda": read the open message, record it as a submission with its attachments. */
  readonly outlookIntake?: OutlookIntakeApi;
  /** Written consultations (skriftlige høringer): start, send once, replies, reminders, close (see lazy-consultations.ts). */
  readonly consultations?: ConsultationApi;
  /** The chairs' approval view of a minutes version: load (≤ 2 round trips) and answer (see lazy-approval-view.ts). */
  readonly approvalView?: ApprovalViewApi;
  /** Minutes versions: freeze, ask the co-chairs, remind, circulate once (see lazy-minutes.ts). */
  readonly minutesVersions?: MinutesVersionsApi;
  /** The minutes editor: the draft of a meeting's minutes, saved field by field with eTags (see lazy-minutes-draft.ts). */
  readonly minutesDraft?: MinutesDraftApi;
  /** Follow-up on decisions: create from a Beslutning or an outcome, open/mine, mark done, reminders (lazy-actions.ts). */
  readonly actions?: ActionsApi;
  /** Whether the forum's site has the permissions that protect its decisions (the secretariat's warning; loads on first use). */
  siteProtection?(forum: Forum): Promise<SiteProtection>;
  /** Steps a crash or a lost answer left half-done (Driftsstatus; the same list as `sekretariat status`). */
  stuckSteps?(forum: ForumRef, now: Date): Promise<readonly StuckStep[]>;
}

/** What the Outlook appointment command needs: a Teams link, and the meeting entered in the forum's year. */
export interface AppointmentStores {
  createOnlineMeeting(request: OnlineMeetingRequest): Promise<OnlineMeetingLink>;
  register(ref: ForumRef, registration: MeetingRegistration): Promise<RegisteredMeeting>;
}

/**
 * The planning view syncs the submission mailbox before each load, and stores an accepted item's bilag in the
 * meeting's folder, when asked to (the secretariat's view).
 */
export function planningOptions(intake: IntakeApi, forum: Forum, syncMail: boolean, storeBilag = false): PlanningOptions {
  return { ...(syncMail ? { beforeLoad: () => intake.sync(forum) } : {}), ...(storeBilag ? { storeBilag } : {}) };
}

export function createStores(graph: Graph, forums: readonly ForumRef[], clock?: () => Date, appBaseUrl = '', openSite?: OpenSite): Stores {
  const intake = lazyIntake(graph);
  return {
    stuckSteps: async (forum, now) => (await import('./stuck-steps.js')).stuckSteps(graph, forum, now),
    ...(openSite ? { siteProtection: async (forum: Forum) => (await import('./site-permissions/site-protection.js')).siteProtection(graph, openSite, forum) } : {}),
    intake,
    home: new HomeLoader(graph, forums, clock),
    forums: new ForumStore(graph),
    forum: (ref) => ({
      meetings: new MeetingStore(graph, ref),
      submissions: new SubmissionStore(graph, ref),
      agenda: new AgendaStore(graph, ref),
      minutes: new MinutesStore(graph, ref),
      approvals: new ApprovalStore(graph, ref),
      year: lazyMeetingYear(graph, ref),
      attendance: lazyAttendance(graph, ref),
      settings: lazySettings(graph, ref),
      members: lazyMembers(graph, ref),
    }),
    appointments: {
      createOnlineMeeting: (request) => new OnlineMeetingStore(graph).create(request),
      register: (ref, registration) => new MeetingRegistrar(graph, ref).register(registration),
    },
    // The call-for-items code carries the year plan and the holiday tables: it loads when first used.
    callsForItems: { sendDue: async (forum, now) => (await import('./call-for-items.js')).callForItemsSender(graph).sendDue(forum, now) },
    // The agenda code carries the `docx` package (large): it loads when the secretariat first generates or sends.
    // Whether it changed since it was sent is asked each time the secretariat opens a meeting: that part has no `docx`.
    agenda: {
      status: async (forum, meeting) => (await import('./agenda/agenda-load.js')).agendaStatus(graph, forum, meeting),
      generate: async (forum, meeting) => (await import('./agenda/agenda-store.js')).meetingAgendaStore(graph, clock).generate(forum, meeting),
      send: async (forum, meeting) => (await import('./agenda/agenda-store.js')).meetingAgendaStore(graph, clock).send(forum, meeting),
    },
    planning: (forum, options) => lazyPlanning(graph, forum, planningOptions(intake, forum, options?.syncMail === true, options?.storeBilag === true)),
    outlookIntake: lazyOutlookIntake(graph),
    consultations: lazyConsultations(graph, clock),
    approvalView: lazyApprovalView(graph),
    minutesVersions: lazyMinutesVersions(graph, { appId: APP_ID, tabEntityId: HOME_TAB_ENTITY_ID, appBaseUrl }, clock),
    minutesDraft: lazyMinutesDraft(graph),
    actions: lazyActions(graph, clock),
  };
}

/** What the meeting dialog's attendance section uses of the attendance store. */
export type AttendanceApi = Pick<AttendanceStore, 'load' | 'nameSubstitute' | 'decline'>;

/** The attendance store (the invitation, substitutes and apologies) is used in the meeting dialog only: it loads with it. */
function lazyAttendance(graph: Graph, ref: ForumRef): AttendanceApi {
  const store = () => import('./attendance-store.js').then((m) => new m.AttendanceStore(graph, ref));
  return {
    load: async (...a) => (await store()).load(...a),
    nameSubstitute: async (...a) => (await store()).nameSubstitute(...a),
    decline: async (...a) => (await store()).decline(...a),
  };
}

/**
 * The settings and members stores are only used from the secretariat's settings drawer: they load with it,
 * not with every person's first paint (bench/budgets.json).
 */
function lazySettings(graph: Graph, ref: ForumRef): SettingsRepository {
  const store = () => import('./forum-settings-store.js').then((m) => new m.ForumSettingsStore(graph, ref));
  return {
    load: async () => (await store()).load(),
    save: async (item, c, forumName) => (await store()).save(item, c, forumName),
  };
}

function lazyMembers(graph: Graph, ref: ForumRef): MembersRepository {
  const store = () => import('./members-store.js').then((m) => new m.MembersStore(graph, ref));
  return {
    list: async () => (await store()).list(),
    add: async (input) => (await store()).add(input),
    update: async (id, etag, input) => (await store()).update(id, etag, input),
    remove: async (id, etag) => (await store()).remove(id, etag),
    confirm: async (stored) => (await store()).confirm(stored),
  };
}

/** Stores over fixed data, for tests, previews and the fake host. */
export function createMemoryStores(data: Awaited<ReturnType<HomeSource['load']>> | (() => Promise<Awaited<ReturnType<HomeSource['load']>>>)): Stores {
  return { home: { load: typeof data === 'function' ? data : () => Promise.resolve(data) } };
}
