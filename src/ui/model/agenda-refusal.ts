import { AgendaItemsChangedError, MeetingChangedError } from '../../store/agenda/agenda-api';

/**
 * Why the agenda was not sent, generated or published because someone other than the secretariat (and, for items,
 * the co-chairs) wrote part of it — the meeting's own details, or items — with the names each view's sentence needs.
 * Undefined for any other failure.
 */
export type AgendaRefusal =
  { readonly kind: 'meeting'; readonly by: string } | { readonly kind: 'items'; readonly count: number; readonly items: string };

export function agendaRefusal(error: unknown): AgendaRefusal | undefined {
  if (error instanceof MeetingChangedError) return { kind: 'meeting', by: error.by || '?' };
  if (!(error instanceof AgendaItemsChangedError)) return undefined;
  const items = error.items.map((i) => (i.by ? `„${i.title}“ (${i.by})` : `„${i.title}“`)).join(', ');
  return { kind: 'items', count: error.items.length, items };
}
