import type { Graph } from '../graph/types';
import type { MinutesAppLinks, MinutesVersionsApi } from './minutes/minutes-versions-api';

export type { MinutesAppLinks, MinutesVersionsApi } from './minutes/minutes-versions-api';

/**
 * Minutes versions, approval requests, reminders and circulation as the UI gets them (`stores.minutesVersions`):
 * the code (and `docx`) loads with the first call, not with anyone's first paint.
 */
export function lazyMinutesVersions(graph: Graph, links: MinutesAppLinks, clock?: () => Date): MinutesVersionsApi {
  let loaded: Promise<MinutesVersionsApi> | undefined;
  const store = (): Promise<MinutesVersionsApi> => (loaded ??= import('./minutes/minutes-versions-store.js').then((m) => m.minutesVersionsStore(graph, links, clock)));
  return {
    freeze: async (...a) => (await store()).freeze(...a),
    requestApprovals: async (...a) => (await store()).requestApprovals(...a),
    remindApprovals: async (...a) => (await store()).remindApprovals(...a),
    remindDue: async (...a) => (await store()).remindDue(...a),
    circulate: async (...a) => (await store()).circulate(...a),
    overview: async (...a) => (await store()).overview(...a),
    dismissMissingAnswers: async (...a) => (await store()).dismissMissingAnswers(...a),
    closure: async (...a) => (await store()).closure(...a),
    reopen: async (...a) => (await store()).reopen(...a),
  };
}
