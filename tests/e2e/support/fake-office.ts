import type { Page } from '@playwright/test';

/** Microsoft's CDN address of office.js, as the task pane page loads it. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface SimulatedMessage {
  readonly subject: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly internetMessageId: string;
  /** The EWS id Outlook gives the item (convertToRestId turns "/" into "-" and "+" into "_"); a fixed one if absent. */
  readonly itemId?: string;
  /** The shared mailbox the message is in: Outlook's shared properties (Mailbox 1.8) name it as the owner. */
  readonly sharedMailbox?: string;
}

/** What the simulated compose window holds now (read back from the page by the test). */
export interface ComposeState {
  readonly subject: string;
  readonly to: readonly string[];
  readonly body: string;
  readonly bodyType: string;
}

/** A new appointment in Outlook's organizer (compose) view, as the person left it before opening the add-in. */
export interface SimulatedAppointment {
  readonly subject: string;
  /** ISO UTC. */
  readonly start: string;
  readonly end: string;
  readonly location: string;
  /** The EWS id Outlook gives the item when it is first saved. */
  readonly ewsId: string;
}

/** What the simulated appointment holds now (read back from the page by the test). */
export interface AppointmentState {
  readonly subject: string;
  readonly start: string;
  readonly end: string;
  readonly location: string;
  readonly requiredAttendees: readonly string[];
  readonly optionalAttendees: readonly string[];
  readonly body: string;
  readonly bodyType: string;
  readonly saves: number;
  readonly itemId: string | null;
}

/**
 * An appointment in organizer mode, modelled on Office.js's AppointmentCompose: subject, location and body
 * (getAsync/setAsync with a coercion type), start and end (Time: Date values), required and optional attendees
 * (Recipients: set from strings, read as EmailAddressDetails), organizer, and saveAsync (Mailbox 1.3), which
 * answers the item's EWS id — the same one on every save, as Outlook does once the item exists. Every call
 * answers through an AsyncResult callback; options may be left out.
 */
function appointmentScript(a: SimulatedAppointment, user: { name: string; email: string }): string {
  return `(() => {
    const state = {
      subject: ${JSON.stringify(a.subject)},
      start: new Date(${JSON.stringify(a.start)}),
      end: new Date(${JSON.stringify(a.end)}),
      location: ${JSON.stringify(a.location)},
      requiredAttendees: [],
      optionalAttendees: [],
      body: '',
      bodyType: 'text',
      saves: 0,
      itemId: null,
    };
    const callbackOf = (args) => [...args].reverse().find((x) => typeof x === 'function');
    const answer = (args, value) => setTimeout(() => callbackOf(args)?.({ status: 'succeeded', value, asyncContext: undefined }), 0);
    const fail = (args, name, message) => setTimeout(() => callbackOf(args)?.({ status: 'failed', error: { name, message, code: 9000 } }), 0);
    const text = (name) => ({
      getAsync: (...args) => answer(args, state[name]),
      setAsync: (value, ...args) => {
        if (typeof value !== 'string') return fail(args, 'InvalidDataFormat', name + ' must be a string');
        if (name === 'subject' && value.length > 255) return fail(args, 'DataExceedsMaximumSize', 'subject too long');
        state[name] = value;
        answer(args);
      },
    });
    const time = (name) => ({
      getAsync: (...args) => answer(args, new Date(state[name].getTime())),
      setAsync: (value, ...args) => {
        if (!(value instanceof Date) || Number.isNaN(value.getTime())) return fail(args, 'InvalidDataFormat', name + ' must be a Date');
        state[name] = new Date(value.getTime());
        answer(args);
      },
    });
    const recipients = (name) => ({
      getAsync: (...args) => answer(args, state[name].map((r) => ({ emailAddress: r, displayName: r, recipientType: 'other' }))),
      setAsync: (list, ...args) => {
        if (!Array.isArray(list)) return fail(args, 'InvalidDataFormat', 'recipients must be an array');
        const addresses = list.map((r) => (typeof r === 'string' ? r : r && (r.emailAddress || r.address)));
        if (addresses.some((r) => typeof r !== 'string' || !r.includes('@'))) return fail(args, 'InvalidFormatError', 'not an e-mail address');
        if (addresses.length > 500) return fail(args, 'NumberOfRecipientsExceeded', 'too many recipients');
        state[name] = addresses;
        answer(args);
      },
      addAsync: (list, ...args) => {
        state[name] = [...state[name], ...list.map((r) => (typeof r === 'string' ? r : r.emailAddress))];
        answer(args);
      },
    });
    const body = {
      getAsync: (coercionType, ...args) =>
        answer(args, coercionType === 'html' ? state.body : state.body.replace(/<[^>]*>/g, '')),
      getTypeAsync: (...args) => answer(args, state.bodyType),
      setAsync: (data, ...args) => {
        const options = args.find((x) => x && typeof x === 'object') || {};
        if (typeof data !== 'string') return fail(args, 'InvalidDataFormat', 'body must be a string');
        if (data.length > 1000000) return fail(args, 'DataExceedsMaximumSize', 'body too long');
        state.body = data;
        state.bodyType = options.coercionType === 'html' ? 'html' : 'text';
        answer(args);
      },
    };
    window.__outlookAppointment = () => ({
      ...state,
      start: state.start.toISOString(),
      end: state.end.toISOString(),
      requiredAttendees: [...state.requiredAttendees],
      optionalAttendees: [...state.optionalAttendees],
    });
    return {
      itemType: 'appointment',
      subject: text('subject'),
      location: text('location'),
      start: time('start'),
      end: time('end'),
      requiredAttendees: recipients('requiredAttendees'),
      optionalAttendees: recipients('optionalAttendees'),
      body,
      organizer: { getAsync: (...args) => answer(args, { emailAddress: ${JSON.stringify(user.email)}, displayName: ${JSON.stringify(user.name)} }) },
      saveAsync: (...args) => {
        state.saves += 1;
        state.itemId = ${JSON.stringify(a.ewsId)};
        answer(args, state.itemId);
      },
    };
  })()`;
}

