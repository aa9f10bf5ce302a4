import type { Graph } from '../graph/types';
import type { MinutesDraftApi } from './minutes/draft-types';

/** The minutes editor's store, loaded with the editor (bench/budgets.json): the code is imported on first use. */
export function lazyMinutesDraft(graph: Graph): MinutesDraftApi {
  let store: Promise<MinutesDraftApi> | undefined;
  const get = (): Promise<MinutesDraftApi> => (store ??= import('./minutes/draft-store.js').then((m) => m.minutesDraftStore(graph)));
  return {
    load: async (...args) => (await get()).load(...args),
    saveItemField: async (...args) => (await get()).saveItemField(...args),
    saveAttendance: async (...args) => (await get()).saveAttendance(...args),
  };
}
