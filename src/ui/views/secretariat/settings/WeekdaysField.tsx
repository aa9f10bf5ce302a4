import { Checkbox, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { toggleWeekday, type FieldError } from '../../../model/settings-form';
import { useSettingsStyles } from './settings-styles';

const DAYS = [1, 2, 3, 4, 5] as const;
const isDay = (d: number): d is (typeof DAYS)[number] => (DAYS as readonly number[]).includes(d);

interface Props {
  readonly weekdays: readonly number[];
  readonly error?: FieldError;
  readonly onChange: (weekdays: number[]) => void;
}

/** Monday–Friday as checkboxes; the order they were ticked in is the order of preference, shown below. */
export function WeekdaysField({ weekdays, error, onChange }: Props) {
  const { t } = useTranslation('settings');
  const styles = useSettingsStyles();
  // Only Monday–Friday have names (a stored day outside them shows as its number).
  const name = (d: number): string => (isDay(d) ? t(`weekdays.day.${d}`) : String(d));
  return (
    <fieldset className={styles.section} aria-describedby="settings-weekdays-hint settings-weekdays-error">
      <legend className={styles.legend}>{t('weekdays.legend')}</legend>
      <div className={styles.inline}>
        {DAYS.map((d) => (
          <Checkbox
            key={d}
            label={name(d)}
            checked={weekdays.includes(d)}
            onChange={(_e, data) => onChange(toggleWeekday(weekdays, d, data.checked === true))}
          />
        ))}
      </div>
      <Text id="settings-weekdays-hint" className={styles.muted}>
        {weekdays.length > 0 ? t('weekdays.order', { days: weekdays.map(name).join(', ') }) : t('weekdays.orderHint')}
      </Text>
      <Text id="settings-weekdays-error" role="alert" className={styles.error}>
        {error ? t(`error.${error.key}`) : ''}
      </Text>
    </fieldset>
  );
}
