import { GraphHttpError } from './types';

/**
 * The sandbox answers only requests addressed to this machine by name: `localhost`, `127.0.0.1` or
 * `[::1]`, with any port. A web page that points its own DNS name at 127.0.0.1 (DNS rebinding) reaches
 * the sandbox's port as a same-origin request, so CORS cannot stop it; its Host header still carries
 * the page's name, and that is refused before any routing.
 */
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

/** 421 Misdirected Request (Graph's error body) unless `host` names this machine. */
export function foreignHostError(host: string | undefined): GraphHttpError | undefined {
  if (host !== undefined && LOCAL_HOST.test(host)) return undefined;
  return new GraphHttpError(421, 'MisdirectedRequest', 'The sandbox answers only requests addressed to localhost, 127.0.0.1 or [::1].');
}
