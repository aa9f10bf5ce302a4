import type { Forum } from '../domain/types';
import type { Graph } from '../graph/types';
import type { IntakeReport, SyncOptions, syncSubmissions } from './intake/sync-submissions';

export type { IntakeReport } from './intake/sync-submissions';

/**
 * The mail intake as the UI gets it (`stores.intake`). Its code (the sync and the mail parser) loads on the first
 * sync, not with anyone's first paint.
 *
 * ```ts
 * const report = await stores.intake?.sync(forum); // e.g. when the planning view opens
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

export function lazyIntake(graph: Graph): IntakeApi {
  let loaded: Promise<typeof syncSubmissions> | undefined;
  const sync = (): Promise<typeof syncSubmissions> => (loaded ??= import('./intake/sync-submissions.js').then((m) => m.syncSubmissions));
  return {
    sync: async (forum, options) => (await sync())(graph, forum, options),
  };
}
