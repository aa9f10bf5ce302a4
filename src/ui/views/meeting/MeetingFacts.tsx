import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { Clock16Regular } from '@fluentui/react-icons/svg/clock';
import { Location16Regular } from '@fluentui/react-icons/svg/location';
import { Video16Regular } from '@fluentui/react-icons/svg/video';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../domain/types';
import { formatMeetingWhen } from '../../format/dates';
import { useLocale } from '../../components/use-locale';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  fact: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
});

/** When, where and how: "torsdag 12. marts 2026, kl. 09.00–11.00", room, Teams. */
export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const styles = useStyles();
  const { t } = useTranslation('meeting');
  const locale = useLocale();
  const online = meeting.form !== 'physical' || meeting.joinUrl !== undefined;
  return (
    <ul className={styles.list}>
      <li className={styles.fact}>
        <Clock16Regular aria-hidden />
        <Caption1>{formatMeetingWhen(meeting.start, meeting.end, locale)}</Caption1>
      </li>
      {meeting.form !== 'video' ? (
        <li className={styles.fact}>
          <Location16Regular aria-hidden />
          <Caption1>{meeting.location ?? t('noLocation')}</Caption1>
        </li>
      ) : null}
      {online ? (
        <li className={styles.fact}>
          <Video16Regular aria-hidden />
          <Caption1>{t('teams')}</Caption1>
        </li>
      ) : null}
    </ul>
  );
}
