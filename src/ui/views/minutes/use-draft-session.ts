import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ForumRef } from '../../../domain/types';
import type { MinutesDraft, MinutesDraftApi } from '../../../store/minutes/draft-types';
import { useServices } from '../../services';
import { DraftSession } from './draft-session';

/**
 * The minutes draft as it is typed, wherever it is typed (the minutes editor, the Teams meeting panel): one
 * `DraftSession` per draft with its autosave, the view re-rendered as it changes, what waits for its debounce saved
 * when the view goes, and leaving the page with something unsaved asks first.
 */
export function useDraftSession(draft: MinutesDraft, forum: ForumRef, store: MinutesDraftApi): DraftSession {
  const { clock } = useServices();
  const session = useMemo(() => new DraftSession(draft, forum, store, clock ?? (() => new Date())), [draft, forum, store, clock]);
  // Unmounting saves what is still waiting for its debounce (the controllers live on until their saves settle).
  useEffect(() => () => session.flushAll(), [session]);
  useSyncExternalStore(session.subscribe, session.getVersion, session.getVersion);
  useEffect(() => {
    const onUnload = (e: BeforeUnloadEvent) => {
      session.flushAll();
      if (session.pending) e.preventDefault();
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [session]);
  return session;
}
