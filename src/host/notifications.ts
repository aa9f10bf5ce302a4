/** A short message for the person, shown by the app's toaster (and by the host where it has its own bar). */
export interface Notice {
  readonly message: string;
  readonly intent: 'info' | 'success' | 'error';
}

export type NoticeListener = (notice: Notice) => void;

/** The channel between a host's `notify` and the UI's toaster; created at the entry and given to both. */
export interface NotificationBus {
  publish(notice: Notice): void;
  subscribe(listener: NoticeListener): () => void;
}

export function createNotificationBus(): NotificationBus {
  const listeners = new Set<NoticeListener>();
  return {
    publish: (notice) => listeners.forEach((l) => l(notice)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
