import { GraphError, UncertainOutcomeError } from '../../../../src/graph/graph-types';
import { ConflictError } from '../../../../src/store/failures';
import { errorKey } from '../../../../src/ui/errors/describe-error';

/** Every failure becomes a sentence a person can act on (STYLE §7): which one, by what went wrong. */
describe('errorKey', () => {
  it.each<[string, unknown, string]>([
    [
      'a lost answer to a send (it may have gone)',
      new UncertainOutcomeError(new GraphError(504, 'gatewayTimeout', 'Gateway Timeout')),
      'uncertain',
    ],
    ['a refusal Graph gave before acting', new GraphError(503, 'serviceNotAvailable', 'busy'), 'server'],
    ['someone else changed it', new ConflictError('Meetings', '3'), 'conflict'],
    ['no connection', new GraphError(0, 'network', 'failed to fetch'), 'offline'],
    ['throttled', new GraphError(429, 'TooManyRequests', 'slow down'), 'throttled'],
    ['not allowed', new GraphError(403, 'accessDenied', 'Access denied'), 'forbidden'],
  ])('%s → %s', (_what, error, key) => {
    expect(errorKey(error)).toBe(key);
  });
});
