import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { ApprovalTarget } from '../domain/minutes/approval-link';
import type { MinutesContent, MinutesItem } from '../domain/minutes/minutes-content';
import type { ForumRef, Meeting, SignedInUser } from '../domain/types';
import type { MinutesForum } from '../store/minutes/draft-types';
import type { CreateActionProps } from './views/actions/CreateActionButton';
import type { ForumHome, HomeData } from '../store/home-data';
import type { AsyncState } from './components/use-async';
import type { RoleViewRegistry } from './home/RoleViews';
import type { HomeRole, RoleTab } from './model/roles';

/** The meeting dialog's sections, in order; a link may open the dialog at one of them. */
export type MeetingSection = 'agenda' | 'attendees' | 'minutes';

export interface MeetingDialogProps {
  readonly open?: { readonly meeting: Meeting; readonly forum: ForumRef; readonly section?: MeetingSection };
  readonly onClose: () => void;
  /** "Skriv referat" (given where the person is the forum's secretariat and the entry ships the editor). */
  readonly onWriteMinutes?: () => void;
}

export interface ForumPickerProps {
  readonly forums: readonly ForumHome[];
  readonly selected: string;
  readonly onSelect: (groupId: string) => void;
}

export interface RoleTabsProps {
  readonly tabs: readonly RoleTab[];
  readonly selected: HomeRole;
  readonly onSelect: (role: HomeRole) => void;
  /** The id of the panel the tabs control. */
  readonly controls: string;
}

export interface AppointmentBookingProps {
  /** The home as the shell loads it (reloaded after a meeting is registered). */
  readonly state: AsyncState<HomeData>;
}

export interface OutlookIntakeProps {
  /** The home as the shell loads it (reloaded after an item is created). */
  readonly state: AsyncState<HomeData>;
}

export interface OutlookPaneProps {
  readonly state: AsyncState<HomeData>;
  readonly reload: () => void;
  /** A link asked for a page of the home (a minutes version to approve): the pane shows the home. */
  readonly homeRoute: boolean;
  /** The home (year, to-do list, or the page a link asked for), rendered when the person goes to it. */
  readonly home: ReactNode;
}

/**
 * The parts of the app that not every session needs at first paint. Entries pass React.lazy versions
 * (`src/startup/lazy-parts.ts`: role views, the meeting dialog, the toaster, the forum picker load on demand);
 * tests pass the components themselves (`eager-parts.ts`).
 */
export interface AppParts {
  readonly roleViews: RoleViewRegistry;
  readonly MeetingDialog: ComponentType<MeetingDialogProps>;
  readonly Notices: ComponentType;
  readonly ForumPicker: ComponentType<ForumPickerProps>;
  /** One tab per role, above the role's view, for a person with more than one role (most have one). */
  readonly RoleTabs: ComponentType<RoleTabsProps>;
  /** "Book as forum meeting" in Outlook's organizer view (rendered only where the host has an appointment). */
  readonly AppointmentBooking?: ComponentType<AppointmentBookingProps>;
  /** Planlægning for chairs and the secretariat (its own chunk in the entries). */
  readonly PlanningView?: ComponentType<PlanningViewProps>;
  /** "Add to agenda" on a message open in Outlook's read mode (rendered only where the host has a message). */
  readonly AddToAgenda?: ComponentType<OutlookIntakeProps>;
  /** "Submit agenda item" on a message being written (rendered only where the host can write into a draft). */
  readonly SubmitAgendaItem?: ComponentType<OutlookIntakeProps>;
  /** The Outlook task pane's item-first layout (rendered only where the host has an item open). */
  readonly OutlookPane?: ComponentType<OutlookPaneProps>;
  /** The chairs' approval view of a minutes version ("#/approve/<groupId>/<versionId>"; its own chunk). */
  readonly ApprovalView?: ComponentType<ApprovalViewProps>;
  /** The secretariat's minutes editor (its own chunk in the entries). */
  readonly MinutesEditor?: ComponentType<MinutesEditorProps>;
  /** Follow-up on decisions: the secretariat's and chairs' "Opfølgning", the member's "Mine opgaver" + archive, "Opret opfølgning". */
  readonly FollowUp?: FollowUpParts;
}

export interface ApprovalViewProps {
  readonly target: ApprovalTarget;
  /** The home as the shell loaded it: the forum (its co-chairs, its rule) and who is signed in. */
  readonly state: AsyncState<HomeData>;
  readonly onClose: () => void;
}

export interface MinutesEditorProps {
  /** The forum (a home's Forum will do: with its members the draft is one round trip). */
  readonly forum: MinutesForum;
  readonly meeting: Meeting;
  /** The forum's meetings (for "Opret opfølgning": which meeting, and the next one's day as the due date). */
  readonly meetings?: readonly Meeting[];
  readonly onClose: () => void;
  /** Rendered under the items with the minutes as they stand (e.g. "Send til formandskabet"). */
  readonly footer?: (content: MinutesContent) => ReactNode;
  /** Rendered under each item's Beslutning (e.g. "Opret opfølgning"). */
  readonly itemActions?: (item: MinutesItem) => ReactNode;
  /** Rendered at the top of each item, under its title (e.g. a co-chair's change request about it). */
  readonly itemNotice?: (item: MinutesItem) => ReactNode;
  /** The minutes can only be read (circulated, not reopened): no field takes input. */
  readonly readOnly?: boolean;
  /** Shown under the heading (e.g. "Referatet er udsendt" with "Genåbn referat"). */
  readonly notice?: ReactNode;
}

export interface FollowUpParts {
  readonly Section: ComponentType<{ readonly home: ForumHome; readonly me: SignedInUser; readonly now: Date }>;
  readonly Member: ComponentType<{ readonly home: ForumHome; readonly me: SignedInUser; readonly now: Date }>;
  readonly CreateButton: ComponentType<CreateActionProps>;
}

export interface PlanningViewProps {
  readonly home: ForumHome;
  readonly now: Date;
  readonly onClose: () => void;
}

export const PartsContext = createContext<AppParts | undefined>(undefined);

export function useParts(): AppParts {
  const parts = useContext(PartsContext);
  if (!parts) throw new Error('useParts outside App');
  return parts;
}
