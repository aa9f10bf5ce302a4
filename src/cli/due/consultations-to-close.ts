import { closeTodo, closeTodoCorrelation } from '../../domain/consultation/close-todo';
import { canClose } from '../../domain/consultation/tally';
import type { Forum } from '../../domain/types';
import { ActionIdTakenError, type ActionsApi } from '../../store/actions/actions-api';
import type { ConsultationApi } from '../../store/consultation/consultation-api';
import type { CliIo } from '../cli-command';
import { errorText } from './forum-refs';

/**
 * Written consultations due to be closed: the unattended run does not close them — the outcome it would send to
 * every recipient and write into the next minutes is the secretariat's to word (domain/consultation/close-todo.ts) —
 * it gives the secretariat a to-do instead: a follow-up action owned by the forum mailbox, created once (the Actions
 * list's unique CorrelationId settles two runs at once), which the action reminders then mail once. A to-do whose
 * consultation has been closed since is marked done.
 */
export async function consultationsToClose(
  io: CliIo,
  consultations: ConsultationApi,
  actions: ActionsApi,
  forum: Forum,
  now: Date,
  dryRun: boolean,
): Promise<boolean> {
  io.out(`Høringer der kan afsluttes / consultations to close – ${forum.name}`);
  try {
    const all = await consultations.list(forum);
    const open = all.filter((c) => c.status === 'open');
    let told = 0;
    let failed = false;
    for (const c of open) {
      const { tally } = await consultations.overview(forum, c);
      if (!canClose(c, tally, now)) continue;
      const todo = closeTodo(c, tally, now);
      if (dryRun) {
        io.out(`  Ville give sekretariatet opgaven / would add the to-do: ${todo.title}`);
        continue;
      }
      if (forum.mailbox.trim() === '') {
        io.out(
          `  ${c.reference} kan afsluttes, men forummet har ingen postkasse at give opgaven / can be closed, but the forum has no mailbox to give the to-do`,
        );
        continue;
      }
      const action = await actions
        .create(forum, {
          correlationId: closeTodoCorrelation(c),
          title: todo.title,
          ownerEmail: forum.mailbox.trim().toLowerCase(),
          ownerName: `Sekretariatet for ${forum.name}`,
          due: todo.due,
          meetingId: '',
          consultationRef: c.reference,
          notes: todo.notes,
        })
        .catch((error: unknown) => {
          if (!(error instanceof ActionIdTakenError)) throw error;
          // Somebody else's item holds the to-do's id: said, and the other consultations still looked at.
          io.err(
            `  ${c.reference}: opgaven kunne ikke gives – en opfølgning med dens id er skrevet af ${error.by || 'en anden'}, ikke sekretariatet / the to-do could not be added – an action with its id was written by ${error.by || 'someone else'}, not the secretariat`,
          );
          return undefined;
        });
      if (!action) {
        failed = true;
        continue;
      }
      if (action.status === 'open') told += 1;
    }
    // The secretariat closed it: its to-do is done.
    const closed = new Set(all.filter((c) => c.status === 'closed').map(closeTodoCorrelation));
    let done = 0;
    for (const a of await actions.open(forum)) {
      if (a.correlationId === undefined || !closed.has(a.correlationId)) continue;
      if (!dryRun) await actions.complete(forum, a).catch(() => undefined); // a stale copy: the next run completes it
      done += 1;
    }
    io.out(
      told + done === 0
        ? '  Ingen / none'
        : `  Opgaver til sekretariatet / to-dos for the secretariat: ${told} åbne / open${done > 0 ? `, ${done} lukket / closed` : ''}`,
    );
    return !failed;
  } catch (error) {
    io.err(`  Høringerne kunne ikke gennemgås / consultations could not be checked: ${errorText(error)}`);
    return false;
  }
}
