import type { IncomingMessage } from 'node:http';

const ALLOW_HEADERS = [
  'Authorization',
  'If-Match',
  'If-None-Match',
  'Content-Type',
  'Content-Range',
  'Prefer',
  'ConsistencyLevel',
  'client-request-id',
  'return-client-request-id',
  'SdkVersion',
];
const EXPOSE_HEADERS = ['ETag', 'Retry-After', 'request-id', 'client-request-id', 'Location'];

/**
 * CORS headers for the app's own origins (`allowedOrigins`, e.g. "http://localhost:3000"), none for any
 * other: a page elsewhere, even on another localhost port, neither reads answers nor passes a preflight.
 * Callers without an Origin header (Node, curl) are not browsers and need none.
 */
export function corsHeaders(req: IncomingMessage, allowedOrigins: readonly string[]): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !allowedOrigins.some((o) => o.toLowerCase() === origin.toLowerCase())) return {};
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': origin,
    Vary: 'Origin',
    'Access-Control-Expose-Headers': EXPOSE_HEADERS.join(', '),
  };
  if (req.method === 'OPTIONS') {
    const requested = req.headers['access-control-request-headers'];
    headers['Access-Control-Allow-Methods'] = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
    headers['Access-Control-Allow-Headers'] = [...ALLOW_HEADERS, ...(requested ? [requested] : [])].join(', ');
    headers['Access-Control-Max-Age'] = '600';
  }
  return headers;
}
