import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { slotText } from '../../../domain/date-format';
import type { MinutesItem } from '../../../domain/minutes/minutes-content';
import { useLocale } from '../../components/use-locale';

const useStyles = makeStyles({
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  slot: { color: tokens.colorNeutralForeground2 },
});

/**
 * An item's time slot ("kl. 09.20–09.45"), whether it runs or is due, and — for the secretariat — "Start punktet",
 * which marks it as running from now.
 */
export function ItemStatusLine({
  item,
  running,
  due,
  onStart,
  busy,
}: {
  readonly item: MinutesItem;
  readonly running: boolean;
  readonly due: boolean;
  readonly onStart?: () => void;
  readonly busy?: boolean;
}) {
  const styles = useStyles();
  const { t } = useTranslation('meetingPanel');
  const locale = useLocale();
  return (
    <div className={styles.line}>
      <Text className={styles.slot}>{item.slot ? slotText(item.slot.start, item.slot.end, locale) : t('agenda.noSlot')}</Text>
      {running ? (
        <Badge appearance="filled" color="brand">
          {t('agenda.runningBadge')}
        </Badge>
      ) : null}
      {due && !running ? (
        <Badge appearance="outline" color="informative">
          {t('agenda.dueBadge')}
        </Badge>
      ) : null}
      {onStart && !running ? (
        <Button
          size="small"
          appearance={due ? 'primary' : 'secondary'}
          aria-label={t('agenda.start', { number: item.number })}
          disabled={busy === true}
          onClick={onStart}
        >
          {t('agenda.startShort')}
        </Button>
      ) : null}
    </div>
  );
}
