import { APP_ID, HOME_TAB_ENTITY_ID } from '../../config/app-identity';
import { dueReminders } from '../../domain/actions';
import { dateText, dateTimeText } from '../../domain/date-format';
import { reminderDue } from '../../domain/consultation/reminder';
import { reminderDue as minutesReminderDue } from '../../domain/minutes/approval-deadline';
import type { Forum } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';
import { createActionsStore } from '../../store/actions/actions-store';
import type { ActionsApi } from '../../store/actions/actions-api';
import { createConsultationStore } from '../../store/consultation/consultation-store';
import type { ConsultationApi } from '../../store/consultation/consultation-api';
import { MinutesStore } from '../../store/forum-stores';
import { createMinutesVersionsStore } from '../../store/minutes/minutes-versions-store';
import type { CliIo } from '../cli-command';
import { parseForumEnding } from '../../domain/forum-ending';
import { callsForItems } from './calls-for-items';
import { errorText } from './forum-refs';

/**
 * What `sekretariat remind` does for one forum, and `sekretariat run` after the intake: the calls for items, then the
 * consultation, minutes-approval and action reminders that are due — each sent once however often and however
 * concurrently it runs (each store claims with If-Match and settles a send by its correlation id).
 */

export interface DueOptions {
  readonly now: Date;
  readonly dryRun: boolean;
  /** Where the app is served: the approval links in the chairs' reminders. */
  readonly appBaseUrl: string;
}

/** Written consultations whose reminder time has come: those who have not answered are reminded, once. */
async function remindConsultations(io: CliIo, store: ConsultationApi, forum: Forum, now: Date, dryRun: boolean): Promise<boolean> {
  io.out(`Påmindelser om skriftlige høringer / consultation reminders – ${forum.name}`);
  try {
    const due = (await store.list(forum)).filter((c) => reminderDue(c, now));
    if (due.length === 0) {
      io.out('  Ingen påmindelser at sende / no reminders due');
      return true;
    }
    if (dryRun) {
      for (const c of due)
        io.out(`  Ville minde om / would remind: ${c.reference} ${c.title} (frist / deadline ${dateTimeText(c.deadline)})`);
      return true;
    }
    io.out(`  Sendt / sent: ${await store.remindDue(forum)} påmindelser / reminders`);
    return true;
  } catch (error) {
    io.err(`  Påmindelserne kunne ikke sendes / reminders failed: ${errorText(error)}`);
    return false;
  }
}

/** Minutes awaiting the co-chairs' approval whose deadline is near or past: chairs without an answer are reminded, once. */
async function remindMinutes(io: CliIo, graph: Graph, appBaseUrl: string, forum: Forum, now: Date, dryRun: boolean): Promise<boolean> {
  io.out(`Påmindelser om godkendelse af referater / minutes approval reminders – ${forum.name}`);
  try {
    const due = (await new MinutesStore(graph, forum).awaitingApproval()).filter((v) => minutesReminderDue(v.approvalDeadline, now));
    if (due.length === 0) {
      io.out('  Ingen påmindelser at sende / no reminders due');
      return true;
    }
    if (dryRun) {
      for (const v of due)
        io.out(
          `  Ville minde om / would remind: referat version ${v.version} (møde / meeting ${v.meetingId}, frist / deadline ${v.approvalDeadline ?? ''})`,
        );
      return true;
    }
    const store = createMinutesVersionsStore(graph, { appId: APP_ID, tabEntityId: HOME_TAB_ENTITY_ID, appBaseUrl }, () => now);
    io.out(`  Sendt / sent: ${await store.remindDue(forum, now)} påmindelser / reminders`);
    return true;
  } catch (error) {
    io.err(`  Påmindelserne om referater kunne ikke sendes / minutes reminders failed: ${errorText(error)}`);
    return false;
  }
}

/** Actions whose due day has come: each owner is reminded once per action. */
async function remindActions(io: CliIo, store: ActionsApi, forum: Forum, now: Date, dryRun: boolean): Promise<boolean> {
  io.out(`Påmindelser om opfølgning / action reminders – ${forum.name}`);
  try {
    if (dryRun) {
      const due = dueReminders(await store.open(forum), now);
      for (const a of due) io.out(`  Ville minde om / would remind: ${a.ownerEmail} – ${a.title} (frist / due ${dateText(a.due)})`);
      if (due.length === 0) io.out('  Ingen påmindelser at sende / no reminders due');
      return true;
    }
    const report = await store.remindDue(forum, now);
    for (const a of report.sent) io.out(`  Sendt / sent: ${a.ownerEmail} – ${a.title}`);
    if (report.skipped > 0) io.out(`  Sprunget over / skipped: ${report.skipped} (en anden kørsel har dem / another run has them)`);
    for (const f of report.failed) io.err(`  Mislykkedes / failed: ${f.action.ownerEmail} – ${f.action.title}: ${f.error}`);
    if (report.sent.length + report.skipped + report.failed.length === 0) io.out('  Ingen påmindelser at sende / no reminders due');
    return report.failed.length === 0;
  } catch (error) {
    io.err(`  Påmindelserne kunne ikke sendes / reminders failed: ${errorText(error)}`);
    return false;
  }
}

/** The calls for items and reminders due in one forum (the forum as just loaded). False when any failed. */
export async function remindForum(io: CliIo, graph: Graph, forum: Forum, options: DueOptions): Promise<boolean> {
  const { now, dryRun } = options;
  io.out(`Indkaldelse af punkter / call for items – ${forum.name}${forum.shortName ? ` (${forum.shortName})` : ''}`);
  if (!forum.settings) {
    io.out('  Forummet har intet kommissorium, så der er ingen frister / the forum has no commissorium, so no deadlines');
    return true;
  }
  // An ended forum calls for no more items, and its open actions were handed to its successor, whose run reminds
  // their owners: reminding here as well would remind them twice. Its consultations and minutes stay its own.
  const ending = parseForumEnding(forum.endedRecord);
  if (ending) {
    io.out(
      `  Forummet er afsluttet ${dateText(ending.at)}; indkaldelser og opfølgning hører til ${ending.successor.name} / the forum ended; calls for items and actions belong to its successor`,
    );
  }
  let ok = true;
  try {
    if (!ending && !(await callsForItems(io, graph, forum, now, dryRun))) ok = false;
  } catch (error) {
    io.err(`  Indkaldelserne kunne ikke sendes / calls for items failed: ${errorText(error)}`);
    ok = false;
  }
  if (
    !(await remindConsultations(
      io,
      createConsultationStore(graph, () => now),
      forum,
      now,
      dryRun,
    ))
  )
    ok = false;
  if (!(await remindMinutes(io, graph, options.appBaseUrl, forum, now, dryRun))) ok = false;
  if (
    !ending &&
    !(await remindActions(
      io,
      createActionsStore(graph, () => now),
      forum,
      now,
      dryRun,
    ))
  )
    ok = false;
  return ok;
}
