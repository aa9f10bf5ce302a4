import { GraphError, isUncertain } from '../graph/graph-types';

/**
 * Store-level failures in domain terms. The UI turns these into Danish text people can act on; it never sees
 * a status code.
 */

/** Someone else changed the item since it was read (Graph answered 412 to our If-Match). */
export class ConflictError extends Error {
  constructor(
    readonly list: string,
    readonly itemId: string,
    override readonly cause?: unknown,
  ) {
    super(`${list} item ${itemId} was changed by someone else`);
    this.name = 'ConflictError';
  }
}

/** The signed-in person may not read a forum (not a member of its group). */
export class ForumAccessError extends Error {
  constructor(readonly groupId: string) {
    super(`No access to forum ${groupId}`);
    this.name = 'ForumAccessError';
  }
}

/**
 * The HTTP status of a failed Graph call (0 = no connection), for the UI to choose its words; undefined
 * when the error did not come from Graph. Keeps GraphError itself below the store.
 */
export function failureStatus(error: unknown): number | undefined {
  return error instanceof GraphError ? error.status : undefined;
}

/** The call may have been carried out, its answer lost (UncertainOutcomeError): the next try looks before it acts. */
export function outcomeUncertain(error: unknown): boolean {
  return isUncertain(error);
}
