import type { Forum } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';
import { finishDecisionMails } from '../../store/planning/unfinished-decision-mails';
import type { CliIo } from '../cli-command';
import { errorText } from './forum-refs';

/**
 * Decision mails a chair's app left half-done, finished: each one's claim past its timeout is taken over and the
 * mail sent only if the dead attempt's did not go (src/store/planning/unfinished-decision-mails.ts). Not on a dry run:
 * finishing is sending.
 */
export async function decisionMailsToFinish(io: CliIo, graph: Graph, forum: Forum, now: Date, dryRun: boolean): Promise<boolean> {
  if (dryRun || forum.mailbox.trim() === '') return true;
  try {
    const { found, outcomes } = await finishDecisionMails(graph, forum, now);
    if (found === 0) return true;
    const sent = outcomes.filter((o) => o === 'sent').length;
    const failed = outcomes.filter((o) => o === 'failed' || o === 'uncertain').length;
    io.out(
      `Beslutningsbeskeder / decision mails – ${forum.name}: ${found} afbrudt / left half-done, ${sent} sendt nu / sent now${failed > 0 ? `, ${failed} mislykkedes / failed – næste kørsel prøver igen / the next run tries again` : ''}`,
    );
    return failed === 0;
  } catch (error) {
    io.err(
      `Beslutningsbeskeder / decision mails – ${forum.name}: ${errorText(error)} – næste kørsel prøver igen / the next run tries again`,
    );
    return false;
  }
}
