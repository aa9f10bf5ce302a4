import { callForItemsDates, callRecipients } from '../../domain/call-for-items';
import { dateTimeText } from '../../domain/date-format';
import { danishLongDate } from '../../domain/meeting-invitation';
import type { Forum, Meeting } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';
import {
  findDueCallsForItems,
  sendDueCallsForItems,
  type CallEntry,
  type CallForItemsReport,
  type SkipReason,
} from '../../store/call-for-items-store';
import type { CliIo } from '../cli-command';

const REASON: Readonly<Record<SkipReason, string>> = {
  'claimed-elsewhere': 'en anden afsender har den / another sender has it',
  'submissions-closed': 'fristen for punkter er overskredet / submissions have closed',
  'no-recipients': 'forummet har ingen medlemmer med mail / no members with an address',
  'no-mailbox': 'forummet har ingen postkasse / the forum has no mailbox',
  'meeting-changed':
    'mødet er ændret af andre end sekretariatet – gem det igen / the meeting was changed by someone other than the secretariat – save it again',
};

const line = (e: CallEntry): string => `${e.title || e.meetingId} (${danishLongDate(e.start)})`;

function printReport(io: CliIo, report: CallForItemsReport): void {
  for (const s of report.sent) {
    io.out(`  Sendt / sent: ${line(s)} til / to ${s.recipients} modtagere / recipients – "${s.subject}"`);
    if (!s.recorded) io.out('    Mødet kunne ikke markeres som sendt; det vises som "skal tjekkes" næste gang / could not be marked sent.');
  }
  for (const s of report.skipped) io.out(`  Sprunget over / skipped: ${line(s)} – ${REASON[s.reason]}`);
  for (const s of report.stuck) {
    io.out(
      `  Skal tjekkes / needs checking: ${line(s)} – afsendelsen blev påbegyndt${s.since ? ` ${dateTimeText(s.since)}` : ''} men ikke afsluttet; se Sendt post i forummets postkasse, før du sender igen / sending started but did not finish: check the forum mailbox's Sent Items before sending again`,
    );
  }
  for (const s of report.failed) io.out(`  Mislykkedes / failed: ${line(s)} – ${s.error}`);
  if (report.sent.length + report.skipped.length + report.stuck.length + report.failed.length === 0)
    io.out('  Intet at sende / nothing due');
}

function printDryRun(io: CliIo, forum: Forum, due: readonly Meeting[], stuck: readonly Meeting[], closed: readonly Meeting[]): void {
  const recipients = callRecipients(forum).length;
  for (const m of due) {
    const close = forum.settings ? danishLongDate(callForItemsDates(m.start, forum.settings).submissionsClose) : '';
    io.out(
      `  Ville sende / would send: ${line({ meetingId: m.id, title: m.title, start: m.start })} til / to ${recipients} modtagere / recipients fra / from ${forum.mailbox || '(ingen postkasse / no mailbox)'}, frist / deadline ${close}`,
    );
  }
  for (const m of stuck) io.out(`  Skal tjekkes / needs checking: ${line({ meetingId: m.id, title: m.title, start: m.start })}`);
  for (const m of closed)
    io.out(`  Sprunget over / skipped: ${line({ meetingId: m.id, title: m.title, start: m.start })} – ${REASON['submissions-closed']}`);
  if (due.length + stuck.length + closed.length === 0) io.out('  Intet at sende / nothing due');
}

/** The calls for items that are due, sent once (or, dry, what would go). False when one failed. */
export async function callsForItems(io: CliIo, graph: Graph, forum: Forum, now: Date, dryRun: boolean): Promise<boolean> {
  if (dryRun) {
    const found = await findDueCallsForItems(graph, forum, now);
    printDryRun(io, forum, found.due, found.stuck, found.closed);
    return true;
  }
  const report = await sendDueCallsForItems(graph, forum, now);
  printReport(io, report);
  return report.failed.length === 0;
}
