import { dateText } from '../date-format';
import { meetingDocumentHeader, type AgendaDocument, type AgendaDocumentItem, type MeetingDocumentHeader } from '../agenda-document';
import type { MinutesContent, MinutesItem } from '../minutes/minutes-content';
import { AGENDA_ACCESS_DA } from '../vocabulary/agenda-access-labels';
import type { ClosedReason } from '../vocabulary/agenda-access';
import { publicEntries, type AccessMarked, type ClosedEntry } from './public-items';

/**
 * The public agenda (before the meeting) and the public decisions (beslutningsprotokol, after the chairs' approval)
 * as data, ready for the region's website: the HTML page and the PDF are rendered from this one model, and only from
 * it. It carries no link into the tenant (no Teams link, no bilag links, no invited people's addresses), and a closed
 * item only what `publicEntries` lets through.
 */

export type PublicRecordKind = 'agenda' | 'decisions';

export interface PublicOpenItem {
  readonly closed: false;
  readonly number: number;
  readonly title: string;
  readonly caseNumber?: string;
  readonly presenter?: string;
  /** "kl. 08.40–09.05" on the agenda; absent on the decisions. */
  readonly slot?: string;
  readonly recommendations: readonly string[];
  /** The agenda's Beskrivelse af sagen (the agenda only). */
  readonly description?: string;
  /** Bilag by name only: their links point into the forum's site, which the public cannot open. */
  readonly bilag?: readonly string[];
  /** The decision (the decisions only). */
  readonly decision?: string;
}

export interface PublicClosedItem {
  readonly closed: true;
  readonly number: number;
  /** "Lukket punkt", or "Lukket punkt: <title>" where the reason lets the title be shown. */
  readonly heading: string;
  readonly caseNumber?: string;
  /** "Personoplysninger (offentlighedsloven § 30, nr. 1)". */
  readonly reason?: string;
}

export type PublicItem = PublicOpenItem | PublicClosedItem;

export interface PublicRecord extends MeetingDocumentHeader {
  readonly kind: PublicRecordKind;
  /** "Dagsorden" / "Beslutningsprotokol". */
  readonly title: string;
  /** "Dagsorden udsendt 22. oktober 2026" / "Godkendt af medformændene 5. november 2026": a date from the record, never the time of publishing, so the same record always gives the same bytes. */
  readonly issued?: string;
  readonly items: readonly PublicItem[];
}

export const PUBLIC_LABELS = {
  agenda: 'Dagsorden',
  decisions: 'Beslutningsprotokol',
  closed: 'Lukket punkt',
  reason: 'Begrundelse',
  caseNumber: 'Sagsnr.',
  recommendation: 'Indstilling',
  description: 'Sagsfremstilling',
  decision: 'Beslutning',
  bilag: 'Bilag',
  presenter: 'v.',
  time: 'Tidspunkt',
  form: 'Form',
  room: 'Mødested',
  items: 'Punkter',
  noDecision: 'Ingen beslutning ført til referat.',
  closedNote: 'Punktet behandles for lukkede døre. Dets indhold offentliggøres ikke.',
} as const;

function closedItem(entry: ClosedEntry): PublicClosedItem {
  return {
    closed: true,
    number: entry.number,
    heading: entry.title ? `${PUBLIC_LABELS.closed}: ${entry.title}` : PUBLIC_LABELS.closed,
    ...(entry.caseNumber ? { caseNumber: entry.caseNumber } : {}),
    ...(entry.reason ? { reason: AGENDA_ACCESS_DA.reason[entry.reason] } : {}),
  };
}

const nonEmpty = (lines: readonly string[]): string[] => lines.map((l) => l.trim()).filter((l) => l !== '');

/** The public agenda from the agenda the members get (agenda-document.ts). */
export function publicAgenda(doc: AgendaDocument, sentAt?: string): PublicRecord {
  const items = publicEntries(doc.items).map((entry): PublicItem => {
    if (!entry.open) return closedItem(entry);
    const item: AgendaDocumentItem = entry.item;
    return {
      closed: false,
      number: item.number,
      title: item.title,
      ...(item.caseNumber ? { caseNumber: item.caseNumber } : {}),
      ...(item.presenter ? { presenter: item.presenter } : {}),
      ...(item.slot.start < item.slot.end ? { slot: item.slot.label } : {}),
      recommendations: nonEmpty(item.recommendations),
      ...(item.description.trim() ? { description: item.description.trim() } : {}),
      ...(item.attachments.length > 0 ? { bilag: item.attachments.map((a) => a.label) } : {}),
    };
  });
  return {
    kind: 'agenda',
    ...headerOf(doc),
    title: PUBLIC_LABELS.agenda,
    ...(sentAt ? { issued: `Dagsorden udsendt ${dateText(sentAt)}` } : {}),
    items,
  };
}

/** What the agenda list says of an item now: the minutes' snapshot names its agenda item by id. */
export interface AgendaAccessRecord extends AccessMarked {
  readonly id: string;
  readonly caseNumber?: string | undefined;
}

/**
 * The public decisions from the approved minutes. Each item's access is the agenda item's (by id); an item the
 * agenda no longer has, or never named, is treated as closed with its title withheld — a decision is published only
 * when it is known to be open.
 */
export function publicDecisions(content: MinutesContent, agenda: readonly AgendaAccessRecord[], approvedAt?: string): PublicRecord {
  const byId = new Map(agenda.map((a) => [a.id, a]));
  const marked = content.items.map((item) => {
    const found = item.agendaItemId ? byId.get(item.agendaItemId) : undefined;
    const access: { access: 'open' | 'closed'; closedReason?: ClosedReason } = found
      ? { access: found.access === 'closed' ? 'closed' : 'open', ...(found.closedReason ? { closedReason: found.closedReason } : {}) }
      : { access: 'closed' };
    return { ...item, ...access, ...(found?.caseNumber ? { caseNumber: found.caseNumber } : {}) };
  });
  const items = publicEntries(marked).map((entry): PublicItem => {
    if (!entry.open) return closedItem(entry);
    const item: MinutesItem & { caseNumber?: string } = entry.item;
    return {
      closed: false,
      number: item.number,
      title: item.title,
      ...(item.caseNumber ? { caseNumber: item.caseNumber } : {}),
      recommendations: nonEmpty(item.recommendations),
      decision: item.beslutning.trim(),
    };
  });
  const header = meetingDocumentHeader(
    { name: content.forumName, shortName: content.forumShortName },
    { title: content.meetingTitle, start: content.start, end: content.end, form: content.form, location: content.location },
  );
  return {
    kind: 'decisions',
    ...header,
    title: PUBLIC_LABELS.decisions,
    ...(approvedAt ? { issued: `Godkendt af medformændene ${dateText(approvedAt)}` } : {}),
    items,
  };
}

const headerOf = (doc: MeetingDocumentHeader): MeetingDocumentHeader => ({
  forumName: doc.forumName,
  forumShortName: doc.forumShortName,
  meetingTitle: doc.meetingTitle,
  day: doc.day,
  date: doc.date,
  timeSpan: doc.timeSpan,
  form: doc.form,
  ...(doc.room ? { room: doc.room } : {}),
});

/** "1. Budget 2027 v. Mette Andreassen (kl. 08.40–09.05)" / "3. Lukket punkt". */
export function publicItemHeading(item: PublicItem): string {
  if (item.closed) return `${item.number}. ${item.heading}`;
  return `${item.number}. ${item.title}${item.presenter ? ` ${PUBLIC_LABELS.presenter} ${item.presenter}` : ''}${item.slot ? ` (${item.slot})` : ''}`;
}
