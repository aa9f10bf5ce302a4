/** A short message for the person, shown by the app's toaster (and by the host where it has its own bar). */
export interface Notice {
  readonly message: string;
  readonly intent: 'info' | 'success' | 'error';
}

export type NoticeListener = (notice: Notice) => void;

/** The channel between a host's `notify` and the UI's toaster; created at the entry and given to both. */
export interface NotificationBus {
  publish(notice: Notice): void;
  /** Listens from now on; a first listener also gets the notices published while nobody listened. */
  subscribe(listener: NoticeListener): () => void;
  /**
   * Calls back once, at the first notice (at once if one came already). The UI mounts its toaster then, so the
   * first paint does not wait for Fluent's toast and motion code; the notice waits for the toaster in the bus.
   */
  onFirstNotice(callback: () => void): () => void;
}

/** Notices kept while nobody listens (the toaster's code is on its way); older ones are dropped. */
const HELD_AT_MOST = 5;

export function createNotificationBus(): NotificationBus {
  const listeners = new Set<NoticeListener>();
  const waiting = new Set<() => void>();
  let held: Notice[] = [];
  let noticed = false;
  return {
    publish: (notice) => {
      noticed = true;
      if (listeners.size === 0) held = [...held, notice].slice(-HELD_AT_MOST);
      listeners.forEach((l) => l(notice));
      const callbacks = [...waiting];
      waiting.clear();
      callbacks.forEach((c) => c());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      const replay = held;
      held = [];
      replay.forEach(listener);
      return () => listeners.delete(listener);
    },
    onFirstNotice: (callback) => {
      if (noticed) {
        callback();
        return () => undefined;
      }
      waiting.add(callback);
      return () => waiting.delete(callback);
    },
  };
}
