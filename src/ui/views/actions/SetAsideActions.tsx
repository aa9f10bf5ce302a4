import { Body1Strong, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetAsideAction } from '../../../domain/action-marks';
import type { ForumHome } from '../../../store/home-data';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { useLocale } from '../../components/use-locale';
import { formatLongDate } from '../../format/dates';
import { useServices } from '../../services';
import { LiveStatus } from './LiveStatus';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyle: 'none',
    margin: 0,
    marginBlockStart: tokens.spacingVerticalS,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  text: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: '12rem' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

type Step = 'confirm' | 'discard';

/**
 * The secretariat's list of actions it did not write last (domain/action-marks.ts `actionsSetAside`): they count
 * nowhere until it has read each and confirmed it as its own or deleted it. Nothing when there are none. The text is
 * shown as text: a member may have written it.
 */
export function SetAsideActions({ home, onChanged }: { home: ForumHome; onChanged: () => void }) {
  const { t } = useTranslation('actions');
  const styles = useStyles();
  const locale = useLocale();
  const { stores } = useServices();
  const api = stores.actions;
  const forum = home.forum;
  const load = useCallback(() => api.setAside(forum), [api, forum]);
  const [state, reload] = useAsync(load);
  const write = useAction(
    async (step: Step, entry: SetAsideAction): Promise<void> => {
      if (step === 'confirm') await api.confirm(forum, entry);
      else await api.discard(forum, entry.action);
    },
    {
      key: (_step, entry) => entry.action.id,
      success: (_r, step, entry) => t(step === 'confirm' ? 'setAside.confirmed' : 'setAside.discarded', { title: entry.action.title }),
      failure: () => t('setAside.failed'),
      onSettled: () => {
        reload();
        onChanged();
      },
    },
  );
  // Deleting asks once more, in the row: "Ja, slet" takes focus; "Fortryd" hands it back to "Slet".
  const [deleting, setDeleting] = useState<string>();
  const sure = useRef<HTMLButtonElement>(null);
  const deleteButtons = useRef(new Map<string, HTMLElement>());
  const [backTo, setBackTo] = useState<string>();
  useEffect(() => {
    if (deleting) sure.current?.focus();
  }, [deleting]);
  useEffect(() => {
    if (!backTo) return;
    deleteButtons.current.get(backTo)?.focus();
    setBackTo(undefined);
  }, [backTo]);
  const entries = state.status === 'ready' ? state.value : [];
  if (entries.length === 0 && !write.status && !write.error) return null;

  return (
    <div className={styles.root}>
      <LiveStatus {...(write.error ? { error: write.error } : {})}>{write.status}</LiveStatus>
      {entries.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('setAside.title', { count: entries.length })}</MessageBarTitle> {t('setAside.body')}
            <ul className={styles.list} aria-label={t('setAside.title', { count: entries.length })}>
              {entries.map((entry) => {
                const { action } = entry;
                const busy = write.pending.some(([, e]) => e.action.id === action.id);
                return (
                  <li key={action.id} className={styles.row}>
                    <span className={styles.text}>
                      <Body1Strong>{action.title}</Body1Strong>
                      <Caption1>
                        {t('setAside.line', {
                          owner: action.ownerName || action.ownerEmail,
                          date: action.due ? formatLongDate(action.due, locale) : '–',
                          status: t(`section.state.${action.status}`),
                          by: entry.by || '?',
                        })}
                      </Caption1>
                    </span>
                    <span className={styles.buttons}>
                      {deleting === action.id ? (
                        <>
                          <Button
                            ref={sure}
                            size="small"
                            appearance="primary"
                            disabled={busy}
                            aria-label={t('setAside.discardSureFor', { title: action.title })}
                            onClick={() => {
                              setDeleting(undefined);
                              void write.run('discard', entry);
                            }}
                          >
                            {t('setAside.discardSure')}
                          </Button>
                          <Button
                            size="small"
                            onClick={() => {
                              setDeleting(undefined);
                              setBackTo(action.id);
                            }}
                          >
                            {t('setAside.cancel')}
                          </Button>
                        </>
                      ) : (
                        <>
                          <Button
                            size="small"
                            disabled={busy}
                            aria-label={t('setAside.confirmFor', { title: action.title })}
                            onClick={() => void write.run('confirm', entry)}
                          >
                            {t('setAside.confirm')}
                          </Button>
                          <Button
                            ref={(b) => {
                              if (b) deleteButtons.current.set(action.id, b);
                              else deleteButtons.current.delete(action.id);
                            }}
                            size="small"
                            appearance="subtle"
                            disabled={busy}
                            aria-label={t('setAside.discardFor', { title: action.title })}
                            onClick={() => setDeleting(action.id)}
                          >
                            {t('setAside.discard')}
                          </Button>
                        </>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
