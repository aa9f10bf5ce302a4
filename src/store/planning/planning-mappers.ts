import { claimOn, claimSlot } from '../claims-store';
import { Fields, type GraphListItem } from '../list-item';
import { toAgendaItem } from '../mappers/agenda-mapper';
import { toSubmission } from '../mappers/submission-mapper';
import type { PlanningAgendaItem, PlanningSubmission } from './planning-types';

export function toPlanningSubmission(forumId: string, item: GraphListItem, shortName?: string): PlanningSubmission {
  const notified = Fields.of(item).optionalText('DecisionNotified');
  const claim = claimOn(item, claimSlot('decision-mail', ''));
  return {
    ...toSubmission(forumId, item, shortName),
    ...(notified ? { decisionNotified: notified } : {}),
    ...(claim ? { decisionMailClaim: claim } : {}),
  };
}

export function toPlanningAgendaItem(item: GraphListItem): PlanningAgendaItem {
  const key = Fields.of(item).optionalText('StandingKey');
  return { ...toAgendaItem(item), ...(key ? { standingKey: key } : {}) };
}

/** The agenda in number order (items without a number last, then by id as SharePoint numbers them). */
export function toPlanningAgenda(items: readonly GraphListItem[]): PlanningAgendaItem[] {
  const byId = (a: string, b: string): number => (Number(a) || 0) - (Number(b) || 0) || a.localeCompare(b);
  return items.map(toPlanningAgendaItem).sort((a, b) => a.number - b.number || byId(a.id, b.id));
}
