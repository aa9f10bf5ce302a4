import type { Forum, ForumRef, Meeting } from '../domain/types';
import type { Graph } from '../graph/graph-types';
import type { AttendanceStore } from './attendance-store';
import type { AgendaApi } from './agenda/agenda-api';
import type { PublicationApi } from './publication/publication-api';
import type { CallForItemsStore } from './call-for-items-store';
import { AgendaStore, ApprovalStore, ForumStore, MeetingStore, MinutesStore, SubmissionStore } from './forum-stores';
import type { ForumSettingsApi } from './forum-settings-store';
import type { HomeApi } from './home-data';
import { HomeStore } from './home-store';
import { lazyApi } from './lazy-api';
import type { IntakeReport, SyncOptions } from './intake/sync-submissions';
import type { ConsultationApi } from './consultation/consultation-api';
import type { ActionsApi } from './actions/actions-api';
import type { MeetingYearStore } from './meeting-year-store';
import type { CalendarUids } from './calendar-uids';
import type { MinutesDraftApi } from './minutes/draft-types';
import type { PlanningApi, PlanningOptions } from './planning/planning-types';
import type { ApprovalViewApi } from './minutes/approval-view-types';
import type { MinutesVersionsApi } from './minutes/minutes-versions-api';
import { APP_ID, HOME_TAB_ENTITY_ID } from '../config/app-identity';
import { OnlineMeetingStore, type OnlineMeetingLink, type OnlineMeetingRequest } from './online-meetings';
import { MeetingRegistrationStore, type MeetingRegistration, type RegisteredMeeting } from './register-meeting';
import type { MembersApi } from './members-store';
import type { OutlookIntakeApi } from './outlook-intake';
import type { OpenSite, SiteProtection } from './site-permissions/site-protection';
import type { StuckStep } from './stuck-steps';
import type { SuccessorApi } from './successor/successor-api';

/** The repositories of one forum. */
export interface ForumStores {
  readonly meetings: MeetingStore;
  readonly submissions: SubmissionStore;
  readonly agenda: AgendaStore;
  readonly minutes: MinutesStore;
  readonly approvals: ApprovalStore;
  readonly year: MeetingYearApi;
  /** The events' own `iCalUId`s, for the year's .ics export (only the reads: not the booking code). */
  calendarUids(meetings: readonly Meeting[]): Promise<CalendarUids>;
  /** Who comes, apologies and substitutes (loads with the meeting dialog, not with the first paint). */
  readonly attendance: AttendanceApi;
  /** The commissorium settings (the Forum item) and the Members list, edited by the secretariat. */
  readonly settings: ForumSettingsApi;
  readonly members: MembersApi;
}

