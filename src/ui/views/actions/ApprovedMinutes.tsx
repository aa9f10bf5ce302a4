import { Body1Strong, Caption1, Field, Link, makeStyles, SearchBox, Text, tokens } from '@fluentui/react-components';
import { DocumentSearch20Regular } from '@fluentui/react-icons/svg/document-search';
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryWords, searchMinutes } from '../../../domain/minutes-archive';
import type { ForumHome } from '../../../store/home-data';
import { LiveStatus } from './LiveStatus';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { useAsync } from '../../components/use-async';
import { useLocale } from '../../components/use-locale';
import { errorKey } from '../../errors/describe-error';
import { formatLongDate } from '../../format/dates';
import { useServices } from '../../services';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  hits: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  search: { maxWidth: '100%' },
});

const safeUrl = (url: string | undefined): string | undefined => (url && /^https?:\/\//i.test(url) ? url : undefined);

/**
 * "Godkendte referater": the forum's approved minutes, newest first, each linking to its final PDF; searchable by the
 * meeting's title and date and the items' titles, Referat and Beslutning. The result count is announced.
 */
export function ApprovedMinutes({ home }: { home: ForumHome }) {
  const { t } = useTranslation('actions');
  const styles = useStyles();
  const locale = useLocale();
  const hintId = useId();
  const { stores } = useServices();
  const api = stores.actions;
  const forum = home.forum;
  const load = useCallback(() => api.approvedMinutes(forum), [api, forum]);
  const [state] = useAsync(load);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const matches = useMemo(() => (state.status === 'ready' ? searchMinutes(state.value, deferred) : []), [state, deferred]);
  const searching = queryWords(deferred).length > 0;

  const announce =
    state.status !== 'ready' || state.value.length === 0
      ? undefined
      : searching
        ? matches.length > 0
          ? t('archive.results', { count: matches.length, query: deferred.trim() })
          : t('archive.noMatch', { query: deferred.trim() })
        : t('archive.count', { count: matches.length });

  return (
    <Section title={t('archive.title')} icon={<DocumentSearch20Regular />}>
      {state.status === 'ready' && state.value.length > 0 ? (
        <Field label={t('archive.search')} hint={{ children: t('archive.searchHint'), id: hintId }}>
          <SearchBox className={styles.search} value={query} onChange={(_e, d) => setQuery(d.value)} aria-describedby={hintId} />
        </Field>
      ) : null}
      <LiveStatus
        {...(state.status === 'loading' ? { busy: t('archive.loading') } : {})}
        {...(state.status === 'error' ? { error: t(`error.${errorKey(state.error)}`) } : {})}
      >
        {announce ? <Caption1>{announce}</Caption1> : null}
      </LiveStatus>
      {state.status === 'ready' && state.value.length === 0 ? <EmptyState>{t('archive.none')}</EmptyState> : null}
      {matches.length > 0 ? (
        <ul className={styles.list} aria-label={t('archive.title')}>
          {matches.map(({ minutes, items }) => {
            const c = minutes.content;
            const url = safeUrl(minutes.pdfUrl);
            return (
              <li key={minutes.versionId} className={styles.item}>
                <Body1Strong>{c.meetingTitle}</Body1Strong>
                <Caption1>
                  {formatLongDate(c.start, locale)}
                  {minutes.finalAt ? ` · ${t('archive.approved', { date: formatLongDate(minutes.finalAt, locale) })}` : ''}
                </Caption1>
                {url ? (
                  <Link href={url} target="_blank" rel="noopener noreferrer" aria-label={t('archive.openFor', { title: c.meetingTitle })}>
                    {t('archive.open')}
                  </Link>
                ) : (
                  <Caption1>{t('archive.noPdf')}</Caption1>
                )}
                {items.length > 0 ? (
                  <ul className={styles.hits}>
                    {items.map((i) => (
                      <li key={`${i.agendaItemId}-${i.number}`}>
                        <Text size={200}>{t('archive.hit', { number: i.number, title: i.title })}</Text>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </Section>
  );
}
