import type { Graph } from '../graph/types';
import type { ApprovalViewApi } from './minutes/approval-view-types';

/** The approval view's store, loaded with the view (its own chunk, bench/budgets.json). */
export function lazyApprovalView(graph: Graph): ApprovalViewApi {
  let store: Promise<ApprovalViewApi> | undefined;
  const get = (): Promise<ApprovalViewApi> => (store ??= import('./minutes/approval-view-store.js').then((m) => m.approvalViewStore(graph)));
  return {
    load: async (...args) => (await get()).load(...args),
    answer: async (...args) => (await get()).answer(...args),
  };
}
