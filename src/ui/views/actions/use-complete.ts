import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ForumRef } from '../../../domain/types';
import { ConflictError } from '../../../store/errors';
import { useLocale } from '../../components/use-locale';
import { errorKey } from '../../errors/describe-error';
import { formatLongDate } from '../../format/dates';
import { useServices } from '../../services';

/** How long "Fortryd" is offered after an action was marked done. */
export const UNDO_MS = 10_000;

export interface Completion {
  readonly busy: string | undefined;
  readonly message: string | undefined;
  readonly error: string | undefined;
  complete(a: ActionItem): Promise<void>;
  /** Offered for ten seconds after "Markér som udført": opens the action again. */
  readonly undo?: () => Promise<void>;
}

/**
 * "Markér som udført": records the date (If-Match), then offers "Fortryd" for ten seconds (an action marked by mistake
 * is one click from open again); a conflict reloads the list and says so, in the live region.
 */
export function useComplete(forum: ForumRef, reload: () => void): Completion {
  const { t } = useTranslation();
  const locale = useLocale();
  const { stores } = useServices();
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const [undoable, setUndoable] = useState<ActionItem>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const offerUndo = (done: ActionItem | undefined) => {
    clearTimeout(timer.current);
    setUndoable(done);
    if (done) timer.current = setTimeout(() => setUndoable(undefined), UNDO_MS);
  };
  const complete = async (action: ActionItem) => {
    if (busy) return;
    setBusy(action.id);
    setError(undefined);
    setMessage(undefined);
    offerUndo(undefined);
    try {
      const done = await stores.actions.complete(forum, action);
      setMessage(t('actions.section.done', { title: done.title, date: formatLongDate(done.doneAt ?? new Date().toISOString(), locale) }));
      offerUndo(done);
    } catch (e) {
      setError(e instanceof ConflictError ? t('actions.section.conflict') : t(`error.${errorKey(e)}`));
    } finally {
      setBusy(undefined);
      reload();
    }
  };
  const undo = async () => {
    const done = undoable;
    if (!done || busy) return;
    offerUndo(undefined);
    setBusy(done.id);
    setError(undefined);
    try {
      const open = await stores.actions.reopen(forum, done);
      setMessage(t('actions.section.reopened', { title: open.title }));
    } catch (e) {
      setMessage(undefined);
      setError(e instanceof ConflictError ? t('actions.section.conflict') : t(`error.${errorKey(e)}`));
    } finally {
      setBusy(undefined);
      reload();
    }
  };
  return { busy, message, error, complete, ...(undoable ? { undo } : {}) };
}
