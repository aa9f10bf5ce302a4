import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ForumRef } from '../../../domain/types';
import { ConflictError } from '../../../store/errors';
import { useLocale } from '../../components/use-locale';
import { errorKey } from '../../errors/describe-error';
import { formatLongDate } from '../../format/dates';
import { useServices } from '../../services';

/** "Markér som udført": records the date (If-Match); a conflict reloads the list and says so, in the live region. */
export function useComplete(forum: ForumRef, reload: () => void): { busy: string | undefined; message: string | undefined; error: string | undefined; complete: (a: ActionItem) => Promise<void> } {
  const { t } = useTranslation();
  const locale = useLocale();
  const { stores } = useServices();
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const complete = async (action: ActionItem) => {
    if (!stores.actions || busy) return;
    setBusy(action.id);
    setError(undefined);
    setMessage(undefined);
    try {
      const done = await stores.actions.complete(forum, action);
      setMessage(t('actions.section.done', { title: done.title, date: formatLongDate(done.doneAt ?? new Date().toISOString(), locale) }));
    } catch (e) {
      setError(e instanceof ConflictError ? t('actions.section.conflict') : t(`error.${errorKey(e)}`));
    } finally {
      setBusy(undefined);
      reload();
    }
  };
  return { busy, message, error, complete };
}
