import { Dropdown, Field, makeStyles, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ForumPickerProps } from '../parts';

// Stacked label and a dropdown that may shrink: a 320 px task pane must not scroll sideways (WCAG 1.4.10).
const useStyles = makeStyles({ field: { maxWidth: '28rem' }, dropdown: { minWidth: 0, width: '100%' } });

/** Chooses among the forums where the person holds this role (shown only when there are several). */
export function ForumPicker({ forums, selected, onSelect }: ForumPickerProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (forums.length < 2) return null;
  const current = forums.find((f) => f.forum.groupId === selected) ?? forums[0];
  return (
    <Field label={t('nav.forum')} className={styles.field}>
      <Dropdown
        className={styles.dropdown}
        value={current?.forum.name ?? ''}
        selectedOptions={[selected]}
        onOptionSelect={(_e, data) => data.optionValue && onSelect(data.optionValue)}
      >
        {forums.map((f) => (
          <Option key={f.forum.groupId} value={f.forum.groupId}>
            {f.forum.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
