import { GraphHttpError } from './types';
import type { ControlRoute } from './types';

/** Content types a web page can send to another origin without a CORS preflight ("simple" requests). */
const SIMPLE_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

const mediaType = (contentType: string | undefined): string => (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * The control endpoints change the sandbox's state without authentication, so no other web page may
 * reach them: a page can POST a form (or `fetch` with a simple content type) to any origin without a
 * preflight, and CORS only hides the answer. A POST, PUT or PATCH therefore must carry the route's own
 * content type (JSON, or `message/rfc822` for raw mail), which needs a preflight the sandbox grants only
 * to the app's origin. A DELETE is always preflighted; one with a body must still say what it sends.
 * Answers 415 with Graph's error body, or undefined when the request may proceed.
 */
export function unacceptableBodyError(
  method: string,
  route: Pick<ControlRoute, 'bodyType'>,
  contentType: string | undefined,
  bodyLength: number,
): GraphHttpError | undefined {
  const verb = method.toUpperCase();
  const expected = route.bodyType ?? 'application/json';
  const sent = mediaType(contentType);
  const needsType = verb === 'POST' || verb === 'PUT' || verb === 'PATCH' || (verb === 'DELETE' && (bodyLength > 0 || sent !== ''));
  if (!needsType || sent === expected) return undefined;
  const what =
    sent === ''
      ? 'no Content-Type'
      : SIMPLE_TYPES.includes(sent)
        ? `Content-Type ${sent}, which any web page can send`
        : `Content-Type ${sent}`;
  return new GraphHttpError(
    415,
    'UnsupportedMediaType',
    `This sandbox control endpoint takes Content-Type: ${expected}; the request has ${what}.`,
  );
}
