import type { Graph } from '../graph/types';
import type { PlanningApi, PlanningForum, PlanningOptions } from './planning/planning-types';

/**
 * The planning view's store, loaded with the view (bench/budgets.json): each method imports the planning code on
 * first use.
 */
export function lazyPlanning(graph: Graph, forum: PlanningForum, options: PlanningOptions = {}): PlanningApi {
  let store: Promise<PlanningApi> | undefined;
  const get = (): Promise<PlanningApi> => (store ??= import('./planning/planning-store.js').then((m) => m.planningStore(graph, forum, options)));
  return {
    load: async (...args) => (await get()).load(...args),
    accept: async (...args) => (await get()).accept(...args),
    defer: async (...args) => (await get()).defer(...args),
    decline: async (...args) => (await get()).decline(...args),
    reorder: async (...args) => (await get()).reorder(...args),
    updateItem: async (...args) => (await get()).updateItem(...args),
    removeItem: async (...args) => (await get()).removeItem(...args),
    addStandingItems: async (...args) => (await get()).addStandingItems(...args),
  };
}
