import type { HostCapabilities } from './capabilities';
import { localeFrom } from './locale';
import type { NotificationBus } from './notifications';
import { isDarkBackground } from './office-async';
import { isAppointment, isReadMode, readAppointment, readMessage, saveAppointment, writeAppointment, writeCompose } from './outlook-item';
import { withTimeout, type HostProbe } from './probe';

export interface OutlookHostOptions {
  readonly timeoutMs?: number;
  readonly notifications?: NotificationBus;
}

/**
 * Outlook as a host, through the global `Office` (office.js from Microsoft's CDN, loaded by the page). The
 * capabilities follow the open item: a message in read mode gives `currentMessage`, a message being written
 * gives `composeInto`, an appointment the person organises gives `currentAppointment`/`fillAppointment`/`saveAppointment`.
 * office.js nulls `history.pushState`, so deep links move the hash.
 */
export async function createOutlookHost(options: OutlookHostOptions = {}): Promise<HostProbe> {
  if (typeof Office === 'undefined') return { ok: false, reason: 'office.js is not loaded (no global Office)' };
  const timeoutMs = options.timeoutMs ?? 3000;
  const info = await withTimeout(Office.onReady(), timeoutMs, () => undefined);
  if (!info) return { ok: false, reason: `Office.onReady() did not answer within ${timeoutMs} ms` };
  if (info.host !== Office.HostType.Outlook) return { ok: false, reason: `Office host is ${info.host ?? 'null'} (not inside Outlook)` };

  const mailbox = Office.context.mailbox;
  const profile = mailbox.userProfile;
  const email = profile.emailAddress.toLowerCase();
  const item = mailbox.item;
  const host: HostCapabilities = {
    kind: 'outlook',
    // Outlook knows no Entra object id here; the home loader resolves the person with /me.
    user: { id: '', name: profile.displayName || email, email },
    locale: localeFrom(Office.context.displayLanguage),
    theme: isDarkBackground(Office.context.officeTheme?.bodyBackgroundColor) ? 'dark' : 'light',
    openDeepLink(target) {
      if (/^https:\/\//i.test(target.path)) Office.context.ui.openBrowserWindow(target.path);
      else window.location.hash = target.path;
      return Promise.resolve();
    },
    notify(message, intent) {
      options.notifications?.publish({ message, intent });
    },
  };
  if (!item) return { ok: true, host };
  if (isReadMode(item)) {
    if (isAppointment(item)) return { ok: true, host };
    return { ok: true, host: { ...host, currentMessage: () => readMessage(mailbox, item as Office.MessageRead) } };
  }
  if (isAppointment(item)) {
    const appointment = item as Office.AppointmentCompose;
    return {
      ok: true,
      host: {
        ...host,
        currentAppointment: () => readAppointment(appointment),
        fillAppointment: (d) => writeAppointment(appointment, d),
        saveAppointment: () => saveAppointment(mailbox, appointment),
      },
    };
  }
  return { ok: true, host: { ...host, composeInto: (draft) => writeCompose(item as Office.MessageCompose, draft) } };
}
