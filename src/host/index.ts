export type { AppointmentDraft, DeepLink, HostCapabilities, HostKind, MessageRef, StructuredMail, Theme } from './capabilities';
export { browserTheme, createBrowserHost, type BrowserHostOptions } from './browser-host';
export { createFakeHost, type FakeHost } from './fake-host';
export { localeFrom } from './locale';
export { createNotificationBus, type Notice, type NotificationBus } from './notifications';
export type { HostProbe } from './probe';
