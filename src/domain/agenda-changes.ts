import type { AgendaDocument } from './agenda-document';
import { formatSlot } from './agenda-slots';
import { contentHash, type Digest } from './content-hash';
import type { SentAgenda, SentAgendaItem } from './agenda-sent';

export { parseSentAgenda, sentAgendaText, type SentAgenda, type SentAgendaItem } from './agenda-sent';

/**
 * What an agenda send recorded (the Meetings item's AgendaSent, beside AgendaHash) and what changed since: the
 * secretariat sees the changes before a revised agenda is offered, and the revised mail and document list them.
 * The hash says whether anything changed; this compact record says what, in words a member understands.
 */

/** An item's time on the agenda (ISO); each language writes it its own way ("kl. 08.40–09.05" / "08:40–09:05"). */
export interface AgendaChangeSlot {
  readonly start: string;
  readonly end: string;
}

export type AgendaChange =
  | { readonly kind: 'added'; readonly number: number; readonly title: string; readonly slot: AgendaChangeSlot }
  | { readonly kind: 'removed'; readonly number: number; readonly title: string }
  | { readonly kind: 'moved'; readonly from: number; readonly to: number; readonly title: string; readonly slot: AgendaChangeSlot }
  | { readonly kind: 'retitled'; readonly number: number; readonly from: string; readonly to: string }
  | { readonly kind: 'presenter'; readonly number: number; readonly title: string; readonly from?: string; readonly to?: string }
  | {
      readonly kind: 'duration';
      readonly number: number;
      readonly title: string;
      readonly from: number;
      readonly to: number;
      readonly slot: AgendaChangeSlot;
    }
  /** Items first..last (consecutive, none moved or resized) start this many minutes later (negative: earlier). */
  | { readonly kind: 'shifted'; readonly first: number; readonly last: number; readonly minutes: number }
  | { readonly kind: 'content'; readonly number: number; readonly title: string }
  | { readonly kind: 'meeting' }
  /** The agenda changed, but what was sent was not recorded item by item. */
  | { readonly kind: 'unknown' };

const FINGERPRINT_LENGTH = 16;

/** The record of the agenda about to be sent. `itemIds` are the agenda items' ids in the document's order. */
export async function sentAgendaRecord(
  doc: AgendaDocument,
  itemIds: readonly string[],
  revision: number,
  digest: Digest,
): Promise<SentAgenda> {
  const items = await Promise.all(
    doc.items.map(async (item, index): Promise<SentAgendaItem> => ({
      id: itemIds[index] ?? `#${item.number}`,
      title: item.title,
      ...(item.presenter ? { presenter: item.presenter } : {}),
      start: item.slot.start,
      end: item.slot.end,
      content: (
        await contentHash({ recommendations: item.recommendations, description: item.description, attachments: item.attachments }, digest)
      ).slice(0, FINGERPRINT_LENGTH),
    })),
  );
  const { items: _items, overrunMinutes: _overrun, ...head } = doc;
  return { revision, items, head: (await contentHash(head, digest)).slice(0, FINGERPRINT_LENGTH) };
}

const minutesOf = (item: Pick<SentAgendaItem, 'start' | 'end'>): number =>
  Math.round((Date.parse(item.end) - Date.parse(item.start)) / 60_000);

/** The positions (into `seq`) of one longest increasing subsequence: the items that kept their relative order. */
function keptInOrder(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0,
      hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] ?? 0] ?? 0) < (seq[i] ?? 0)) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) kept.add(i);
  return kept;
}

/**
 * What changed between the agenda as sent and as it is now, in the current agenda's order (removed items after).
 * An item that only moved because others did is not called moved; items pushed later or earlier by another item's
 * change are told as one "starter n min. senere" for each run.
 */
