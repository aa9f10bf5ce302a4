import { Field, makeStyles, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ForumPickerProps } from '../parts';

// Stacked label and a select that may shrink: a 320 px task pane must not scroll sideways (WCAG 1.4.10).
const useStyles = makeStyles({ field: { maxWidth: '28rem' }, select: { minWidth: 0, width: '100%' } });

/**
 * Chooses among the forums where the person holds this role (shown only when there are several). A single choice from
 * a short list: Fluent's Select, the platform's own select styled (keyboard and screen readers as the browser gives
 * them), not the Dropdown's listbox, popover and positioning code in the first view (issue 17 pt 1).
 */
export function ForumPicker({ forums, selected, onSelect }: ForumPickerProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  if (forums.length < 2) return null;
  const current = forums.find((f) => f.forum.groupId === selected) ?? forums[0];
  return (
    <Field label={t('nav.forum')} className={styles.field}>
      <Select className={styles.select} value={current?.forum.groupId ?? ''} onChange={(_e, data) => onSelect(data.value)}>
        {forums.map((f) => (
          <option key={f.forum.groupId} value={f.forum.groupId}>
            {f.forum.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
