/**
 * What an agenda send recorded on the Meetings item (AgendaSent, beside AgendaHash): which revision it was and its
 * items as the members saw them. Apart from the comparison (agenda-changes.ts) because every meeting read parses it,
 * and the first paint should not carry the rest.
 */

/** One item as it was sent: its agenda item's id (to follow it when it moves), and what the member saw. */
export interface SentAgendaItem {
  readonly id: string;
  readonly title: string;
  readonly presenter?: string;
  /** The item's slot, ISO UTC. */
  readonly start: string;
  readonly end: string;
  /** A short fingerprint of the item's Indstilling, Beskrivelse and Bilag. */
  readonly content?: string;
}

/** What one send sent. */
export interface SentAgenda {
  /** 0 for the first send, 1 for the first revision … */
  readonly revision: number;
  /** Absent when the send was recorded without them (an older version, or an attempt taken over after it died). */
  readonly items?: readonly SentAgendaItem[];
  /** A short fingerprint of the header and the invited. */
  readonly head?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The AgendaSent column → SentAgenda; anything unreadable reads as absent. */
export function parseSentAgenda(text: string | undefined): SentAgenda | undefined {
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null) return undefined;
    const o = v as Record<string, unknown>;
    const revision = typeof o.revision === 'number' && Number.isInteger(o.revision) && o.revision >= 0 ? o.revision : 0;
    const items = Array.isArray(o.items)
      ? o.items.flatMap((raw: unknown): SentAgendaItem[] => {
          if (typeof raw !== 'object' || raw === null) return [];
          const r = raw as Record<string, unknown>;
          const id = str(r.id),
            title = str(r.title),
            start = str(r.start),
            end = str(r.end);
          if (id === undefined || title === undefined || start === undefined || end === undefined) return [];
          const presenter = str(r.presenter),
            content = str(r.content);
          return [{ id, title, start, end, ...(presenter ? { presenter } : {}), ...(content ? { content } : {}) }];
        })
      : undefined;
    const head = str(o.head);
    return { revision, ...(items ? { items } : {}), ...(head ? { head } : {}) };
  } catch {
    return undefined;
  }
}

export function sentAgendaText(sent: SentAgenda): string {
  return JSON.stringify(sent);
}
