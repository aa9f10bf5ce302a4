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
}

/** Notices kept while nobody listens (the toaster is a lazy chunk, on its way after the first paint); older ones are dropped. */
const HELD_AT_MOST = 5;

export function createNotificationBus(): NotificationBus {
  const listeners = new Set<NoticeListener>();
  let held: Notice[] = [];
  return {
    publish: (notice) => {
      if (listeners.size === 0) held = [...held, notice].slice(-HELD_AT_MOST);
      listeners.forEach((l) => l(notice));
    },
    subscribe: (listener) => {
      listeners.add(listener);
      const replay = held;
      held = [];
      replay.forEach(listener);
      return () => listeners.delete(listener);
    },
  };
}
