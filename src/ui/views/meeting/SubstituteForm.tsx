import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmailAddress, type AttendanceRow } from '../../../domain/attendance';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
  },
  field: { flexGrow: 1, minWidth: '16rem' },
});

interface Props {
  readonly member: AttendanceRow;
  readonly busy: boolean;
  readonly onSubmit: (email: string) => void;
  readonly onCancel: () => void;
}

/** The secretariat names a substitute for a member who sent apologies; prefilled with the standing substitute. */
export function SubstituteForm({ member, busy, onSubmit, onCancel }: Props) {
  const styles = useStyles();
  const { t } = useTranslation('attendance');
  const [email, setEmail] = useState(member.standingSubstitute ?? '');
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = email.trim().toLowerCase();
    if (!isEmailAddress(value)) return setError(t('invalidEmail'));
    if (value === member.email) return setError(t('sameAsMember', { name: member.name }));
    setError(undefined);
    onSubmit(value);
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={t('callSubstituteFor', { name: member.name })} noValidate>
      <Field
        className={styles.field}
        label={t('substituteEmail')}
        hint={t('substituteHint', { name: member.name })}
        validationMessage={error}
        validationState={error ? 'error' : 'none'}
        required
      >
        <Input type="email" value={email} onChange={(_e, d) => setEmail(d.value)} autoFocus autoComplete="email" disabled={busy} />
      </Field>
      <Button type="submit" appearance="primary" disabled={busy}>
        {busy ? t('working') : t('invite')}
      </Button>
      <Button type="button" onClick={onCancel} disabled={busy}>
        {t('cancel')}
      </Button>
    </form>
  );
}
