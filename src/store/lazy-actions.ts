import type { Graph } from '../graph/types';
import type { ActionsApi } from './actions/actions-api';

export type { ActionsApi, NewAction, ReminderReport } from './actions/actions-api';

/**
 * Follow-up on decisions as the UI gets it (`stores.actions`): the store's code loads with the first call (the
 * Opfølgning section, "Mine opgaver", the create dialog), not with anyone's first paint.
 */
export function lazyActions(graph: Graph, clock?: () => Date): ActionsApi {
  let loaded: Promise<ActionsApi> | undefined;
  const store = (): Promise<ActionsApi> => (loaded ??= import('./actions/actions-store.js').then((m) => m.actionsStore(graph, clock)));
  return {
    create: async (...a) => (await store()).create(...a),
    open: async (...a) => (await store()).open(...a),
    forOwner: async (...a) => (await store()).forOwner(...a),
    forMeeting: async (...a) => (await store()).forMeeting(...a),
    complete: async (...a) => (await store()).complete(...a),
    reopen: async (...a) => (await store()).reopen(...a),
    remindDue: async (...a) => (await store()).remindDue(...a),
    approvedMinutes: async (...a) => (await store()).approvedMinutes(...a),
  };
}
