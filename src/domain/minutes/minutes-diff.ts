import { diffWords } from 'diff';
import type { MinutesAttendee, MinutesContent, MinutesItem, MinutesPresence } from './minutes-content';

/**
 * What changed in the minutes between the version a chair last saw and the one they are asked to approve: per agenda
 * item (matched by its agenda item id, not its number — items may be renumbered) whether it was added, removed or
 * changed, with word-level parts for the title, the Indstilling, the Referat and the Beslutning; who changed presence;
 * and a short summary ("Punkt 3: Beslutning ændret") as data the UI words.
 */

export type DiffPartKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  readonly kind: DiffPartKind;
  readonly text: string;
}

export type MinutesField = 'title' | 'recommendations' | 'referat' | 'beslutning';

export const MINUTES_FIELDS: readonly MinutesField[] = ['title', 'recommendations', 'referat', 'beslutning'];

export interface FieldDiff {
  readonly changed: boolean;
  readonly parts: readonly DiffPart[];
}

export type ItemChange = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ItemDiff {
  readonly agendaItemId: string;
  /** The item's number in the new version (in the old one for a removed item). */
  readonly number: number;
  /** The number it had before, when it had one and it differs. */
  readonly previousNumber?: number;
  readonly title: string;
  readonly change: ItemChange;
  /** Moved relative to the other items (not merely renumbered because one was added or removed before it). */
  readonly moved: boolean;
  readonly fields: Readonly<Record<MinutesField, FieldDiff>>;
  readonly changedFields: readonly MinutesField[];
}

export interface AttendanceChange {
  readonly email: string;
  readonly name: string;
  /** Absent when the person was not listed before. */
  readonly before?: MinutesPresence;
  /** Absent when the person is no longer listed. */
  readonly after?: MinutesPresence;
}

export type HeaderField = 'meetingTitle' | 'start' | 'end' | 'form' | 'location';

export interface MinutesDiff {
  /** Every item of both versions: the new version's order, removed items where they stood. */
  readonly items: readonly ItemDiff[];
  readonly attendance: readonly AttendanceChange[];
  readonly header: readonly HeaderField[];
  /** Anything at all changed. */
  readonly changed: boolean;
}

export interface ChangeSummaryLine {
  readonly number: number;
  readonly title: string;
  readonly change: 'added' | 'removed' | 'changed' | 'moved';
  readonly fields: readonly MinutesField[];
}

export interface ChangeSummary {
  readonly items: readonly ChangeSummaryLine[];
  /** How many people's presence changed (added, removed or another presence). */
  readonly attendance: number;
  readonly header: readonly HeaderField[];
}

const recommendationsText = (item: MinutesItem | undefined): string => (item ? item.recommendations.join('\n') : '');

const fieldText = (item: MinutesItem | undefined, field: MinutesField): string => {
  if (!item) return '';
  return field === 'recommendations' ? recommendationsText(item) : item[field];
};

