import { Body1Strong, Caption1, Link, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { DocumentCheckmark20Regular, DocumentCheckmark24Regular } from '@fluentui/react-icons/svg/document-checkmark';
import { useTranslation } from 'react-i18next';
import { approvalRoute } from '../../../domain/minutes/approval-link';
import type { ForumHome } from '../../../store/home-data';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { useLocale } from '../../components/use-locale';
import { formatLongDate } from '../../format/dates';
import { awaitingMyApproval } from '../../model/approvals';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** "Til godkendelse": minutes versions this chair has not approved yet, with how far the chairs have come. */
export function ApprovalQueue({ home, email }: { home: ForumHome; email: string }) {
  const styles = useStyles();
  const { t } = useTranslation(['approval', 'chair']);
  const locale = useLocale();
  const queue = awaitingMyApproval(home, email);
  return (
    <Section title={t('chair:queue')} icon={<DocumentCheckmark20Regular />}>
      {queue.length === 0 ? (
        <EmptyState icon={<DocumentCheckmark24Regular />}>{t('chair:queueEmpty')}</EmptyState>
      ) : (
        <ul className={styles.list}>
          {queue.map((p) => {
            const meeting = home.meetings.find((m) => m.id === p.version.meetingId);
            const progress = t('chair:queueProgress', { approved: p.approvedBy.length, chairs: p.chairs.length });
            const when = meeting ? formatLongDate(meeting.start, locale) : p.version.meetingId;
            return (
              <li key={p.version.id} className={styles.item}>
                <Body1Strong>{t('chair:queueItem', { meeting: when, version: p.version.version })}</Body1Strong>
                <Caption1 className={styles.muted}>{progress}</Caption1>
                <ProgressBar value={Math.min(1, p.approvedBy.length / p.required)} thickness="large" aria-label={progress} />
                <Link
                  href={`#/${approvalRoute({ groupId: home.forum.groupId, versionId: p.version.id })}`}
                  aria-label={t('openVersion', { version: p.version.version, meeting: when })}
                >
                  {t('openAndApprove')}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
