import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Timer20Regular } from '@fluentui/react-icons/svg/timer';
import { useTranslation } from 'react-i18next';
import type { MeetingClock } from '../../../domain/meeting-panel/meeting-clock';
import type { MinutesItem } from '../../../domain/minutes/minutes-content';
import { Section } from '../../components/Section';
import { useLocale } from '../../components/use-locale';
import { formatClock } from '../../format/dates';

const useStyles = makeStyles({
  now: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  time: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  line: { overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/**
 * Tidsplan: the time, how far behind or ahead the meeting is ("3 min bagud"), which item the slots say is due and
 * which one runs, and how long it has left. Not a live region: it changes every minute, and reading it out each time
 * would drown the meeting; the numbers are there to read when wanted.
 */
export function PanelClock({ clock, items, now }: { clock: MeetingClock; items: readonly MinutesItem[]; now: Date }) {
  const styles = useStyles();
  const { t } = useTranslation('meetingPanel');
  const locale = useLocale();
  const item = (id: string | undefined) => items.find((i) => i.agendaItemId === id);
  const due = item(clock.dueId);
  const running = item(clock.runningId);
  const lag = clock.lagMinutes;
  const lagBadge =
    lag === undefined ? null : lag > 0 ? (
      <Badge appearance="filled" color="danger">
        {t('clock.behind', { count: lag })}
      </Badge>
    ) : lag < 0 ? (
      <Badge appearance="filled" color="success">
        {t('clock.ahead', { count: -lag })}
      </Badge>
    ) : (
      <Badge appearance="tint" color="success">
        {t('clock.onTime')}
      </Badge>
    );
  return (
    <Section title={t('clock.heading')} icon={<Timer20Regular />}>
      <div className={styles.now}>
        <Text className={styles.time}>{t('clock.now', { time: formatClock(now.toISOString(), locale) })}</Text>
        {lagBadge}
      </div>
      {clock.phase === 'before' ? <Text className={styles.line}>{t('clock.before', { count: clock.minutesToStart })}</Text> : null}
      {clock.phase === 'after' ? <Text className={styles.line}>{t('clock.after', { count: clock.minutesPastEnd })}</Text> : null}
      <Text className={styles.line}>
        {running ? t('clock.running', { number: running.number, title: running.title }) : t('clock.notMarked')}
      </Text>
      {running && clock.runningOverMinutes !== undefined && clock.runningOverMinutes > 0 ? (
        <Text className={styles.meta}>{t('clock.over', { count: clock.runningOverMinutes })}</Text>
      ) : running && clock.runningMinutesLeft !== undefined ? (
        <Text className={styles.meta}>{t('clock.left', { count: clock.runningMinutesLeft })}</Text>
      ) : null}
      <Text className={styles.meta}>{due ? t('clock.due', { number: due.number, title: due.title }) : t('clock.dueNone')}</Text>
    </Section>
  );
}
