import { loadConfig } from '../../config/app-config';
import { callForItemsDates, callRecipients } from '../../domain/call-for-items';
import { danishLongDate } from '../../domain/meeting-invitation';
import type { Forum, Meeting } from '../../domain/types';
import type { Graph } from '../../graph/types';
import { findDueCallsForItems, sendDueCallsForItems, type CallEntry, type CallForItemsReport, type SkipReason } from '../../store/call-for-items';
import { ForumStore, MinutesStore } from '../../store/forum-stores';
import { minutesVersionsStore } from '../../store/minutes/minutes-versions-store';
import { reminderDue as minutesReminderDue } from '../../domain/minutes/approval-deadline';
import { APP_ID, HOME_TAB_ENTITY_ID } from '../../config/app-identity';
import { consultationStore } from '../../store/consultation/consultation-store';
import type { ConsultationApi } from '../../store/consultation/consultation-api';
import { reminderDue } from '../../domain/consultation/reminder';
import { actionsStore } from '../../store/actions/actions-store';
import { dueReminders } from '../../domain/actions';
import type { ActionsApi } from '../../store/actions/actions-api';
import type { CliCommand, CliIo } from '../command';
import { EXIT, parseOptions, UsageError } from '../command';
import { forumRefs } from '../forum-refs';
import { connectGraph } from '../provision/connect';
import { refuseTokenArguments, resolveTokens } from '../tokens';

const REASON: Readonly<Record<SkipReason, string>> = {
  'claimed-elsewhere': 'en anden afsender har den / another sender has it',
  'submissions-closed': 'fristen for punkter er overskredet / submissions have closed',
  'no-recipients': 'forummet har ingen medlemmer med mail / no members with an address',
  'no-mailbox': 'forummet har ingen postkasse / the forum has no mailbox',
};

