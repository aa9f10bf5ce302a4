import { Field, Input } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FeatureResources } from '../../../i18n/namespaces';

/** A validation message as i18n key (under `settings.error`) with its values. */
export interface FieldMessage {
  readonly key: keyof FeatureResources['settings']['error'] & string;
  readonly values?: Readonly<Record<string, number>>;
}

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: FieldMessage;
  readonly hint?: string;
  readonly numeric?: boolean;
  readonly placeholder?: string;
  readonly className?: string;
}

/** A labelled text input with its validation message (Fluent Field wires label, message and aria-invalid). */
export function TextField({ label, value, onChange, error, hint, numeric, placeholder, className }: Props) {
  const { t } = useTranslation('settings');
  return (
    <Field
      label={label}
      className={className}
      hint={hint}
      validationState={error ? 'error' : 'none'}
      validationMessage={error ? t(`error.${error.key}`, error.values ?? {}) : undefined}
    >
      <Input value={value} onChange={(_e, d) => onChange(d.value)} inputMode={numeric ? 'numeric' : undefined} placeholder={placeholder} />
    </Field>
  );
}
