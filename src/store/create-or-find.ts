import { isUncertain } from '../graph/graph-types';

/**
 * A create through a POST that is not safe to repeat (no unique key: docs/ARCHITECTURE.md §5). When Graph may have
 * carried it out without saying so (`UncertainOutcomeError`: 503, 504, a lost connection), `find` looks for what it
 * would have made: found, that is the result; not found, nothing was made and the error stands — the caller's next
 * attempt, which looks first, creates it. Never created twice by a blind repeat.
 */
export async function createOrFind<T>(create: () => Promise<T>, find: () => Promise<T | undefined>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    if (!isUncertain(error)) throw error;
    const found = await find();
    if (found === undefined) throw error;
    return found;
  }
}
