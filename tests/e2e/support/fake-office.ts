import type { Page } from '@playwright/test';

/** Microsoft's CDN address of office.js, as the task pane page loads it. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface SimulatedMessage {
  readonly subject: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly internetMessageId: string;
}

/**
 * A stand-in for office.js, served at the CDN address (CI has no internet): an Outlook mailbox with the
 * signed-in user and, in read mode, one open message. It implements only what the add-in calls.
 */
function fakeOfficeJs(user: { name: string; email: string }, message: SimulatedMessage | undefined): string {
  const item = message
    ? { itemType: 'message', itemId: 'AAMkAGI2TG93AAA=', subject: message.subject, from: { displayName: message.from.name, emailAddress: message.from.address }, internetMessageId: message.internetMessageId }
    : null;
  return `(() => {
    const context = {
      displayLanguage: 'da-DK',
      officeTheme: { bodyBackgroundColor: '#ffffff' },
      requirements: { isSetSupported: () => false },
      ui: { openBrowserWindow: (url) => window.open(url, '_blank') },
      mailbox: {
        userProfile: { displayName: ${JSON.stringify(user.name)}, emailAddress: ${JSON.stringify(user.email)} },
        item: ${JSON.stringify(item)},
        convertToRestId: (id) => id.replace(/\\//g, '-').replace(/\\+/g, '_'),
      },
    };
    window.Office = {
      HostType: { Outlook: 'Outlook' },
      PlatformType: { OfficeOnline: 'OfficeOnline' },
      MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' }, RestVersion: { v2_0: 'v2.0' } },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context,
      onReady: (callback) => {
        const info = { host: 'Outlook', platform: 'OfficeOnline' };
        if (callback) callback(info);
        return Promise.resolve(info);
      },
    };
  })();`;
}

export async function simulateOutlook(page: Page, user: { name: string; email: string }, message?: SimulatedMessage): Promise<void> {
  await page.route(OFFICE_JS_URL, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeJs(user, message) }));
}

/** Outside Outlook: the CDN cannot be reached (as in CI, or offline), so office.js never loads. */
export async function officeUnreachable(page: Page): Promise<void> {
  await page.route(OFFICE_JS_URL, (route) => route.abort('internetdisconnected'));
}
