import { replyMatchers } from '../../domain/consultation/reference';
import type { Forum } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';
import type { ConsultationApi } from '../../store/consultation/consultation-api';
import { MeetingStore } from '../../store/forum-stores';
import { syncSubmissions } from '../../store/intake/sync-submissions';
import type { CliIo } from '../cli-command';
import { errorText } from './forum-refs';

/**
 * The mail intake of one forum, as "Hent nye punkter" does it: new mail becomes submissions (once per Message-ID),
 * follow-ups and consultation replies, and each new submission's sender gets a receipt once. The open consultations'
 * references and threads are passed so their replies are recognised, the meetings so receipts name theirs.
 */
export async function intakeForum(io: CliIo, graph: Graph, forum: Forum, consultations: ConsultationApi, now: Date): Promise<boolean> {
  io.out(`Indbakke / intake – ${forum.name}`);
  if (forum.mailbox.trim() === '') {
    io.out('  Forummet har ingen postkasse / the forum has no mailbox');
    return true;
  }
  try {
    const [open, meetings] = await Promise.all([consultations.list(forum), new MeetingStore(graph, forum).upcoming(now)]);
    const r = await syncSubmissions(graph, forum, { ...replyMatchers(open), meetings });
    io.out(
      `  ${r.fetched} nye mails / new mails: ${r.created} punkter / items, ${r.followUps} opfølgninger / follow-ups, ${r.consultationReplies} høringssvar / consultation replies, ` +
        `${r.autoReplies} autosvar / auto-replies, ${r.duplicates} allerede registreret / already recorded; kvitteringer / receipts: ${r.receipts.sent} sendt / sent` +
        `${r.receipts.failed > 0 ? `, ${r.receipts.failed} mislykkedes / failed` : ''}${r.receipts.stuck > 0 ? `, ${r.receipts.stuck} skal tjekkes / need checking` : ''}`,
    );
    for (const f of r.failed) io.err(`  Kunne ikke registreres / could not be recorded: "${f.subject}" (${f.status} ${f.code})`);
    return r.failed.length === 0 && r.receipts.failed === 0;
  } catch (error) {
    io.err(`  Indbakken kunne ikke læses / intake failed: ${errorText(error)} – næste kørsel prøver igen / the next run tries again`);
    return false;
  }
}