/** What the UI is given: the home source, and repositories per forum for the views that drill in. */
export interface Stores {
  readonly home: HomeApi;
  readonly forums: ForumStore;
  forum(ref: ForumRef): ForumStores;
  /** Booking an Outlook appointment as a forum meeting. */
  readonly appointments: AppointmentStores;
  /** Sends a forum's due calls for items, once each (the same as `sekretariat remind`). */
  readonly callsForItems: CallForItemsStore;
  /** A meeting's agenda: the .docx and PDF in its folder, and sending it once (loads `docx` on first use). */
  readonly agenda: AgendaApi;
  /** A meeting's public agenda and decisions in the forum's Offentliggørelse folder (issue 20); loads with its section. */
  readonly publication: PublicationApi;
  /** The mail intake: `intake.sync(forum)` records the forum mailbox's new mail as submissions. */
  readonly intake: IntakeApi;
  /**
   * The planning view (chairs and secretariat): triage submissions, build the agenda. Loads with the view. With
   * `syncMail` (the secretariat, who can read the submission mailbox) every load first runs the mail intake; with
   * `storeBilag` (the secretariat, who can write the meeting's folder) an accepted item's bilag are stored there.
   */
  planning(forum: Forum, options?: { readonly syncMail?: boolean; readonly storeBilag?: boolean }): PlanningApi;
  /** Outlook's "Add to agenda": read the open message, record it as a submission with its attachments. */
  readonly outlookIntake: OutlookIntakeApi;
  /** Written consultations (skriftlige høringer): start, send once, replies, reminders, close. */
  readonly consultations: ConsultationApi;
  /** The chairs' approval view of a minutes version: load (≤ 2 round trips) and answer. */
  readonly approvalView: ApprovalViewApi;
  /** Minutes versions: freeze, ask the co-chairs, remind, circulate once. */
  readonly minutesVersions: MinutesVersionsApi;
  /** The minutes editor: the draft of a meeting's minutes, saved field by field with eTags. */
  readonly minutesDraft: MinutesDraftApi;
  /** Follow-up on decisions: create from a Beslutning or an outcome, open/mine, mark done, reminders. */
  readonly actions: ActionsApi;
  /**
   * Whether the forum's site has the permissions that protect its decisions (the secretariat's warning; loads on first
   * use). Undefined where the stores were made without SharePoint access (no `openSite`): nothing to warn about.
   */
  siteProtection(forum: Forum): Promise<SiteProtection | undefined>;
  /** Ending a forum and handing its open work to its successor (loads with the settings drawer's "Afslut forum"). */
  readonly successor: SuccessorApi;
  /** Steps a crash or a lost answer left half-done (Driftsstatus; the same list as `sekretariat status`). */
  stuckSteps(forum: ForumRef, now: Date): Promise<readonly StuckStep[]>;
}

/** Booking, moving and cancelling the year's meetings (loads the booking code when the secretariat first plans). */
export type MeetingYearApi = Pick<MeetingYearStore, 'book' | 'move' | 'cancel' | 'suggestTimes' | 'schedules'>;

/**
 * The mail intake as the UI gets it (`stores.intake`). Its code (the sync and the mail parser) loads on the first
 * sync, not with anyone's first paint.
 *
 * ```ts
 * const report = await stores.intake.sync(forum); // e.g. when the planning view opens
 * // report.created, report.followUps, report.autoReplies … ; safe to call as often as you like, from any
 * // number of secretaries at once: every mail is recorded once, the delta link lives in the Forum item.
 * ```
 */
