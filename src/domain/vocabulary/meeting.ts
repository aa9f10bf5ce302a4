/**
 * The meetings' closed sets, each spelled out once (docs/ARCHITECTURE.md, "Closed sets"): the union types, the
 * Meetings and AgendaItems lists' choice columns, the mappers and the zod schemas derive from them. The values are
 * what the lists hold, written by every earlier version too: never renamed, only labelled (meeting-labels.ts).
 */

export const MEETING_KINDS = ['ordinary', 'extraordinary', 'planning', 'video'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** The meeting kinds a commissorium's regular series can have (extraordinary and planning meetings are not series). */
export const SERIES_MEETING_KINDS = ['ordinary', 'video'] as const satisfies readonly MeetingKind[];

export const MEETING_FORMS = ['physical', 'video', 'hybrid'] as const;
export type MeetingForm = (typeof MEETING_FORMS)[number];

export const MEETING_STATUSES = ['planned', 'booked', 'agenda-sent', 'held', 'minutes-approved', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The call for items of a meeting ('sending': how an older version claimed it; the claim is now its own column). */
export const CALL_FOR_ITEMS_STATES = ['pending', 'scheduled', 'sending', 'sent'] as const;
export type CallForItemsState = (typeof CALL_FOR_ITEMS_STATES)[number];

/** Where a non-standing agenda item came from. */
export const AGENDA_ITEM_SOURCES = ['submission', 'consultation'] as const;
export type AgendaItemSource = (typeof AGENDA_ITEM_SOURCES)[number];