/** Word-level diff of two texts; identical texts give one 'same' part (or none when both are empty). */
export function diffText(before: string, after: string): FieldDiff {
  if (before === after) return { changed: false, parts: after === '' ? [] : [{ kind: 'same', text: after }] };
  const parts = diffWords(before, after).map((c): DiffPart => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
  return { changed: true, parts: parts.filter((p) => p.text !== '') };
}

function diffFields(before: MinutesItem | undefined, after: MinutesItem | undefined): Record<MinutesField, FieldDiff> {
  const out = {} as Record<MinutesField, FieldDiff>;
  for (const field of MINUTES_FIELDS) out[field] = diffText(fieldText(before, field), fieldText(after, field));
  return out;
}

/** Ids of the items present in both, whose place among those common items changed. */
function movedIds(before: readonly MinutesItem[], after: readonly MinutesItem[]): Set<string> {
  const inAfter = new Set(after.map((i) => i.agendaItemId));
  const inBefore = new Set(before.map((i) => i.agendaItemId));
  const a = before.filter((i) => inAfter.has(i.agendaItemId)).map((i) => i.agendaItemId);
  const b = after.filter((i) => inBefore.has(i.agendaItemId)).map((i) => i.agendaItemId);
  // Longest common subsequence: the items that kept their relative order; the rest moved.
  const n = a.length;
  const m = b.length;
  const table = new Array<number>((n + 1) * (m + 1)).fill(0);
  const at = (i: number, j: number): number => table[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1)
      table[i * (m + 1) + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const id = a[i];
    if (id !== undefined && id === b[j]) {
      kept.add(id);
      i += 1;
      j += 1;
    } else if (at(i + 1, j) >= at(i, j + 1)) i += 1;
    else j += 1;
  }
  return new Set(a.filter((id) => !kept.has(id)));
}

function itemDiff(before: MinutesItem | undefined, after: MinutesItem | undefined, moved: boolean): ItemDiff {
  const fields = diffFields(before, after);
  const changedFields = MINUTES_FIELDS.filter((f) => fields[f].changed);
  const shown = (after ?? before) as MinutesItem;
  const change: ItemChange = !before ? 'added' : !after ? 'removed' : changedFields.length > 0 ? 'changed' : 'unchanged';
  return {
    agendaItemId: shown.agendaItemId,
    number: shown.number,
    ...(before && after && before.number !== after.number ? { previousNumber: before.number } : {}),
    title: shown.title,
    change,
    moved,
    fields,
    changedFields,
  };
}

function attendanceChanges(before: readonly MinutesAttendee[], after: readonly MinutesAttendee[]): AttendanceChange[] {
  const key = (a: MinutesAttendee) => a.email.trim().toLowerCase();
  const old = new Map(before.map((a) => [key(a), a]));
  const now = new Map(after.map((a) => [key(a), a]));
  const changes: AttendanceChange[] = [];
  for (const a of after) {
    const was = old.get(key(a));
    if (!was) changes.push({ email: key(a), name: a.name, after: a.presence });
    else if (was.presence !== a.presence || (was.substituteFor ?? '') !== (a.substituteFor ?? ''))
      changes.push({ email: key(a), name: a.name, before: was.presence, after: a.presence });
  }
  for (const a of before) if (!now.has(key(a))) changes.push({ email: key(a), name: a.name, before: a.presence });
  return changes;
}

const HEADER_FIELDS: readonly HeaderField[] = ['meetingTitle', 'start', 'end', 'form', 'location'];

/** The per-item diff from `before` (the version the chair last saw) to `after` (the one to approve). */
export function diffMinutes(before: MinutesContent, after: MinutesContent): MinutesDiff {
  const old = new Map(before.items.map((i) => [i.agendaItemId, i]));
  const now = new Set(after.items.map((i) => i.agendaItemId));
  const moved = movedIds(before.items, after.items);
  const items: ItemDiff[] = after.items.map((i) => itemDiff(old.get(i.agendaItemId), i, moved.has(i.agendaItemId)));
  // A removed item stands after the item that preceded it in the old version (or first).
  before.items.forEach((i, index) => {
    if (now.has(i.agendaItemId)) return;
    const removed = itemDiff(i, undefined, false);
    const previous = before.items
      .slice(0, index)
      .reverse()
      .find((p) => items.some((d) => d.agendaItemId === p.agendaItemId));
    const at = previous ? items.findIndex((d) => d.agendaItemId === previous.agendaItemId) + 1 : 0;
    items.splice(at, 0, removed);
  });
  const attendance = attendanceChanges(before.attendance, after.attendance);
  const header = HEADER_FIELDS.filter((f) => (before[f] ?? '') !== (after[f] ?? ''));
  const changed = header.length > 0 || attendance.length > 0 || items.some((i) => i.change !== 'unchanged' || i.moved);
  return { items, attendance, header, changed };
}

/** The lines of a "what changed" panel: one per item added, removed, changed or moved, in the items' order. */
export function summarizeChanges(diff: MinutesDiff): ChangeSummary {
  const items = diff.items.flatMap((i): ChangeSummaryLine[] => {
    if (i.change === 'unchanged' && !i.moved) return [];
    const change = i.change === 'unchanged' ? 'moved' : i.change;
    return [{ number: i.number, title: i.title, change, fields: i.changedFields }];
  });
  return { items, attendance: diff.attendance.length, header: diff.header };
}
