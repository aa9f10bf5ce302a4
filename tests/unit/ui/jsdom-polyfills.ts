// jsdom has no ResizeObserver; Fluent's MessageBar measures itself for reflow. Import first in UI tests.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.assign(window, {
    ResizeObserver: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });
}
export {};
