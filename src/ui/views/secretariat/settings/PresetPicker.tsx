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
  const { t } = useTranslation('settings');
  const styles = useSettingsStyles();
  const [pending, setPending] = useState<CommissoriumPresetId>();
  const ids = Object.keys(COMMISSORIUM_PRESETS).filter(isCommissoriumPresetId);
  const close = () => setPending(undefined);
  return (
    <>
      <Field label={t('preset.label')}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInput }}
          value=""
          onChange={(_e, d) => (isCommissoriumPresetId(d.value) ? setPending(d.value) : undefined)}
        >
          <option value="">{t('preset.placeholder')}</option>
          {ids.map((id) => (
            <option key={id} value={id}>
              {t(`preset.${id}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Dialog open={pending !== undefined} onOpenChange={(_e, d) => (!d.open ? close() : undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('preset.confirmTitle')}</DialogTitle>
            <DialogContent>{pending ? t('preset.confirmBody', { preset: t(`preset.${pending}`) }) : null}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  if (pending) onApply(pending);
                  close();
                }}
              >
                {t('preset.confirm')}
              </Button>
              <Button onClick={close}>{t('preset.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