/**
 * A message in read mode, modelled on Office.js's MessageRead: subject, from and internetMessageId as values,
 * itemId (the EWS id), and — in a shared mailbox only — getSharedPropertiesAsync answering the owner.
 */
function messageScript(message: SimulatedMessage | undefined): string {
  if (!message) return 'null';
  const item = {
    itemType: 'message',
    itemId: message.itemId ?? 'AAMkAGI2TG93AAA=',
    subject: message.subject,
    from: { displayName: message.from.name, emailAddress: message.from.address },
    internetMessageId: message.internetMessageId,
  };
  const owner = message.sharedMailbox;
  return `(() => {
    const item = ${JSON.stringify(item)};
    ${
      owner
        ? `item.getSharedPropertiesAsync = (...args) => {
      const callback = [...args].reverse().find((x) => typeof x === 'function');
      setTimeout(() => callback({ status: 'succeeded', value: { owner: ${JSON.stringify(owner)}, targetMailbox: ${JSON.stringify(owner)}, delegatePermissions: 1 } }), 0);
    };`
        : ''
    }
    return item;
  })()`;
}

/**
 * A new message in compose mode, modelled on Office.js's MessageCompose: subject (getAsync/setAsync), to
 * (Recipients: set from strings, read as EmailAddressDetails), body (getAsync/setAsync/setSelectedDataAsync
 * with a coercion type). Every call answers through an AsyncResult callback; options may be left out.
 */
