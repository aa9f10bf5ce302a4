import type { IncomingMessage } from 'node:http';

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;
const ALLOW_HEADERS = ['Authorization', 'If-Match', 'If-None-Match', 'Content-Type', 'Prefer', 'ConsistencyLevel', 'client-request-id', 'return-client-request-id', 'SdkVersion'];
const EXPOSE_HEADERS = ['ETag', 'Retry-After', 'request-id', 'client-request-id', 'Location'];

/** CORS headers for the local web app (any localhost origin); none for other origins. */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (!origin || !LOCAL_ORIGIN.test(origin)) return {};
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
