import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ForumRef, SignedInUser } from '../../../domain/types';
import { ConflictError } from '../../../store/failures';
import { useAction } from '../../components/use-action';
import { useLocale } from '../../components/use-locale';
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
 * is one click from open again); a conflict reloads the list and says so, in the live region. `by`: the secretariat
 * writes the action itself; its owner (the person) writes their own mark (ActionMarks).
 */
export function useComplete(forum: ForumRef, reload: () => void, by: 'secretariat' | SignedInUser): Completion {
  const { t } = useTranslation('actions');
  const locale = useLocale();
  const { stores } = useServices();
  const [undoable, setUndoable] = useState<ActionItem>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const offerUndo = (done: ActionItem | undefined) => {
    clearTimeout(timer.current);
    setUndoable(done);
    if (done) timer.current = setTimeout(() => setUndoable(undefined), UNDO_MS);
  };
  const write = useAction(
    (op: 'complete' | 'reopen', action: ActionItem) => {
      if (by !== 'secretariat') return stores.actions.mark(forum, action, op === 'complete' ? 'done' : 'open', by);
      return op === 'complete' ? stores.actions.complete(forum, action) : stores.actions.reopen(forum, action);
    },
    {
      success: (changed, op) =>
        op === 'complete'
          ? t('section.done', { title: changed.title, date: formatLongDate(changed.doneAt ?? new Date().toISOString(), locale) })
          : t('section.reopened', { title: changed.title }),
      failure: (e) => (e instanceof ConflictError ? t('section.conflict') : undefined),
      onSuccess: (changed, op) => {
        if (op === 'complete') offerUndo(changed);
      },
      onSettled: reload,
    },
  );
  const { status: message, error } = write;
  const busy = write.pending[0]?.[1].id;
  const complete = async (action: ActionItem) => {
    if (write.busy) return;
    offerUndo(undefined);
    await write.run('complete', action);
  };
  const undo = async () => {
    const done = undoable;
    if (!done || write.busy) return;
    offerUndo(undefined);
    await write.run('reopen', done);
  };
  return { busy, message, error, complete, ...(undoable ? { undo } : {}) };
}
