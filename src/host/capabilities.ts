import type { Html } from '../domain/html';
import type { Locale, SignedInUser } from '../domain/types';

export type Theme = 'light' | 'dark' | 'contrast';

export type HostKind = 'teams' | 'outlook' | 'browser' | 'fake';

/** A mail item open in the host (Outlook read mode). */
export interface MessageRef {
  readonly id: string;
  readonly subject: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly internetMessageId?: string;
  /**
   * The owner's address when the message is in a shared mailbox or another person's folder (Outlook's shared
   * properties, Mailbox 1.8): Graph reads it at `/users/{owner}/messages/{id}`. Absent for the person's own mailbox.
   */
  readonly sharedMailbox?: string;
}

/** A structured mail the add-in writes into a compose window. */
export interface StructuredMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly htmlBody: Html;
}

/** What the add-in reads from or writes to an appointment in the organizer view. */
export interface AppointmentDraft {
  readonly subject: string;
  readonly start?: string;
  readonly end?: string;
  readonly location?: string;
  readonly requiredAttendees: readonly string[];
  /** Written only when given (reading leaves it out). */
  readonly optionalAttendees?: readonly string[];
  /** HTML when written; plain text when read. */
  readonly body?: string;
}

/** The Teams meeting the app is open in (its side panel, or a tab of its details or chat). */
export interface TeamsMeetingContext {
  /** The meeting chat's thread ("19:meeting_…@thread.v2"), which the meeting's join link names. */
  readonly chatId?: string;
  /** Teams' own id of the meeting (not Graph's onlineMeeting id). */
  readonly meetingId: string;
  /** Where in the meeting: 'sidePanel' (320 px beside the call), 'meetingStage', or 'content' (a details or chat tab). */
  readonly frame: string;
}

export interface DeepLink {
  /** A path inside the app, e.g. "/approvals/<versionId>". */
  readonly path: string;
  readonly label?: string;
}

/**
 * What the surrounding host can do. Views ask for a capability, never for a host name:
 * the "Add to agenda" button shows when `currentMessage` exists, in any host.
 */
export interface HostCapabilities {
  /** For diagnostics and telemetry only; views must not branch on it. */
  readonly kind: HostKind;
  readonly user: SignedInUser;
  readonly locale: Locale;
  readonly theme: Theme;
  /**
   * Where the host asked the app to open ("approve/<groupId>/<versionId>"): Teams passes a deep link's `subEntityId`
   * as the page's `subPageId`. The entry turns it into the hash route.
   */
  readonly startRoute?: string;
  /** Present inside a Teams meeting: the entry then opens the meeting's panel in place of the home. */
  readonly teamsMeeting?: TeamsMeetingContext;
  /** Remembers the person's language choice where the host does not decide it (the plain browser). */
  rememberLocale?(locale: Locale): void;
  /** Called when the host's theme changes (Teams, Outlook). Returns an unsubscribe function. */
  onThemeChange?(listener: (theme: Theme) => void): () => void;
  currentMessage?(): Promise<MessageRef | undefined>;
  composeInto?(draft: StructuredMail): Promise<void>;
  currentAppointment?(): Promise<AppointmentDraft>;
  fillAppointment?(draft: AppointmentDraft): Promise<void>;
  /**
   * Saves the appointment being organised (Outlook saves it to the calendar; a meeting's invitations go when the
   * person sends it) and answers its REST id, which Graph's `/me/events/{id}` accepts.
   */
  saveAppointment?(): Promise<string>;
  openDeepLink(target: DeepLink): Promise<void>;
  notify(message: string, intent: 'info' | 'success' | 'error'): void;
}
