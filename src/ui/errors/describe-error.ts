import { ConflictError, failureStatus, outcomeUncertain } from '../../store/failures';

export type ErrorKey = 'offline' | 'auth' | 'forbidden' | 'throttled' | 'server' | 'conflict' | 'uncertain' | 'unknown';

/** Any failure → the i18n key of a sentence saying what happened and what to do (STYLE §7). Never a status code. */
export function errorKey(error: unknown): ErrorKey {
  if (error instanceof ConflictError) return 'conflict';
  // A send or a create whose answer was lost: it may have happened; the next try looks before it acts.
  if (outcomeUncertain(error)) return 'uncertain';
  const status = failureStatus(error);
  if (status !== undefined) {
    if (status === 0) return 'offline';
    if (status === 401) return 'auth';
    if (status === 403) return 'forbidden';
    if (status === 409 || status === 412) return 'conflict';
    if (status === 429) return 'throttled';
    if (status >= 500) return 'server';
    return 'unknown';
  }
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return 'offline';
  return 'unknown';
}
