import type { Forum, ForumRef } from '../../domain/types';
import type { Graph } from '../../graph/graph-types';
import { createActionsStore } from '../../store/actions/actions-store';
import { createConsultationStore } from '../../store/consultation/consultation-store';
import { ForumStore } from '../../store/forum-stores';
import type { CliIo } from '../cli-command';
import { consultationsToClose } from './consultations-to-close';
import { decisionMailsToFinish } from './decision-mails';
import { errorText } from './forum-refs';
import { intakeForum } from './mail-intake';
import { remindForum } from './reminders';

export interface PassOptions {
  readonly now: Date;
  readonly appBaseUrl: string;
  readonly dryRun?: boolean;
}

/**
 * One pass of everything due, for every forum (`sekretariat run`): the intake with its receipts, decision mails a
 * chair's app left half-done, consultations due to be closed (a to-do for the secretariat), then the calls for items
 * and the reminders. Each step is its store's: safe to repeat and to run twice at once (claims with If-Match, unique
 * columns, correlation lookups). A forum or a step that fails is reported and the rest still runs; the result is false
 * when anything failed.
 */
export async function runDuePass(io: CliIo, graph: Graph, refs: readonly ForumRef[], options: PassOptions): Promise<boolean> {
  const { now } = options;
  const dryRun = options.dryRun === true;
  let ok = true;
  for (const ref of refs) {
    let forum: Forum;
    try {
      forum = await new ForumStore(graph).load(ref);
    } catch (error) {
      ok = false;
      io.err(`Forum ${ref.groupId} kunne ikke læses / could not be read: ${errorText(error)}`);
      continue;
    }
    const consultations = createConsultationStore(graph, () => now);
    if (!dryRun && !(await intakeForum(io, graph, forum, consultations, now))) ok = false;
    if (!(await decisionMailsToFinish(io, graph, forum, now, dryRun))) ok = false;
    if (
      !(await consultationsToClose(
        io,
        consultations,
        createActionsStore(graph, () => now),
        forum,
        now,
        dryRun,
      ))
    )
      ok = false;
    if (!(await remindForum(io, graph, forum, { now, dryRun, appBaseUrl: options.appBaseUrl }))) ok = false;
  }
  return ok;
}
