import { contentHash, type Digest } from '../content-hash';
import type { StandingKey } from '../standing-items';
import type { ForumKind, MeetingForm, OrganisationKind } from '../types';
import type { ItemAbsenceReason, QuorumRule } from '../vocabulary/forum';

/**
 * The minutes (referat) of one meeting as data — the shape the editor saves, a version freezes, the approval view
 * renders and diffs, and the .docx/PDF are made from. As in the reference minutes: who took part and how, then per
 * agenda item what was said (Referat) and what was decided (Beslutning); the written briefings
 * ("Skriftlige orienteringspunkter") and any other business ("Eventuelt") are items with their standing key.
 *
 * A frozen version stores exactly this object as JSON (MinutesVersions.SnapshotJson) and its hash
 * (`minutesHash`) in ContentHash: an approval names that hash. Fields added after versions were frozen are
 * OPTIONAL and left out when empty, so a version frozen before them hashes exactly as it did.
 */

/** How a person took part: in the room, online, sent apologies, stood in for a member, or was a guest. */
export type MinutesPresence = 'room' | 'online' | 'apology' | 'substitute' | 'guest' | 'absent';

export const MINUTES_PRESENCES: readonly MinutesPresence[] = ['room', 'online', 'apology', 'substitute', 'guest', 'absent'];

export interface MinutesAttendee {
  /** Lower-case address: the key of the row. */
  readonly email: string;
  readonly name: string;
  readonly organisation: string;
  readonly jobTitle?: string;
  readonly presence: MinutesPresence;
  /** For a substitute: the address of the member they stood in for. */
  readonly substituteFor?: string;
  readonly chair?: boolean;
  /** The organisation's kind (hospital, psykiatri, kommune …): the order the minutes list organisations in. */
  readonly organisationKind?: OrganisationKind;
  /** The items this person did not take part in ("X deltog ikke i sagens behandling"), absent when none. */
  readonly notIn?: readonly ItemAbsence[];
}

/** One item a person who was at the meeting did not take part in: away for it, or inhabil with the reason. */
export interface ItemAbsence {
  readonly agendaItemId: string;
  readonly reason: ItemAbsenceReason;
  /** Why inhabil ("ejer aktier i leverandøren"), as the secretariat wrote it; capped at ITEM_ABSENCE_NOTE_MAX. */
  readonly note?: string;
}

export const ITEM_ABSENCE_NOTE_MAX = 500;

/**
 * The forum's quorum rule as it stood when the minutes were written, and who its voting members were (addresses),
 * so a frozen version says the same "Rådet var beslutningsdygtigt" however the forum changes later.
 */
export interface MinutesQuorum {
  readonly rule: QuorumRule;
  readonly count?: number;
  readonly voters: readonly string[];
  readonly forumKind: ForumKind;
}

/** The time the agenda gave an item (ISO UTC); only an item with time of its own has one. */
export interface MinutesItemSlot {
  readonly start: string;
  readonly end: string;
}

/** An item's attachment as the agenda named it ("Bilag 3 – Budget.pdf"), linked when it was copied to the folder. */
export interface MinutesBilag {
  readonly label: string;
  readonly url?: string;
}

export interface MinutesItem {
  /** The AgendaItems list item the text is saved on. */
  readonly agendaItemId: string;
  readonly number: number;
  readonly title: string;
  readonly presenter?: string;
  /** The agenda's Indstilling, as the item was sent. */
  readonly recommendations: readonly string[];
  /** What was said. Plain text, paragraphs separated by blank lines. */
  readonly referat: string;
  /** What was decided. Plain text. */
  readonly beslutning: string;
  /** 'written-briefings', 'any-other-business', …: the standing item this is. */
  readonly standingKey?: StandingKey;
  /** The consultation whose outcome this written item carries ("KSG-2027-03"). */
  readonly consultationRef?: string;
  /** The agenda's Beskrivelse af sagen. */
  readonly description?: string;
  readonly slot?: MinutesItemSlot;
  readonly bilag?: readonly MinutesBilag[];
}

export interface MinutesContent {
  readonly meetingId: string;
  readonly forumName: string;
  readonly forumShortName: string;
  readonly meetingTitle: string;
  /** ISO UTC. */
  readonly start: string;
  readonly end: string;
  readonly form: MeetingForm;
  readonly location?: string;
  readonly attendance: readonly MinutesAttendee[];
  readonly items: readonly MinutesItem[];
  /** The meeting leaders (the co-chairs) and the referents (the secretariat), as the agenda names them. */
  readonly meetingLeaders?: readonly string[];
  readonly referents?: readonly string[];
  /** Present when the forum has a quorum rule (minutes/participation.ts counts it, per meeting and per item). */
  readonly quorum?: MinutesQuorum;
}

/** The items with neither a referat nor a decision written: named in a warning before the minutes go to the chairs. */
export function emptyItems(content: Pick<MinutesContent, 'items'>): MinutesItem[] {
  return content.items.filter((i) => i.referat.trim() === '' && i.beslutning.trim() === '');
}

/** The SHA-256 of the content's canonical JSON, hex — what a minutes version and every approval of it name. */
export function minutesHash(content: MinutesContent, digest: Digest): Promise<string> {
  return contentHash(content, digest);
}
