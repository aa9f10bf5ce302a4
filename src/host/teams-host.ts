import { app as teamsApp, pages as teamsPages } from '@microsoft/teams-js';
import { approvalRoute, parseApprovalRoute } from '../domain/minutes/approval-link';
import type { HostCapabilities, Theme } from './capabilities';
import { localeFrom } from './locale';
import type { NotificationBus } from './notifications';
import { withTimeout, type HostProbe } from './probe';

/** The parts of TeamsJS the adapter uses (injectable for tests). */
export type TeamsSdk = { readonly app: typeof teamsApp; readonly pages: typeof teamsPages };

export interface TeamsHostOptions {
  /** `app.initialize()` waits ~60 s outside Teams; give up after this long. */
  readonly timeoutMs?: number;
  readonly sdk?: TeamsSdk;
  readonly notifications?: NotificationBus;
  /** The page id of the app's static tab, for in-app deep links. */
  readonly pageId?: string;
}

/** Teams' theme names → ours ("glass" and unknown ones read as light). */
export function teamsTheme(name: string | undefined): Theme {
  if (name === 'dark') return 'dark';
  if (name === 'contrast') return 'contrast';
  return 'light';
}

/** The in-app route a deep link opened the tab at (its `subEntityId`, read as `page.subPageId`): only known routes. */
export function startRouteOf(subPageId: string | undefined): string | undefined {
  const target = parseApprovalRoute(subPageId);
  return target ? approvalRoute(target) : undefined;
}

/**
 * Teams (and Outlook/M365 running the Teams app) as a host. Resolves `{ ok: false }` when not inside a
 * Teams host, so the entry can fall back and log why.
 */
export async function createTeamsHost(options: TeamsHostOptions = {}): Promise<HostProbe> {
  const { app, pages } = options.sdk ?? { app: teamsApp, pages: teamsPages };
  const timeoutMs = options.timeoutMs ?? 1500;
  let initialised: boolean;
  try {
    initialised = await withTimeout(
      app.initialize().then(() => true),
      timeoutMs,
      () => false,
    );
  } catch (error) {
    return { ok: false, reason: `app.initialize() failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!initialised) return { ok: false, reason: `app.initialize() did not answer within ${timeoutMs} ms (not inside Teams)` };

  // Ends Teams' loading indicator when the manifest asks for one (showLoadingIndicator); harmless otherwise.
  if (typeof app.notifySuccess === 'function') void Promise.resolve(app.notifySuccess()).catch(() => undefined);
  const context = await app.getContext();
  const email = (context.user?.userPrincipalName ?? context.user?.loginHint ?? '').toLowerCase();
  const themeListeners = new Set<(theme: Theme) => void>();
  app.registerOnThemeChangeHandler((name) => themeListeners.forEach((l) => l(teamsTheme(name))));
  const startRoute = startRouteOf(context.page?.subPageId);
  const meetingId = context.meeting?.id;
  const host: HostCapabilities = {
    kind: 'teams',
    ...(startRoute ? { startRoute } : {}),
    ...(meetingId ? { teamsMeeting: { meetingId, chatId: context.chat?.id, frame: context.page.frameContext ?? 'content' } } : {}),
    user: { id: context.user?.id ?? '', name: context.user?.displayName ?? email, email },
    locale: localeFrom(context.app.locale),
    theme: teamsTheme(context.app.theme),
    onThemeChange(listener) {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    async openDeepLink(target) {
      if (/^https:\/\//i.test(target.path)) return app.openLink(target.path);
      if (pages.currentApp.isSupported()) return pages.currentApp.navigateTo({ pageId: options.pageId ?? 'home', subPageId: target.path });
      window.location.hash = target.path;
    },
    notify(message, intent) {
      options.notifications?.publish({ message, intent });
    },
  };
  return { ok: true, host };
}
