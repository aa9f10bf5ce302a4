import type { AgendaItem } from '../../domain/types';
import { etagOf, Fields, itemId, type GraphListItem } from '../list-item';
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
  };
  return {
    ...agendaItem,
    ...withoutUndefined({
      presenter: f.optionalText('Presenter'),
      submissionId: f.optionalText('SubmissionId'),
      standingKey: f.optionalText('StandingKey'),
    }),
  };
}

export function toAgenda(items: readonly GraphListItem[]): AgendaItem[] {
  return items.map(toAgendaItem).sort((a, b) => a.number - b.number);
}
