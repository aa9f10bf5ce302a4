import { Badge, Body1Strong, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, ForumRef, Meeting } from '../../../domain/types';
import { useServices } from '../../services';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBar } from '../../components/ErrorBar';
import { useAsync } from '../../components/use-async';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  meta: { color: tokens.colorNeutralForeground3 },
  recs: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

/** The meeting's agenda, read from the forum's AgendaItems list when the meeting is opened. */
export function AgendaList({ meeting, forum }: { meeting: Meeting; forum: ForumRef }) {
  const styles = useStyles();
  const { t } = useTranslation(['meetingDialog', 'meeting']);
  const { stores } = useServices();
  const load = useCallback((): Promise<AgendaItem[]> => stores.forum(forum).agenda.forMeeting(meeting.id), [stores, forum, meeting.id]);
  const [state, reload] = useAsync(load);
  if (state.status === 'loading') return <Spinner size="tiny" label={t('meeting:agendaLoading')} />;
  if (state.status === 'error') return <ErrorBar error={state.error} onRetry={reload} />;
  if (state.value.length === 0) return <EmptyState>{t('meeting:agendaEmpty')}</EmptyState>;
  return (
    <ol className={styles.list}>
      {state.value.map((item, index) => (
        <li key={item.id} className={styles.item}>
          <Body1Strong>{`${index + 1}. ${item.title}`}</Body1Strong>
          {item.access === 'closed' ? (
            <Badge appearance="filled" color="warning">
              {t('closedItem')}
            </Badge>
          ) : null}
          <Caption1 className={styles.meta}>
            {[
              item.caseNumber ? t('caseNumber', { number: item.caseNumber }) : undefined,
              item.presenter ? t('meeting:presenter', { name: item.presenter }) : undefined,
              item.durationMinutes ? t('meeting:minutes', { count: item.durationMinutes }) : undefined,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Caption1>
          {item.recommendations.length > 0 ? (
            <ul className={styles.recs}>
              {item.recommendations.map((r) => (
                <li key={r}>
                  <Caption1>{r}</Caption1>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
