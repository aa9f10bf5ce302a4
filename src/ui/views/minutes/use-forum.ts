import { useCallback } from 'react';
import type { Forum, ForumRef } from '../../../domain/types';
import { useAsync } from '../../components/use-async';
import { useServices } from '../../services';

/** The forum itself: given (the caller has it loaded), or loaded from its reference. */
export function useForum(forum: Forum | ForumRef): Forum | undefined {
  const { stores } = useServices();
  const given = 'members' in forum ? forum : undefined;
  const load = useCallback(
    (): Promise<Forum | undefined> => (given ? Promise.resolve(given) : stores.forums.load(forum)),
    [given, stores, forum],
  );
  const [state] = useAsync(load);
  return given ?? (state.status === 'ready' ? state.value : undefined);
}
