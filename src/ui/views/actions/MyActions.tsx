import { makeStyles } from '@fluentui/react-components';
import { TaskListLtr20Regular } from '@fluentui/react-icons/svg/task-list-ltr';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedInUser } from '../../../domain/types';
import type { ForumHome } from '../../../store/home-data';
import { LiveStatus } from './LiveStatus';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { useAsync } from '../../components/use-async';
import { errorKey } from '../../errors/describe-error';
import { useServices } from '../../services';
import { ActionRow } from './ActionRow';
import { UndoDone } from './UndoDone';
import { useComplete } from './use-complete';

const useStyles = makeStyles({ list: { listStyle: 'none', margin: 0, padding: 0 } });

/** "Mine opgaver": the signed-in person's own open actions (never anyone else's), with "Markér som udført". */
export function MyActions({ home, me, now }: { home: ForumHome; me: SignedInUser; now: Date }) {
  const { t } = useTranslation('actions');
  const styles = useStyles();
  const { stores } = useServices();
  const api = stores.actions;
  const forum = home.forum;
  const load = useCallback(() => api.forOwner(forum, me.email), [api, forum, me.email]);
  const [state, reload] = useAsync(load);
  const completion = useComplete(forum, reload, me);
  const { busy, message, error, complete } = completion;
  return (
    <Section title={t('mine.title')} icon={<TaskListLtr20Regular />}>
      <LiveStatus
        {...(state.status === 'loading' ? { busy: t('mine.loading') } : {})}
        {...(state.status === 'error' ? { error: t(`error.${errorKey(state.error)}`) } : error ? { error } : {})}
      >
        {message}
      </LiveStatus>
      <UndoDone completion={completion} />
      {state.status === 'ready' && state.value.length === 0 ? <EmptyState>{t('mine.none')}</EmptyState> : null}
      {state.status === 'ready' && state.value.length > 0 ? (
        <ul className={styles.list} aria-label={t('mine.listLabel')}>
          {state.value.map((a) => (
            <ActionRow key={a.id} action={a} now={now} busy={busy !== undefined} showOwner={false} onDone={(x) => void complete(x)} />
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
