import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberInput } from '../../../../store/members-store';
import { ORGANISATION_KINDS, ROLES } from '../../../../domain/vocabulary/forum';
import { memberFromForm, type MemberForm } from '../../../model/member-form';
import { TextField } from './FormField';
import { useSettingsStyles } from './settings-styles';

interface Props {
  /** The member being edited (its name for the title), or undefined for a new member. */
  readonly editing?: string;
  readonly initial: MemberForm;
  /** The other members' e-mail addresses: each address is listed once. */
  readonly otherEmails: readonly string[];
  readonly busy: boolean;
  readonly onSave: (input: MemberInput) => void;
  readonly onCancel: () => void;
}

/** Add or edit one member: name, e-mail, organisation and sector, title, role, substitute. */
export function MemberDialog({ editing, initial, otherEmails, busy, onSave, onCancel }: Props) {
  const { t } = useTranslation('settings');
  const styles = useSettingsStyles();
  const [form, setForm] = useState<MemberForm>(initial);
  const [tried, setTried] = useState(false);
  const result = useMemo(() => memberFromForm(form, otherEmails), [form, otherEmails]);
  // Messages appear once the person has tried to save or has typed in the field, not on an empty new form.
  const touched = (name: keyof MemberForm) => tried || form[name] !== initial[name];
  const error = (name: keyof MemberForm) => (!result.ok && touched(name) ? result.errors[name] : undefined);
  const set = (patch: Partial<MemberForm>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <Dialog open onOpenChange={(_e, d) => (!d.open ? onCancel() : undefined)}>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (result.ok) onSave(result.value);
          }}
        >
          <DialogBody>
            <DialogTitle>{editing ? t('members.editTitle', { name: editing }) : t('members.addTitle')}</DialogTitle>
            <DialogContent className={styles.fields}>
              <TextField label={t('members.name')} value={form.name} onChange={(v) => set({ name: v })} error={error('name')} />
              <TextField label={t('members.email')} value={form.email} onChange={(v) => set({ email: v })} error={error('email')} />
              <TextField label={t('members.organisation')} value={form.organisation} onChange={(v) => set({ organisation: v })} />
              <Field label={t('members.kind')}>
                <Select
                  className={styles.select}
                  select={{ className: styles.selectInput }}
                  value={form.organisationKind}
                  onChange={(_e, d) => set({ organisationKind: ORGANISATION_KINDS.find((k) => k === d.value) ?? 'other' })}
                >
                  {ORGANISATION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`members.kinds.${k}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <TextField label={t('members.jobTitle')} value={form.jobTitle} onChange={(v) => set({ jobTitle: v })} />
              <Field label={t('members.role')}>
                <Select
                  className={styles.select}
                  select={{ className: styles.selectInput }}
                  value={form.role}
                  onChange={(_e, d) => set({ role: ROLES.find((r) => r === d.value) ?? 'member' })}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`members.roles.${r}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <TextField
                label={t('members.substitute')}
                value={form.substituteEmail}
                onChange={(v) => set({ substituteEmail: v })}
                error={error('substituteEmail')}
              />
              <Checkbox label={t('members.external')} checked={form.external} onChange={(_e, d) => set({ external: d.checked === true })} />
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy || (tried && !result.ok)}>
                {t('members.save')}
              </Button>
              <Button onClick={onCancel}>{t('members.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