export interface IntakeApi {
  /**
   * Reads the forum's submission mailbox for new mail and records it: submissions (once per Message-ID),
   * follow-ups, consultation replies; sends the senders' receipts once. Rejects on a Graph failure (nothing
   * is lost: the next sync repeats the round).
   */
  sync(forum: Forum, options?: Pick<SyncOptions, 'meetings' | 'consultationRefs' | 'consultationConversations'>): Promise<IntakeReport>;
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
  // Each feature's store loads with the first call of one of its methods (lazyApi), not with anyone's first paint.
  const intake = lazyApi<IntakeApi>(() =>
    import('./intake/sync-submissions.js').then((m) => ({ sync: (forum, options) => m.syncSubmissions(graph, forum, options) })),
  );
  return {
    stuckSteps: async (forum, now) => (await import('./stuck-steps.js')).stuckSteps(graph, forum, now),
    siteProtection: async (forum) =>
      openSite ? (await import('./site-permissions/site-protection.js')).siteProtection(graph, openSite, forum) : undefined,
    intake,
    home: new HomeStore(graph, forums, clock),
    forums: new ForumStore(graph),
    forum: (ref) => ({
      meetings: new MeetingStore(graph, ref),
      submissions: new SubmissionStore(graph, ref),
      agenda: new AgendaStore(graph, ref),
      minutes: new MinutesStore(graph, ref),
      approvals: new ApprovalStore(graph, ref),
      // Booking pulls in the year plan and the holiday calendar: it loads when the secretariat first plans, moves or books.
      year: lazyApi<MeetingYearApi>(() => import('./meeting-year-store.js').then((m) => new m.MeetingYearStore(graph, ref))),
      calendarUids: async (meetings) => (await import('./calendar-uids.js')).readCalendarUids(graph, ref, meetings),
      // The meeting dialog's attendance, the settings drawer's commissorium and members: each loads with its view.
      attendance: lazyApi<AttendanceApi>(() => import('./attendance-store.js').then((m) => new m.AttendanceStore(graph, ref))),
      settings: lazyApi<ForumSettingsApi>(() => import('./forum-settings-store.js').then((m) => new m.ForumSettingsStore(graph, ref))),
      members: lazyApi<MembersApi>(() => import('./members-store.js').then((m) => new m.MembersStore(graph, ref))),
    }),
    appointments: {
      createOnlineMeeting: (request) => new OnlineMeetingStore(graph).create(request),
      register: (ref, registration) => new MeetingRegistrationStore(graph, ref).register(registration),
    },
    // The call-for-items code carries the year plan and the holiday tables: it loads when first used.
    callsForItems: {
      sendDue: async (forum, now) => (await import('./call-for-items-store.js')).createCallForItemsStore(graph).sendDue(forum, now),
    },
    // The agenda code carries the `docx` package (large): it loads when the secretariat first generates or sends.
    // Whether it changed since it was sent is asked each time the secretariat opens a meeting: that part has no `docx`.
    agenda: {
      status: async (forum, meeting) => (await import('./agenda/agenda-load.js')).agendaStatus(graph, forum, meeting),
      generate: async (forum, meeting) =>
        (await import('./agenda/agenda-store.js')).createMeetingAgendaStore(graph, clock).generate(forum, meeting),
      send: async (forum, meeting) =>
        (await import('./agenda/agenda-store.js')).createMeetingAgendaStore(graph, clock).send(forum, meeting),
      confirmMeeting: async (forum, meeting) => (await import('./agenda/agenda-load.js')).confirmMeeting(graph, forum, meeting),
    },
    publication: lazyApi<PublicationApi>(() => import('./publication/publication-store.js').then((m) => m.createPublicationStore(graph))),
    planning: (forum, options) => {
      const planningOptionsFor = planningOptions(intake, forum, options?.syncMail === true, options?.storeBilag === true);
      return lazyApi<PlanningApi>(() =>
        import('./planning/planning-store.js').then((m) => m.createPlanningStore(graph, forum, planningOptionsFor)),
      );
    },
    outlookIntake: lazyApi<OutlookIntakeApi>(() => import('./outlook-intake.js').then((m) => new m.OutlookIntakeStore(graph))),
    consultations: lazyApi<ConsultationApi>(() =>
      import('./consultation/consultation-store.js').then((m) => m.createConsultationStore(graph, clock)),
    ),
    approvalView: lazyApi<ApprovalViewApi>(() => import('./minutes/approval-view-store.js').then((m) => m.createApprovalViewStore(graph))),
    minutesVersions: lazyApi<MinutesVersionsApi>(() =>
      import('./minutes/minutes-versions-store.js').then((m) =>
        m.createMinutesVersionsStore(graph, { appId: APP_ID, tabEntityId: HOME_TAB_ENTITY_ID, appBaseUrl }, clock),
      ),
    ),
    minutesDraft: lazyApi<MinutesDraftApi>(() => import('./minutes/draft-store.js').then((m) => m.createMinutesDraftStore(graph))),
    actions: lazyApi<ActionsApi>(() => import('./actions/actions-store.js').then((m) => m.createActionsStore(graph, clock))),
    successor: lazyApi<SuccessorApi>(() => import('./successor/successor-store.js').then((m) => m.createSuccessorStore(graph, clock))),
  };
}

/** What the meeting dialog's attendance section uses of the attendance store. */
export type AttendanceApi = Pick<AttendanceStore, 'load' | 'nameSubstitute' | 'decline'>;