function composeScript(): string {
  return `(() => {
    const state = { subject: '', to: [], body: '', bodyType: 'html' };
    const callbackOf = (args) => [...args].reverse().find((x) => typeof x === 'function');
    const answer = (args, value) => setTimeout(() => callbackOf(args)?.({ status: 'succeeded', value, asyncContext: undefined }), 0);
    const fail = (args, name, message) => setTimeout(() => callbackOf(args)?.({ status: 'failed', error: { name, message, code: 9000 } }), 0);
    const optionsOf = (args) => args.find((x) => x && typeof x === 'object') || {};
    const setBody = (data, args, replace) => {
      if (typeof data !== 'string') return fail(args, 'InvalidDataFormat', 'body must be a string');
      if (data.length > 1000000) return fail(args, 'DataExceedsMaximumSize', 'body too long');
      state.body = replace ? data : state.body + data;
      state.bodyType = optionsOf(args).coercionType === 'text' ? 'text' : 'html';
      answer(args);
    };
    window.__outlookCompose = () => ({ ...state, to: [...state.to] });
    return {
      itemType: 'message',
      subject: {
        getAsync: (...args) => answer(args, state.subject),
        setAsync: (value, ...args) => {
          if (typeof value !== 'string') return fail(args, 'InvalidDataFormat', 'subject must be a string');
          if (value.length > 255) return fail(args, 'DataExceedsMaximumSize', 'subject too long');
          state.subject = value;
          answer(args);
        },
      },
      to: {
        getAsync: (...args) => answer(args, state.to.map((r) => ({ emailAddress: r, displayName: r, recipientType: 'other' }))),
        setAsync: (list, ...args) => {
          if (!Array.isArray(list)) return fail(args, 'InvalidDataFormat', 'recipients must be an array');
          const addresses = list.map((r) => (typeof r === 'string' ? r : r && (r.emailAddress || r.address)));
          if (addresses.some((r) => typeof r !== 'string' || !r.includes('@'))) return fail(args, 'InvalidFormatError', 'not an e-mail address');
          state.to = addresses;
          answer(args);
        },
      },
      body: {
        getAsync: (coercionType, ...args) => answer(args, coercionType === 'html' ? state.body : state.body.replace(/<[^>]*>/g, '')),
        getTypeAsync: (...args) => answer(args, state.bodyType),
        setAsync: (data, ...args) => setBody(data, args, true),
        setSelectedDataAsync: (data, ...args) => setBody(data, args, false),
      },
    };
  })()`;
}

/**
 * A stand-in for office.js, served at the CDN address (CI has no internet): an Outlook mailbox with the
 * signed-in user and the open item — a message in read mode, or an appointment being organised. It implements
 * only what the add-in calls.
 */
function fakeOfficeJs(user: { name: string; email: string }, itemScript: string): string {
  return `(() => {
    const context = {
      displayLanguage: 'da-DK',
      officeTheme: { bodyBackgroundColor: '#ffffff' },
      requirements: { isSetSupported: () => false },
      ui: { openBrowserWindow: (url) => window.open(url, '_blank') },
      mailbox: {
        userProfile: { displayName: ${JSON.stringify(user.name)}, emailAddress: ${JSON.stringify(user.email)} },
        item: ${itemScript},
        convertToRestId: (id, version) => {
          if (version !== 'v2.0') throw new Error('convertToRestId: unknown REST version');
          return id.replace(/\\//g, '-').replace(/\\+/g, '_');
        },
      },
    };
    window.Office = {
      HostType: { Outlook: 'Outlook' },
      PlatformType: { OfficeOnline: 'OfficeOnline' },
      CoercionType: { Html: 'html', Text: 'text' },
      MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' }, RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' } },
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
  await page.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeJs(user, messageScript(message)) }),
  );
}

/** Outlook with a new message being written (compose mode). */
export async function simulateOutlookCompose(page: Page, user: { name: string; email: string }): Promise<void> {
  await page.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeJs(user, composeScript()) }),
  );
}

/** What the simulated compose window holds now. */
export function composeState(page: Page): Promise<ComposeState> {
  return page.evaluate(() => (window as unknown as { __outlookCompose: () => ComposeState }).__outlookCompose());
}

/** Outlook with a new appointment open in the organizer view. */
export async function simulateOutlookAppointment(
  page: Page,
  user: { name: string; email: string },
  appointment: SimulatedAppointment,
): Promise<void> {
  await page.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOfficeJs(user, appointmentScript(appointment, user)) }),
  );
}

/** What the simulated appointment holds now. */
export function appointmentState(page: Page): Promise<AppointmentState> {
  return page.evaluate(() => (window as unknown as { __outlookAppointment: () => AppointmentState }).__outlookAppointment());
}

/** Outside Outlook: the CDN cannot be reached (as in CI, or offline), so office.js never loads. */
export async function officeUnreachable(page: Page): Promise<void> {
  await page.route(OFFICE_JS_URL, (route) => route.abort('internetdisconnected'));
}
