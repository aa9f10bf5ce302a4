/** A hand-made `Office` global with just what the Outlook adapter touches. */
type Callback = (r: { status: string; value?: unknown; error?: { message: string } }) => void;

export interface FakeOffice {
  readonly writes: string[];
  install(): void;
  uninstall(): void;
}

function field(name: string, value: unknown, writes: string[]) {
  return {
    getAsync: (...args: unknown[]) => (args[args.length - 1] as Callback)({ status: 'succeeded', value }),
    setAsync: (v: unknown, ...rest: unknown[]) => {
      writes.push(`${name}=${v instanceof Date ? v.toISOString() : JSON.stringify(v)}`);
      (rest[rest.length - 1] as Callback)({ status: 'succeeded' });
    },
  };
}

export function fakeOffice(opts: {
  host?: string | null;
  mode: 'read' | 'compose' | 'organizer' | 'none';
  ready?: boolean;
  saveFails?: boolean;
  sharedOwner?: string | Error;
}): FakeOffice {
  const writes: string[] = [];
  const readItem = {
    itemType: 'message',
    itemId: 'AAMk/ews+id',
    subject: 'Sagsfremstilling: Fælles forløb for KOL',
    from: { displayName: 'Lars Harbo', emailAddress: 'Lars.Harbo@skovlund.example' },
    internetMessageId: '<abc@skovlund.example>',
    // Mailbox 1.8: only where the item is in a shared mailbox or delegated folder.
    ...(opts.sharedOwner !== undefined
      ? {
          getSharedPropertiesAsync: (...args: unknown[]) => {
            const owner = opts.sharedOwner;
            (args[args.length - 1] as Callback)(
              owner instanceof Error
                ? { status: 'failed', error: { message: owner.message } }
                : { status: 'succeeded', value: { owner, targetMailbox: owner } },
            );
          },
        }
      : {}),
  };
  const composeItem = {
    itemType: 'message',
    subject: field('subject', '', writes),
    body: field('body', '', writes),
    to: field('to', [], writes),
  };
  const organizerItem = {
    itemType: 'appointment',
    subject: field('subject', 'Klyngestyregruppemøde', writes),
    start: field('start', new Date('2026-03-12T08:00:00Z'), writes),
    end: field('end', new Date('2026-03-12T10:00:00Z'), writes),
    location: field('location', 'Fjordhospitalet', writes),
    requiredAttendees: field(
      'requiredAttendees',
      [{ emailAddress: 'Jonas.Vestergaard@regionfjord.example', displayName: 'Jonas' }],
      writes,
    ),
    optionalAttendees: field('optionalAttendees', [], writes),
    body: field('body', '', writes),
    saveAsync: (...args: unknown[]) => {
      writes.push('save');
      (args[args.length - 1] as Callback)(
        opts.saveFails
          ? { status: 'failed', error: { message: 'The item could not be saved' } }
          : { status: 'succeeded', value: 'AAMk/appt+id=' },
      );
    },
  };
  const item = { read: readItem, compose: composeItem, organizer: organizerItem, none: null }[opts.mode];
  const office = {
    HostType: { Outlook: 'Outlook' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    MailboxEnums: { ItemType: { Message: 'message', Appointment: 'appointment' }, RestVersion: { v2_0: 'v2.0' } },
    onReady: () =>
      opts.ready === false
        ? new Promise(() => undefined)
        : Promise.resolve({ host: opts.host === undefined ? 'Outlook' : opts.host, platform: 'OfficeOnline' }),
    context: {
      displayLanguage: 'da-DK',
      officeTheme: { bodyBackgroundColor: '#1f1f1f' },
      ui: { openBrowserWindow: (url: string) => writes.push(`open ${url}`) },
      mailbox: {
        userProfile: { displayName: 'Katrine Holm', emailAddress: 'Katrine.Holm@regionfjord.example' },
        item,
        convertToRestId: (id: string, version: string) => {
          writes.push(`convertToRestId ${version}`);
          return id.replace(/\//g, '-').replace(/\+/g, '_');
        },
      },
    },
  };
  return {
    writes,
    install: () => Object.assign(globalThis, { Office: office }),
    uninstall: () => {
      delete (globalThis as { Office?: unknown }).Office;
    },
  };
}
