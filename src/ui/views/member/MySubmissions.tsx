import { Badge, Body1Strong, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentText20Regular } from '@fluentui/react-icons/svg/document-text';
import { useTranslation } from 'react-i18next';
import type { SubmissionStatus } from '../../../domain/types';
import type { ForumHome } from '../../../store/home-data';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { useLocale } from '../../components/use-locale';
import { formatLongDate } from '../../format/dates';
import { mySubmissions } from '../../model/todo';

const COLOR: Record<SubmissionStatus, 'informative' | 'success' | 'warning' | 'subtle'> = {
  new: 'informative',
  accepted: 'success',
  deferred: 'warning',
  declined: 'subtle',
};

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The items I sent to the secretariat, with where they stand. */
export function MySubmissions({ home, email }: { home: ForumHome; email: string }) {
  const styles = useStyles();
  const { t } = useTranslation('member');
  const locale = useLocale();
  const mine = mySubmissions(home, email);
  return (
    <Section title={t('myItems')} icon={<DocumentText20Regular />}>
      {mine.length === 0 ? (
        <EmptyState>{t('myItemsEmpty', { mailbox: home.forum.mailbox })}</EmptyState>
      ) : (
        <ul className={styles.list}>
          {mine.map((s) => (
            <li key={s.id} className={styles.item}>
              <div className={styles.head}>
                <Body1Strong>{s.title}</Body1Strong>
                <Badge shape="rounded" appearance="tint" color={COLOR[s.status]}>
                  {t(`submissionStatus.${s.status}`)}
                </Badge>
              </div>
              <Caption1 className={styles.muted}>{t('submitted', { date: formatLongDate(s.receivedAt, locale) })}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
