import type { AgendaItem } from '../../domain/types';
import { CLOSED_REASONS, type AgendaItemAccess, type ClosedReason } from '../../domain/vocabulary/agenda-access';
import { etagOf, Fields, itemId, writeStampOf, type GraphListItem } from '../list-item';
import { withoutUndefined } from './meeting-mapper';

/** An AgendaItems list item → AgendaItem; items without a number sort last. */
export function toAgendaItem(item: GraphListItem): AgendaItem {
  const f = Fields.of(item);
  const agendaItem: AgendaItem = {
    id: itemId(item),
    meetingId: f.text('MeetingId'),
    number: f.number('Number') ?? Number.MAX_SAFE_INTEGER,
    title: f.text('Title'),
    durationMinutes: Math.max(0, f.number('DurationMinutes') ?? 0),
    recommendations: f.lines('Recommendations'),
    description: f.text('Description'),
    standing: f.bool('Standing'),
    etag: etagOf(item),
    stamp: writeStampOf(item),
  };
  return {
    ...agendaItem,
    ...withoutUndefined({
      presenter: f.optionalText('Presenter'),
      submissionId: f.optionalText('SubmissionId'),
      standingKey: f.optionalText('StandingKey'),
      caseNumber: f.optionalText('CaseNumber'),
      ...accessOf(f),
    }),
  };
}

/**
 * Åbent/Lukket as the list holds it. Anything the list cannot be trusted to hold right is read as closed rather than
 * open: a closed item with an unknown or missing reason keeps its title back (publicItems), never shows its content.
 */
function accessOf(f: Fields): { access?: AgendaItemAccess; closedReason?: ClosedReason } {
  const access = f.optionalText('Access');
  if (access === undefined || access === 'open') return access === 'open' ? { access: 'open' } : {};
  const reason = CLOSED_REASONS.find((r) => r === f.optionalText('ClosedReason'));
  return { access: 'closed', ...(reason ? { closedReason: reason } : {}) };
}

export function toAgenda(items: readonly GraphListItem[]): AgendaItem[] {
  return items.map(toAgendaItem).sort((a, b) => a.number - b.number);
}
