import type { HostCapabilities } from './capabilities';

/** The result of asking "are we inside this host?": the host, or why not (for the log and the fallback). */
export type HostProbe = { readonly ok: true; readonly host: HostCapabilities } | { readonly ok: false; readonly reason: string };

/** Resolves with the promise's value, or with `onTimeout()` after `ms` (host SDKs can wait a minute outside their host). */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => resolve(onTimeout()), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
