import type { Graph } from '../../graph/graph-types';
import { addStanding, removeAgendaItem, reorderAgenda, updateAgendaItem } from './agenda-writes';
import { acceptSubmission, declineSubmission, deferSubmission } from './decisions';
import { loadPlanning } from './planning-load';
import type { PlanningApi, PlanningForum, PlanningOptions } from './planning-types';

/** The planning view's repository for one forum (see PlanningApi). */
export function createPlanningStore(graph: Graph, forum: PlanningForum, options: PlanningOptions = {}): PlanningApi {
  const now = (): Date => options.now?.() ?? new Date();
  return {
    load: (ask) => loadPlanning(graph, forum, options, ask),
    accept: (submission, meeting, hold) =>
      acceptSubmission(graph, forum, submission, meeting, now(), hold, { storeBilag: options.storeBilag === true }),
    defer: (submission, to, reason, hold) => deferSubmission(graph, forum, submission, to, reason, now(), hold),
    decline: (submission, reason, hold) => declineSubmission(graph, forum, submission, reason, now(), hold),
    reorder: (ordered) => reorderAgenda(graph, forum, ordered),
    updateItem: (item, changes) => updateAgendaItem(graph, forum, item, changes),
    removeItem: (item, agenda) => removeAgendaItem(graph, forum, item, agenda),
    addStandingItems: async (meeting, agenda) => (await addStanding(graph, forum, meeting, agenda, 'missing')).added,
  };
}
