import { Caption1, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ForumRef, Meeting } from '../../../domain/types';
import { openMeeting } from '../../commands/home-commands';
import { useCommandContext } from '../../commands/command-context';
import { DateBlock } from '../../components/DateBlock';
import { MeetingFacts } from './MeetingFacts';
import { StatusBadge } from '../../components/StatusBadge';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'min-content 1fr',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':last-child': { borderBottom: 'none' },
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { fontWeight: tokens.fontWeightSemibold, textAlign: 'start' },
  kind: { color: tokens.colorNeutralForeground3 },
  cancelled: { textDecorationLine: 'line-through' },
});

/** One meeting in a list: date leaf, title (opens the meeting), kind, status, when/where. */
export function MeetingRow({ meeting, forum, now }: { meeting: Meeting; forum: ForumRef; now: Date }) {
  const styles = useStyles();
  const { t } = useTranslation('meeting');
  const ctx = useCommandContext();
  const past = meeting.end < now.toISOString();
  return (
    <li className={styles.row}>
      <DateBlock iso={meeting.start} past={past} />
      <div className={styles.body}>
        <div className={styles.head}>
          <Link
            as="button"
            className={mergeClasses(styles.title, meeting.status === 'cancelled' && styles.cancelled)}
            aria-label={openMeeting.label(ctx.t, { meeting, forum })}
            onClick={() => void openMeeting.run(ctx, { meeting, forum })}
          >
            {meeting.title}
          </Link>
          <StatusBadge status={meeting.status} />
        </div>
        <Caption1 className={styles.kind}>{t(`kind.${meeting.kind}`)}</Caption1>
        <MeetingFacts meeting={meeting} />
      </div>
    </li>
  );
}
