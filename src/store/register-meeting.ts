import type { ForumRef, Meeting, MeetingForm, MeetingKind } from '../domain/types';
import { isAlreadyExists } from '../graph/errors';
import type { Graph, GraphPage } from '../graph/graph-types';
import { createOrFind } from './create-or-find';
import { etagOf, itemId, listItemsCollectionUrl, listItemsUrl, odataString, type GraphListItem } from './list-item';
import { toMeeting } from './mappers/meeting-mapper';
import { updateItemFields } from './update-item';

/** An appointment the secretariat saved in Outlook, to be entered in the forum's Meetings list. */
export interface MeetingRegistration {
  readonly kind: MeetingKind;
  readonly title: string;
  /** ISO 8601; stored in UTC. */
  readonly start: string;
  readonly end: string;
  readonly form: MeetingForm;
  readonly location?: string;
  /** An extraordinary meeting's purpose, as its invitation states it. */
  readonly purpose?: string;
  /** The appointment's REST id (the event in the organiser's calendar). */
  readonly eventId: string;
  /** The organiser's address: whose calendar holds the event. */
  readonly eventOwner: string;
  readonly joinUrl?: string;
  /** For a planning meeting: the Meetings item id of the meeting it prepares. */
  readonly prepares?: string;
}

export interface RegisteredMeeting {
  readonly meeting: Meeting;
  /** False when the appointment was registered before and its item was updated instead. */
  readonly created: boolean;
}

/** The idempotency key of a meeting booked from Outlook: one appointment, one Meetings item. */
export function outlookCorrelationId(eventId: string): string {
  return `outlook:${eventId}`;
}

const utc = (iso: string): string => new Date(iso).toISOString().replace(/\.000Z$/, 'Z');

/**
 * Registers an Outlook appointment as a forum meeting so it appears in the year plan. Idempotent: the item is
 * found by its CorrelationId (an indexed column) first; registering again updates it under its eTag (a 412
 * becomes a ConflictError), never a second item. Updating keeps a status the meeting has moved on to
 * (agenda sent, held) — only a planned meeting becomes booked.
 */
export class MeetingRegistrationStore {
  constructor(
    private readonly graph: Graph,
    private readonly ref: ForumRef,
  ) {}

  async register(registration: MeetingRegistration): Promise<RegisteredMeeting> {
    const correlationId = outlookCorrelationId(registration.eventId);
    const existing = await this.find(correlationId);
    const fields: Record<string, unknown> = {
      Title: registration.title,
      Kind: registration.kind,
      Start: utc(registration.start),
      End: utc(registration.end),
      Form: registration.form,
      Location: registration.location ?? '',
      Purpose: registration.kind === 'extraordinary' ? (registration.purpose ?? '') : '',
      EventId: registration.eventId,
      EventOwner: registration.eventOwner.toLowerCase(),
      JoinUrl: registration.joinUrl ?? '',
      CorrelationId: correlationId,
      Prepares: registration.kind === 'planning' ? (registration.prepares ?? '') : '',
    };
    if (existing) {
      const status = existing.fields?.Status;
      const update =
        status === undefined || status === null || status === '' || status === 'planned' ? { ...fields, Status: 'booked' } : fields;
      const updated = await updateItemFields(this.graph, this.ref, 'Meetings', itemId(existing), etagOf(existing), update);
      const merged: GraphListItem = {
        ...existing,
        '@odata.etag': updated.etag ?? etagOf(existing),
        fields: { ...(existing.fields ?? {}), ...update, ...updated.fields },
      };
      return { meeting: this.toMeeting(merged), created: false };
    }
    // Not repeated: a create whose answer was lost is found by its CorrelationId (a site an earlier version made may
    // not enforce the column's uniqueness yet, so a repeat could make a twin there).
    try {
      const item = await createOrFind(
        () =>
          this.graph.post<GraphListItem>(listItemsCollectionUrl(this.ref.siteId, 'Meetings'), { fields: { ...fields, Status: 'booked' } }),
        () => this.find(correlationId),
      );
      return { meeting: this.toMeeting(item), created: true };
    } catch (error) {
      // CorrelationId is unique: a registration of the same appointment running at the same time (another window)
      // made the item first. That item is the meeting.
      if (!isAlreadyExists(error)) throw error;
      const twin = await this.find(correlationId);
      if (!twin) throw error;
      return { meeting: this.toMeeting(twin), created: false };
    }
  }

  private async find(correlationId: string): Promise<GraphListItem | undefined> {
    const url = listItemsUrl(this.ref.siteId, 'Meetings', { filter: `fields/CorrelationId eq ${odataString(correlationId)}`, top: 2 });
    const page = await this.graph.get<GraphPage<GraphListItem>>(url);
    return page.value[0];
  }

  private toMeeting(item: GraphListItem): Meeting {
    const meeting = toMeeting(this.ref.groupId, item);
    if (!meeting) throw new Error('The registered meeting has no start');
    return meeting;
  }
}
