import type { AgendaDocument, AgendaDocumentItem } from '../agenda-document';
import { AGENDA_ACCESS_DA } from '../vocabulary/agenda-access-labels';
import type { ForumMember, Role } from '../types';
import { publicEntries } from './public-items';
import { PUBLIC_LABELS } from './public-record';

/**
 * The agenda as those not entitled to closed items get it: observers, and whoever stands in for one. Members, chairs
 * and the secretariat (and a member's substitute) take part in a closed item; an observer does not. Closed items keep
 * their place, slot and case number and lose everything else — Indstilling, description, presenter and bilag — through
 * the same `publicEntries` as the public record.
 */

/** The roles that take part in a closed item. */
export const ENTITLED_ROLES: ReadonlySet<Role> = new Set<Role>(['member', 'chair', 'secretariat']);

export const isEntitled = (member: Pick<ForumMember, 'role'>): boolean => ENTITLED_ROLES.has(member.role);

export function guestAgendaDocument(doc: AgendaDocument): AgendaDocument {
  const items = publicEntries(doc.items).map((entry, index): AgendaDocumentItem => {
    if (entry.open) return entry.item;
    const slot = doc.items[index]?.slot ?? { start: '', end: '', label: '' };
    return {
      number: entry.number,
      title: entry.title ? `${PUBLIC_LABELS.closed}: ${entry.title}` : PUBLIC_LABELS.closed,
      slot,
      recommendations: [],
      description: `${PUBLIC_LABELS.closedNote}${entry.reason ? ` ${PUBLIC_LABELS.reason}: ${AGENDA_ACCESS_DA.reason[entry.reason]}.` : ''}`,
      attachments: [],
      standing: false,
      ...(entry.caseNumber ? { caseNumber: entry.caseNumber } : {}),
    };
  });
  return { ...doc, items };
}
