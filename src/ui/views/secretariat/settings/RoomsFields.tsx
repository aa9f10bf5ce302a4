import { Button, Text } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons/svg/add';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../model/settings-form';
import { TextField } from './FormField';
import { useSettingsStyles } from './settings-styles';

interface Props {
  readonly rooms: readonly string[];
  readonly errors: FormErrors;
  readonly onChange: (rooms: string[]) => void;
}

/** The forum's rooms, the usual one first. */
export function RoomsFields({ rooms, errors, onChange }: Props) {
  const { t } = useTranslation('settings');
  const styles = useSettingsStyles();
  return (
    <div className={styles.section}>
      <Text className={styles.muted}>{t('rooms.hint')}</Text>
      {rooms.length === 0 ? <Text>{t('rooms.none')}</Text> : null}
      {rooms.map((room, i) => (
        // Rooms have no identity beyond their place in the list; the index is the key.
        <div key={i} className={styles.inline}>
          <TextField
            className={styles.grow}
            label={t(i === 0 ? 'rooms.usual' : 'rooms.room', { n: i + 1 })}
            value={room}
            onChange={(v) => onChange(rooms.map((r, j) => (j === i ? v : r)))}
            error={errors[`rooms.${i}`]}
          />
          <Button
            icon={<Delete20Regular />}
            appearance="subtle"
            aria-label={t('rooms.remove', { n: i + 1 })}
            title={t('rooms.remove', { n: i + 1 })}
            onClick={() => onChange(rooms.filter((_r, j) => j !== i))}
          />
        </div>
      ))}
      <div className={styles.actions}>
        <Button icon={<Add20Regular />} onClick={() => onChange([...rooms, ''])}>
          {t('rooms.add')}
        </Button>
      </div>
    </div>
  );
}
