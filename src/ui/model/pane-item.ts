import type { Role } from '../../domain/types';
import type { HostCapabilities } from '../../host/capabilities';
import type { ForumHome, HomeData } from '../../store/home-data';

/** What Outlook has open beside the task pane, as the host's capabilities tell it (never the host's name). */
export type PaneItem = 'message' | 'compose' | 'appointment';

/** The view of the task pane: the open item's action, or the year and to-do list one step away. */
export type PaneView = 'item' | 'home';

/** Who brings items to a forum's agenda: its members, chairs and secretariat (observers attend without items). */
const SUBMITTING_ROLES: readonly Role[] = ['member', 'chair', 'secretariat'];

/**
 * The item the host offers an action on: a message read ("Tilføj til dagsorden"), a message written ("Indsend
 * dagsordenspunkt") or an appointment organised ("Book som forummøde"). Undefined in the Teams tab and the browser.
 */
export function paneItem(
  host: Pick<HostCapabilities, 'currentMessage' | 'composeInto' | 'currentAppointment' | 'fillAppointment' | 'saveAppointment'>,
): PaneItem | undefined {
  if (host.currentAppointment && host.fillAppointment && host.saveAppointment) return 'appointment';
  if (host.currentMessage) return 'message';
  if (host.composeInto) return 'compose';
  return undefined;
}

/**
 * The forums in which the person can act on the item: the secretariat adds a read message to the agenda and books an
 * appointment as a forum meeting; a member, chair or secretariat submits an item by mail where the forum has a mailbox.
 * (The three views apply the same filters inline: importing this module into each of their chunks would copy it
 * three times over — bench/budgets.json's allJsGzipKiB.)
 */
export function actingForums(item: PaneItem, forums: readonly ForumHome[]): ForumHome[] {
  if (item === 'compose') return forums.filter((f) => f.role !== undefined && SUBMITTING_ROLES.includes(f.role) && f.forum.mailbox !== '');
  return forums.filter((f) => f.role === 'secretariat');
}

/**
 * What the pane opens on: the item, as soon as it opens (before the home has loaded, so its action paints first) —
 * unless the person has no forum to act in (a member reading a mail), or a link asked for a page of the home (a
 * minutes version to approve). Once the person has chosen a view, their choice stands.
 */
export function paneLead(
  item: PaneItem,
  home: HomeData | undefined,
  options: { readonly chosen?: PaneView; readonly homeRoute: boolean },
): PaneView {
  if (options.chosen) return options.chosen;
  if (options.homeRoute) return 'home';
  if (home && actingForums(item, home.forums).length === 0) return 'home';
  return 'item';
}
