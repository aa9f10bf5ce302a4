import type { Graph } from '../graph/types';
import type { OutlookIntakeApi, OutlookIntakeStore } from './outlook-intake';

/**
 * Outlook's "Add to agenda" store loads with the form that uses it, not with the task pane's first paint
 * (bench/budgets.json).
 */
export function lazyOutlookIntake(graph: Graph): OutlookIntakeApi {
  let store: Promise<OutlookIntakeStore> | undefined;
  const get = (): Promise<OutlookIntakeStore> => (store ??= import('./outlook-intake.js').then((m) => new m.OutlookIntakeStore(graph)));
  return {
    load: async (...args) => (await get()).load(...args),
    find: async (...args) => (await get()).find(...args),
    add: async (...args) => (await get()).add(...args),
  };
}
