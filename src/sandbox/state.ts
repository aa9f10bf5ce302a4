import type { DirectoryState } from './directory/state';
import type { SitesState } from './sites/state';
import type { CalendarState } from './calendar/state';
import type { MailState } from './mail/state';
import type { OnlineMeetingsState } from './meetings/state';

/** Everything the sandbox persists. JSON-serialisable; each module owns its part. */
export interface SandboxState {
  readonly version: 1;
  directory: DirectoryState;
  sites: SitesState;
  calendar: CalendarState;
  mail: MailState;
  /** Teams meetings made with `POST /me/onlineMeetings`; absent in state files written before they existed. */
  onlineMeetings?: OnlineMeetingsState;
}

/** Durable access to the state: reads are direct; writes go through `mutate`. */
export interface SandboxDb {
  readonly state: SandboxState;
  /**
   * Applies `fn` to the state and resolves only after the change is durably on disk
   * (so a response acknowledges only what survives a kill). If `fn` throws, nothing changes.
   */
  mutate<T>(fn: (state: SandboxState) => T): Promise<T>;
}