export function agendaChanges(sent: SentAgenda | undefined, current: SentAgenda, hashChanged: boolean): AgendaChange[] {
  if (!sent?.items || !current.items) return hashChanged ? [{ kind: 'unknown' }] : [];
  const before = new Map(sent.items.map((item, index) => [item.id, { item, number: index + 1 }]));
  const now = current.items;
  const common = now
    .map((item, index) => ({ item, number: index + 1, was: before.get(item.id) }))
    .filter((x): x is typeof x & { was: NonNullable<typeof x.was> } => x.was !== undefined);
  const kept = keptInOrder(common.map((c) => c.was.number));
  const moved = new Set(common.filter((_c, i) => !kept.has(i)).map((c) => c.item.id));

  const changes: AgendaChange[] = [];
  // The run of items pushed later or earlier together: told once, where its first item is.
  let run: { kind: 'shifted'; first: number; last: number; minutes: number } | undefined;
  now.forEach((item, index) => {
    const number = index + 1;
    const slot = { start: item.start, end: item.end };
    const was = before.get(item.id);
    if (!was) {
      run = undefined;
      changes.push({ kind: 'added', number, title: item.title, slot });
      return;
    }
    const old = was.item;
    const resized = minutesOf(old) !== minutesOf(item);
    const shift = Math.round((Date.parse(item.start) - Date.parse(old.start)) / 60_000);
    if (!moved.has(item.id) && !resized && shift !== 0) {
      if (run && run.last === number - 1 && run.minutes === shift) run.last = number;
      else {
        run = { kind: 'shifted', first: number, last: number, minutes: shift };
        changes.push(run);
      }
    } else run = undefined;
    if (moved.has(item.id)) changes.push({ kind: 'moved', from: was.number, to: number, title: item.title, slot });
    if (old.title !== item.title) changes.push({ kind: 'retitled', number, from: old.title, to: item.title });
    if ((old.presenter ?? '') !== (item.presenter ?? ''))
      changes.push({
        kind: 'presenter',
        number,
        title: item.title,
        ...(old.presenter ? { from: old.presenter } : {}),
        ...(item.presenter ? { to: item.presenter } : {}),
      });
    if (resized) changes.push({ kind: 'duration', number, title: item.title, from: minutesOf(old), to: minutesOf(item), slot });
    if (old.content !== undefined && item.content !== undefined && old.content !== item.content)
      changes.push({ kind: 'content', number, title: item.title });
  });
  const present = new Set(now.map((i) => i.id));
  sent.items.forEach((item, index) => {
    if (!present.has(item.id)) changes.push({ kind: 'removed', number: index + 1, title: item.title });
  });
  if (sent.head !== undefined && current.head !== undefined && sent.head !== current.head) changes.push({ kind: 'meeting' });
  return changes.length === 0 && hashChanged ? [{ kind: 'unknown' }] : changes;
}

const slotText = (slot: AgendaChangeSlot): string => formatSlot(slot.start, slot.end);
const quoted = (title: string): string => `„${title}“`;
const span = (first: number, last: number): string => (first === last ? `Punkt ${first}` : `Punkt ${first}–${last}`);

/** One change in plain Danish, for the revised mail and document. */
export function agendaChangeText(change: AgendaChange): string {
  switch (change.kind) {
    case 'added':
      return `Nyt punkt ${change.number}: ${quoted(change.title)} (${slotText(change.slot)})`;
    case 'removed':
      return `Punkt ${change.number} ${quoted(change.title)} er fjernet`;
    case 'moved':
      return `Punkt ${change.from} ${quoted(change.title)} er flyttet til punkt ${change.to} (${slotText(change.slot)})`;
    case 'retitled':
      return `Punkt ${change.number} har fået ny titel: ${quoted(change.to)} (før ${quoted(change.from)})`;
    case 'presenter':
      return change.to
        ? `Punkt ${change.number} ${quoted(change.title)}: ny oplægsholder ${change.to}${change.from ? ` (før ${change.from})` : ''}`
        : `Punkt ${change.number} ${quoted(change.title)}: ingen oplægsholder (før ${change.from ?? ''})`;
    case 'duration':
      return `Punkt ${change.number} ${quoted(change.title)}: nu ${change.to} min. (før ${change.from} min.), ${slotText(change.slot)}`;
    case 'shifted':
      return `${span(change.first, change.last)} starter ${Math.abs(change.minutes)} min. ${change.minutes > 0 ? 'senere' : 'tidligere'}`;
    case 'content':
      return `Punkt ${change.number} ${quoted(change.title)}: indstilling, beskrivelse eller bilag er ændret`;
    case 'meeting':
      return 'Mødets oplysninger eller de inviterede er ændret';
    case 'unknown':
      return 'Indholdet er ændret';
  }
}
