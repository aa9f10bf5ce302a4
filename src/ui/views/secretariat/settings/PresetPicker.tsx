import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMISSORIUM_PRESETS, isCommissoriumPresetId, type CommissoriumPresetId } from '../../../../domain/commissorium-presets';
import { useSettingsStyles } from './settings-styles';

/** "Start fra skabelon": choosing a reference commissorium replaces the form's values once confirmed. */
export function PresetPicker({ onApply }: { readonly onApply: (id: CommissoriumPresetId) => void }) {
  const { t } = useTranslation();
  const styles = useSettingsStyles();
  const [pending, setPending] = useState<CommissoriumPresetId>();
  const ids = Object.keys(COMMISSORIUM_PRESETS).filter(isCommissoriumPresetId);
  const close = () => setPending(undefined);
  return (
    <>
      <Field label={t('settings.preset.label')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInput }}
          value=""
          onChange={(_e, d) => (isCommissoriumPresetId(d.value) ? setPending(d.value) : undefined)}
        >
          <option value="">{t('settings.preset.placeholder')}</option>
          {ids.map((id) => (
            <option key={id} value={id}>
              {t(`settings.preset.${id}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Dialog open={pending !== undefined} onOpenChange={(_e, d) => (!d.open ? close() : undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('settings.preset.confirmTitle')}</DialogTitle>
            <DialogContent>{pending ? t('settings.preset.confirmBody', { preset: t(`settings.preset.${pending}`) }) : null}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  if (pending) onApply(pending);
                  close();
                }}
              >
                {t('settings.preset.confirm')}
              </Button>
              <Button onClick={close}>{t('settings.preset.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