const line = (e: CallEntry): string => `${e.title || e.meetingId} (${danishLongDate(e.start)})`;

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
      for (const c of due) io.out(`  Ville minde om / would remind: ${c.reference} ${c.title} (frist / deadline ${c.deadline})`);
      return true;
    }
    io.out(`  Sendt / sent: ${await store.remindDue(forum)} påmindelser / reminders`);
    return true;
  } catch (error) {
    io.err(`  Påmindelserne kunne ikke sendes / reminders failed: ${error instanceof Error ? error.message : String(error)}`);
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
      for (const v of due) io.out(`  Ville minde om / would remind: referat version ${v.version} (møde / meeting ${v.meetingId}, frist / deadline ${v.approvalDeadline ?? ''})`);
      return true;
    }
    const store = minutesVersionsStore(graph, { appId: APP_ID, tabEntityId: HOME_TAB_ENTITY_ID, appBaseUrl }, () => now);
    io.out(`  Sendt / sent: ${await store.remindDue(forum, now)} påmindelser / reminders`);
    return true;
  } catch (error) {
    io.err(`  Påmindelserne om referater kunne ikke sendes / minutes reminders failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** Actions whose due day has come: each owner is reminded once per action. */
async function remindActions(io: CliIo, store: ActionsApi, forum: Forum, now: Date, dryRun: boolean): Promise<boolean> {
  io.out(`Påmindelser om opfølgning / action reminders – ${forum.name}`);
  try {
    if (dryRun) {
      const due = dueReminders(await store.open(forum), now);
      for (const a of due) io.out(`  Ville minde om / would remind: ${a.ownerEmail} – ${a.title} (frist / due ${a.due})`);
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
    io.err(`  Påmindelserne kunne ikke sendes / reminders failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

function printReport(io: CliIo, report: CallForItemsReport): void {
  for (const s of report.sent) {
    io.out(`  Sendt / sent: ${line(s)} til / to ${s.recipients} modtagere / recipients – "${s.subject}"`);
    if (!s.recorded) io.out('    Mødet kunne ikke markeres som sendt; det vises som "skal tjekkes" næste gang / could not be marked sent.');
  }
  for (const s of report.skipped) io.out(`  Sprunget over / skipped: ${line(s)} – ${REASON[s.reason]}`);
  for (const s of report.stuck) {
    io.out(`  Skal tjekkes / needs checking: ${line(s)} – afsendelsen blev påbegyndt${s.since ? ` ${s.since}` : ''} men ikke afsluttet; se Sendt post i forummets postkasse, før du sender igen / sending started but did not finish: check the forum mailbox's Sent Items before sending again`);
  }
  for (const s of report.failed) io.out(`  Mislykkedes / failed: ${line(s)} – ${s.error}`);
  if (report.sent.length + report.skipped.length + report.stuck.length + report.failed.length === 0) io.out('  Intet at sende / nothing due');
}

function printDryRun(io: CliIo, forum: Forum, due: readonly Meeting[], stuck: readonly Meeting[], closed: readonly Meeting[]): void {
  const recipients = callRecipients(forum).length;
  for (const m of due) {
    const close = forum.settings ? danishLongDate(callForItemsDates(m.start, forum.settings).submissionsClose) : '';
    io.out(`  Ville sende / would send: ${line({ meetingId: m.id, title: m.title, start: m.start })} til / to ${recipients} modtagere / recipients fra / from ${forum.mailbox || '(ingen postkasse / no mailbox)'}, frist / deadline ${close}`);
  }
  for (const m of stuck) io.out(`  Skal tjekkes / needs checking: ${line({ meetingId: m.id, title: m.title, start: m.start })}`);
  for (const m of closed) io.out(`  Sprunget over / skipped: ${line({ meetingId: m.id, title: m.title, start: m.start })} – ${REASON['submissions-closed']}`);
  if (due.length + stuck.length + closed.length === 0) io.out('  Intet at sende / nothing due');
}

export const remindCommand: CliCommand = {
  name: 'remind',
  summary: 'Send indkaldelser af punkter og påmindelser om skriftlige høringer, godkendelse af referater og opfølgning, der er forfaldne (én gang) · Send the calls for items, consultation, minutes-approval and action reminders that are due (once)',
  usage: '[--forum GROUP_ID]... [--dry-run [--now ISO]] [--graph-url URL] [--token-stdin | --sandbox-user UPN]',
  async run(args, io) {
    refuseTokenArguments(args);
    const options = parseOptions(args, {
      forum: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      now: { type: 'string' },
      graph: { type: 'string' },
      'graph-url': { type: 'string' },
      'token-stdin': { type: 'boolean' },
      'sandbox-user': { type: 'string' },
    });
    if (options.now !== undefined && !options['dry-run']) throw new UsageError('--now kan kun bruges med --dry-run / only with --dry-run');
    const now = options.now === undefined ? new Date() : new Date(options.now);
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now skal være et ISO-tidspunkt / must be an ISO date-time: ${options.now ?? ''}`);
    const config = loadConfig(io.env);
    const graphUrl = options['graph-url'] ?? options.graph ?? config.graphBaseUrl;
    const tokens = await resolveTokens({ tokenStdin: options['token-stdin'], sandboxUser: options['sandbox-user'], graphUrl }, io, { sharePoint: false });
    const graph = connectGraph(graphUrl, tokens.graph);
    const refs = await forumRefs(graph, config.forums, options.forum ?? []);

    let failed = false;
    for (const ref of refs) {
      let forum: Forum;
      try {
        forum = await new ForumStore(graph).load(ref);
      } catch (error) {
        failed = true;
        io.err(`Forum ${ref.groupId} kunne ikke læses / could not be read: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      io.out(`Indkaldelse af punkter / call for items – ${forum.name}${forum.shortName ? ` (${forum.shortName})` : ''}`);
      if (!forum.settings) {
        io.out('  Forummet har intet kommissorium, så der er ingen frister / the forum has no commissorium, so no deadlines');
        continue;
      }
      if (options['dry-run']) {
        const found = await findDueCallsForItems(graph, forum, now);
        printDryRun(io, forum, found.due, found.stuck, found.closed);
      } else {
        const report = await sendDueCallsForItems(graph, forum, now);
        printReport(io, report);
        if (report.failed.length > 0) failed = true;
      }
      if (!(await remindConsultations(io, consultationStore(graph, () => now), forum, now, options['dry-run'] === true))) failed = true;
      if (!(await remindMinutes(io, graph, config.appBaseUrl, forum, now, options['dry-run'] === true))) failed = true;
      if (!(await remindActions(io, actionsStore(graph, () => now), forum, now, options['dry-run'] === true))) failed = true;
    }
    return failed ? EXIT.failed : EXIT.ok;
  },
};
