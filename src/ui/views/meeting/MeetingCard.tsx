import { Body1Strong, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ForumRef, Meeting } from '../../../domain/types';
import { CommandButton } from '../../commands/CommandButton';
import { joinMeeting, openMeeting } from '../../commands/home-commands';
import { DateBlock } from '../../components/DateBlock';
import { MeetingFacts } from './MeetingFacts';
import { StatusBadge } from '../../components/StatusBadge';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'min-content 1fr', gap: tokens.spacingHorizontalM },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  kind: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalXS },
});

/** A single meeting in full: the "next meeting" of the chair and member homes. */
export function MeetingCard({ meeting, forum }: { meeting: Meeting; forum: ForumRef }) {
  const styles = useStyles();
  const { t } = useTranslation('meeting');
  return (
    <div className={styles.root}>
      <DateBlock iso={meeting.start} />
      <div className={styles.body}>
        <div className={styles.head}>
          <Body1Strong>{meeting.title}</Body1Strong>
          <StatusBadge status={meeting.status} />
        </div>
        <Caption1 className={styles.kind}>{t(`kind.${meeting.kind}`)}</Caption1>
        <MeetingFacts meeting={meeting} />
        <div className={styles.actions}>
          <CommandButton command={joinMeeting} arg={meeting} appearance="primary" />
          <CommandButton command={openMeeting} arg={{ meeting, forum }}>
            {t('agenda')}
          </CommandButton>
        </div>
      </div>
    </div>
  );
}
