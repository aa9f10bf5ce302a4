import type { Commissorium } from '../../domain/commissorium';
import type { ForumKind, MeetingForm, MeetingKind, MeetingStatus, OrganisationKind, Role, SubmissionStatus } from '../../domain/types';

/**
 * The shape of the readable seed file (`seed-data.ts`). Times are local Copenhagen wall-clock
 * ("2026-03-12T09:00"); the seeder converts them to UTC.
 */

export interface SeedPerson {
  /** Stable object id (GUID) for tenant users and guests. */
  readonly id: string;
  readonly displayName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly mail: string;
  readonly jobTitle: string;
  readonly organisation: string;
  readonly organisationKind: OrganisationKind;
  /**
   * member: a user of the secretariat's tenant; guest: an Entra B2B guest (another organisation's
   * tenant); external: no account at all, only an e-mail address (patient representatives).
   */
  readonly account: 'member' | 'guest' | 'external';
}

export interface SeedForumMember {
  /** The person's mail address (key into `people`). */
  readonly person: string;
  readonly role: Role;
  /** Mail address of the member's standing substitute. */
  readonly substitute?: string;
}

export interface SeedMeeting {
  /** Local key for cross-references within the seed (e.g. "m2"). */
  readonly key: string;
  readonly kind: MeetingKind;
  readonly title: string;
  readonly start: string;
  readonly durationMinutes: number;
  readonly form: MeetingForm;
  readonly location?: string;
  readonly status: MeetingStatus;
  /** For a planning meeting: key of the meeting it prepares. */
  readonly prepares?: string;
  /** Whether a group calendar event exists (booked meetings). */
  readonly booked: boolean;
}

export interface SeedAttachment {
  readonly name: string;
  readonly contentType: string;
  /** Text content; the seeder stores it as bytes. */
  readonly text: string;
}

export interface SeedMail {
  readonly key: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly subject: string;
  readonly receivedAt: string;
  readonly bodyHtml: string;
  readonly attachments?: readonly SeedAttachment[];
  /** When set, the mail is already registered as a submission with this status. */
  readonly submission?: { readonly status: SubmissionStatus; readonly meeting?: string };
}

export interface SeedAgendaItem {
  readonly title: string;
  readonly presenter?: string;
  readonly durationMinutes: number;
  readonly recommendations: readonly string[];
  readonly description: string;
  readonly standing?: boolean;
  /** Key of the seed mail it came from. */
  readonly fromMail?: string;
}

export interface SeedForum {
  readonly groupId: string;
  readonly siteId: string;
  readonly displayName: string;
  readonly shortName: string;
  readonly kind: ForumKind;
  readonly mailNickname: string;
  readonly description: string;
  /**
   * The shared mailbox that receives submissions (a user object with accountEnabled false).
   * The forum's secretariat and chairs have full access to it (Mail.ReadWrite.Shared).
   */
  readonly sharedMailbox: { readonly id: string; readonly displayName: string; readonly mail: string };
  readonly members: readonly SeedForumMember[];
  readonly meetings: readonly SeedMeeting[];
  /** Mail in the forum's submission mailbox (the shared mailbox's Inbox). */
  readonly mailbox: readonly SeedMail[];
  /** Draft agendas by meeting key. */
  readonly agendas: Readonly<Record<string, readonly SeedAgendaItem[]>>;
  /** The commissorium as data, stored as the Forum item's SettingsJson. */
  readonly settings: Commissorium;
  /** Final (approved) minutes of held meetings, for the member's archive. */
  readonly approvedMinutes?: readonly SeedApprovedMinutes[];
  /** Follow-up actions from decisions. */
  readonly actions?: readonly SeedAction[];
  /**
   * The site's SharePoint permissions. 'provisioned' (the default): as `sekretariat provision` leaves them — the
   * site permission plan for the forum's chairs applied, and the document folders it protects created. 'inherited':
   * as Microsoft 365 creates a group's site, where every member of the group may edit every list item.
   */
  readonly sitePermissions?: 'provisioned' | 'inherited';
}

export interface SeedApprovedMinutes {
  readonly meeting: string;
  /** Copenhagen local date-time the minutes became final. */
  readonly finalAt: string;
  readonly items: readonly {
    readonly title: string;
    readonly referat: string;
    readonly beslutning: string;
    /** A bilag the agenda sent with the item: its agenda label and its file in the meeting's folder. */
    readonly bilag?: { readonly label: string; readonly file: string };
  }[];
}

export interface SeedAction {
  readonly title: string;
  readonly owner: string;
  readonly meeting: string;
  /** Copenhagen due day, "2026-12-10". */
  readonly due: string;
}

/**
 * An application registration with admin-consented application permissions, restricted as a tenant should restrict
 * the unattended run's: an Exchange application access policy over the named forums' shared mailboxes and
 * `Sites.Selected` write grants on their sites.
 */
export interface SeedApplication {
  readonly appId: string;
  readonly servicePrincipalId: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  /** The forums (group ids) whose shared mailbox and site it is granted. */
  readonly forums: readonly string[];
}

export interface Seed {
  readonly tenant: { readonly id: string; readonly domain: string; readonly displayName: string };
  readonly people: readonly SeedPerson[];
  readonly forums: readonly SeedForum[];
  readonly applications?: readonly SeedApplication[];
}
