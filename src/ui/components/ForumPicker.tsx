import { Dropdown, Field, Option } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ForumHome } from '../../store/home-data';

/** Chooses among the forums where the person holds this role (shown only when there are several). */
export function ForumPicker({ forums, selected, onSelect }: { forums: readonly ForumHome[]; selected: string; onSelect: (groupId: string) => void }) {
  const { t } = useTranslation();
  if (forums.length < 2) return null;
  const current = forums.find((f) => f.forum.groupId === selected) ?? forums[0];
  return (
    <Field label={t('nav.forum')}>
      <Dropdown
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
