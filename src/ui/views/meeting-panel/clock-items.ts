import type { ClockItem } from '../../../domain/meeting-panel/meeting-clock';
import type { MinutesItem } from '../../../domain/minutes/minutes-content';
import type { RunningMarks } from '../../../store/meeting-panel/meeting-panel-types';

/** The minutes' items as the clock reads them: each item's slot and its running mark. */
export function clockItems(items: readonly MinutesItem[], marks: RunningMarks): ClockItem[] {
  return items.map((item) => {
    const startedAt = marks[item.agendaItemId];
    return { id: item.agendaItemId, ...(item.slot ? { slot: item.slot } : {}), ...(startedAt ? { startedAt } : {}) };
  });
}
