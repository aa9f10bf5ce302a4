import { Button, Field, Select } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons/svg/add';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { useTranslation } from 'react-i18next';
import { inOrder } from '../../../../domain/vocabulary/in-order';
import { MEETING_FORMS } from '../../../../domain/vocabulary/meeting';
import { newSeriesRow, type FormErrors, type SeriesRow } from '../../../model/settings-form';
import { TextField } from './FormField';
import { useSettingsStyles } from './settings-styles';

/** The menu's order: from in the room to online only. */
const FORMS = inOrder(MEETING_FORMS, { physical: 0, hybrid: 1, video: 2 });

interface Props {
  readonly rows: readonly SeriesRow[];
  readonly errors: FormErrors;
  readonly onChange: (rows: SeriesRow[]) => void;
}

/** The meeting series: ordinary meetings and any extra short video meetings, one fieldset a row. */
export function SeriesFields({ rows, errors, onChange }: Props) {
  const { t } = useTranslation(['settings', 'meeting']);
  const styles = useSettingsStyles();
  const set = (i: number, patch: Partial<SeriesRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className={styles.section}>
      {rows.map((row, i) => (
        <fieldset key={row.key} className={styles.row} data-series={i}>
          <legend className={styles.legend}>{t('series.row', { n: i + 1 })}</legend>
          <div className={styles.fields}>
            <Field label={t('series.kind')}>
              <Select
                className={styles.select}
                select={{ className: styles.selectInput }}
                value={row.kind}
                onChange={(_e, d) => set(i, { kind: d.value === 'video' ? 'video' : 'ordinary' })}
              >
                <option value="ordinary">{t('series.kinds.ordinary')}</option>
                <option value="video">{t('series.kinds.video')}</option>
              </Select>
            </Field>
            <TextField
              label={t('series.perYear')}
              numeric
              value={row.perYear}
              onChange={(v) => set(i, { perYear: v })}
              error={errors[`series.${i}.perYear`]}
            />
            <TextField
              label={t('series.minutes')}
              numeric
              value={row.durationMinutes}
              onChange={(v) => set(i, { durationMinutes: v })}
              error={errors[`series.${i}.durationMinutes`]}
            />
            <Field label={t('series.form')}>
              <Select
                className={styles.select}
                select={{ className: styles.selectInput }}
                value={row.form}
                onChange={(_e, d) => set(i, { form: FORMS.find((f) => f === d.value) ?? 'physical' })}
              >
                {FORMS.map((f) => (
                  <option key={f} value={f}>
                    {t(`meeting:form.${f}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <TextField
              label={t('series.startTime')}
              hint={t('series.startTimeHint')}
              placeholder="09:00"
              value={row.startTime}
              onChange={(v) => set(i, { startTime: v })}
              error={errors[`series.${i}.startTime`]}
            />
          </div>
          <div className={styles.actions}>
            <Button
              icon={<Delete20Regular />}
              appearance="subtle"
              disabled={rows.length <= 1}
              onClick={() => onChange(rows.filter((_r, j) => j !== i))}
            >
              {t('series.remove', { n: i + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <div className={styles.actions}>
        <Button
          icon={<Add20Regular />}
          onClick={() => onChange([...rows, newSeriesRow(rows.some((r) => r.kind === 'ordinary') ? 'video' : 'ordinary')])}
        >
          {t('series.add')}
        </Button>
      </div>
    </div>
  );
}
