import { GraphHttpError } from './types';
import type { SandboxResponse } from './types';

/** Graph's error body: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  ids: { readonly requestId: string; readonly clientRequestId: string; readonly date: Date },
  headers: Readonly<Record<string, string>> = {},
): SandboxResponse {
  return {
    status,
    headers,
    body: {
      error: {
        code,
        message,
        innerError: {
          date: ids.date.toISOString().replace(/\.\d{3}Z$/, ''),
          'request-id': ids.requestId,
          'client-request-id': ids.clientRequestId,
        },
      },
    },
  };
}

export function badRequest(message: string, code = 'BadRequest'): GraphHttpError {
  return new GraphHttpError(400, code, message);
}

export function notFound(message: string, code = 'itemNotFound'): GraphHttpError {
  return new GraphHttpError(404, code, message);
}

export function accessDenied(): GraphHttpError {
  return new GraphHttpError(
    403,
    'accessDenied',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );
}

/** Graph's answer to a path it has no resource for. */
export function unknownSegment(segment: string): GraphHttpError {
  return new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
}
