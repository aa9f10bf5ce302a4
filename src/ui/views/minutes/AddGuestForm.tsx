import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { PersonAdd20Regular } from '@fluentui/react-icons/svg/person-add';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmailAddress } from '../../../domain/attendance';
import type { MinutesAttendee } from '../../../domain/minutes/minutes-content';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '32rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** "Tilføj gæst": name, e-mail and organisation of someone who took part without being invited. */
export function AddGuestForm({
  rows,
  onAdd,
}: {
  readonly rows: readonly MinutesAttendee[];
  readonly onAdd: (guest: MinutesAttendee) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation('minutesEditor');
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});
  const first = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setName('');
    setEmail('');
    setOrganisation('');
    setErrors({});
    toggle.current?.focus();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const address = email.trim().toLowerCase();
    const found: { name?: string; email?: string } = {};
    if (name.trim() === '') found.name = t('guest.nameRequired');
    if (!isEmailAddress(address)) found.email = t('guest.invalidEmail');
    else if (rows.some((r) => r.email === address)) found.email = t('guest.exists');
    setErrors(found);
    if (found.name || found.email) return;
    onAdd({ email: address, name: name.trim(), organisation: organisation.trim(), presence: 'guest' });
    close();
  };

  if (!open) {
    return (
      <div>
        <Button ref={toggle} icon={<PersonAdd20Regular />} onClick={() => setOpen(true)}>
          {t('guest.add')}
        </Button>
      </div>
    );
  }
  return (
    <form className={styles.form} onSubmit={submit} aria-label={t('guest.title')} noValidate>
      <Field label={t('guest.name')} required validationMessage={errors.name}>
        <Input ref={first} value={name} onChange={(_e, d) => setName(d.value)} autoComplete="off" />
      </Field>
      <Field label={t('guest.email')} required validationMessage={errors.email}>
        <Input type="email" value={email} onChange={(_e, d) => setEmail(d.value)} autoComplete="off" />
      </Field>
      <Field label={t('guest.organisation')}>
        <Input value={organisation} onChange={(_e, d) => setOrganisation(d.value)} autoComplete="off" />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {t('guest.submit')}
        </Button>
        <Button onClick={close}>{t('guest.cancel')}</Button>
      </div>
    </form>
  );
}
