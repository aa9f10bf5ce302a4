import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS, type Commissorium } from '../../../../domain/commissorium';
import { COMMISSORIUM_PRESETS, type CommissoriumPresetId } from '../../../../domain/commissorium-presets';
import { QUORUM_RULES } from '../../../../domain/vocabulary/forum';
import { ConflictError } from '../../../../store/failures';
import type { SettingsItem, ForumSettingsApi } from '../../../../store/forum-settings-store';
import { useAction } from '../../../components/use-action';
import { fromForm, previewYear, toForm, type FormErrors, type SettingsForm } from '../../../model/settings-form';
import { TextField } from './FormField';
import { PresetPicker } from './PresetPicker';
import { RoomsFields } from './RoomsFields';
import { SeriesFields } from './SeriesFields';
import { useSettingsStyles } from './settings-styles';
import { WeekdaysField } from './WeekdaysField';

interface Props {
  readonly forumName: string;
  readonly settings?: Commissorium;
  readonly item?: SettingsItem;
  readonly repo: ForumSettingsApi;
  /** The year the preview counts meetings in (next year). */
  readonly previewYear: number;
  readonly onSaved: () => void;
  /** Something changed in the tenant (a reload after a conflict): the home should reload when the drawer closes. */
  readonly onStale: () => void;
}

/** "Møder og frister": the commissorium as a form, saved with the Forum item's eTag. */
export function MeetingsTab({ forumName, settings, item: initialItem, repo, previewYear: year, onSaved, onStale }: Props) {
  const { t } = useTranslation('settings');
  const styles = useSettingsStyles();
  const [form, setForm] = useState<SettingsForm>(() => toForm(settings ?? { ...PRESETS['horsens-2024'], name: forumName }));
  const [item, setItem] = useState<SettingsItem | undefined>(initialItem);
  const [hasSettings, setHasSettings] = useState(settings !== undefined);
  const result = useMemo(() => fromForm(form), [form]);
  const errors: FormErrors = result.ok ? {} : result.errors;
  const preview = useMemo(() => (result.ok ? previewYear(result.value, year) : undefined), [result, year]);
  const set = (patch: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...patch }));

  const applyPreset = (id: CommissoriumPresetId) => setForm((f) => ({ ...toForm(COMMISSORIUM_PRESETS[id]), rooms: f.rooms }));

  const saving = useAction((value: Commissorium) => repo.save(item, value, forumName), {
    onSuccess: (saved) => {
      setItem(saved);
      setHasSettings(true);
      onSaved();
    },
  });
  // After a conflict: the settings as they are now replace the form, and the conflict is over.
  const reloading = useAction(() => repo.load(), {
    onSuccess: (fresh) => {
      setForm(toForm(fresh.settings ?? { ...PRESETS['horsens-2024'], name: forumName }));
      setItem(fresh.item);
      setHasSettings(fresh.settings !== undefined);
      saving.announce(undefined);
      onStale();
    },
  });
  const save = () => {
    if (result.ok) void saving.run(result.value);
  };
  const conflict = saving.cause instanceof ConflictError;
  const status = saving.busy
    ? 'saving'
    : reloading.busy
      ? 'reloading'
      : conflict
        ? 'conflict'
        : saving.error !== undefined
          ? 'failed'
          : 'idle';

  return (
    <div className={styles.body}>
      {!hasSettings ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('noSettings')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <PresetPicker onApply={applyPreset} />
      <TextField label={t('name')} value={form.name} onChange={(v) => set({ name: v })} error={errors.name} />

      <section className={styles.section} aria-labelledby="settings-series">
        <Subtitle2 as="h3" id="settings-series">
          {t('series.heading')}
        </Subtitle2>
        <SeriesFields rows={form.series} errors={errors} onChange={(series) => set({ series })} />
        <div className={styles.fields}>
          <TextField
            label={t('startTime')}
            placeholder="09:00"
            value={form.startTime}
            onChange={(v) => set({ startTime: v })}
            error={errors.startTime}
          />
        </div>
        <WeekdaysField weekdays={form.weekdays} error={errors.weekdays} onChange={(weekdays) => set({ weekdays })} />
      </section>

      <section className={styles.section} aria-labelledby="settings-rooms">
        <Subtitle2 as="h3" id="settings-rooms">
          {t('rooms.heading')}
        </Subtitle2>
        <RoomsFields rooms={form.rooms} errors={errors} onChange={(rooms) => set({ rooms })} />
      </section>

      <section className={styles.section} aria-labelledby="settings-planning">
        <Subtitle2 as="h3" id="settings-planning">
          {t('planning.heading')}
        </Subtitle2>
        <Checkbox label={t('planning.on')} checked={form.planningOn} onChange={(_e, d) => set({ planningOn: d.checked === true })} />
        {form.planningOn ? (
          <div className={styles.fields}>
            <TextField
              label={t('planning.daysBefore')}
              numeric
              value={form.planningDaysBefore}
              onChange={(v) => set({ planningDaysBefore: v })}
              error={errors.planningDaysBefore}
            />
            <TextField
              label={t('planning.minutes')}
              numeric
              value={form.planningMinutes}
              onChange={(v) => set({ planningMinutes: v })}
              error={errors.planningMinutes}
            />
            <TextField
              label={t('planning.startTime')}
              placeholder="14:00"
              value={form.planningStartTime}
              onChange={(v) => set({ planningStartTime: v })}
              error={errors.planningStartTime}
            />
          </div>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="settings-deadlines">
        <Subtitle2 as="h3" id="settings-deadlines">
          {t('deadlines.heading')}
        </Subtitle2>
        <div className={styles.fields}>
          <TextField
            label={t('deadlines.callForItems')}
            numeric
            value={form.callForItemsDaysBefore}
            onChange={(v) => set({ callForItemsDaysBefore: v })}
            error={errors.callForItemsDaysBefore}
          />
          <TextField
            label={t('deadlines.submissionsClose')}
            numeric
            value={form.submissionsCloseDaysBefore}
            onChange={(v) => set({ submissionsCloseDaysBefore: v })}
            error={errors.submissionsCloseDaysBefore}
          />
          <TextField
            label={t('deadlines.agendaSent')}
            numeric
            value={form.agendaSentDaysBefore}
            onChange={(v) => set({ agendaSentDaysBefore: v })}
            error={errors.agendaSentDaysBefore}
          />
          <TextField
            label={t('deadlines.minutesDraft')}
            numeric
            value={form.minutesDraftDaysAfter}
            onChange={(v) => set({ minutesDraftDaysAfter: v })}
            error={errors.minutesDraftDaysAfter}
          />
          <TextField
            label={t('deadlines.chairsApprove')}
            numeric
            value={form.chairsApproveDaysAfter}
            onChange={(v) => set({ chairsApproveDaysAfter: v })}
            error={errors.chairsApproveDaysAfter}
          />
        </div>
      </section>

      <section className={styles.section} aria-labelledby="settings-calendar">
        <Subtitle2 as="h3" id="settings-calendar">
          {t('calendar.heading')}
        </Subtitle2>
        <div className={styles.fields}>
          <TextField
            label={t('calendar.schoolHolidayWeeks')}
            hint={t('calendar.weeksHint')}
            value={form.schoolHolidayWeeks}
            onChange={(v) => set({ schoolHolidayWeeks: v })}
            error={errors.schoolHolidayWeeks}
          />
          <TextField
            label={t('calendar.minDaysBetween')}
            numeric
            value={form.minDaysBetweenMeetings}
            onChange={(v) => set({ minDaysBetweenMeetings: v })}
            error={errors.minDaysBetweenMeetings}
          />
        </div>
        <Checkbox
          label={t('calendar.avoidObservances')}
          checked={form.avoidObservances}
          onChange={(_e, d) => set({ avoidObservances: d.checked === true })}
        />
      </section>

      <section className={styles.section} aria-labelledby="settings-intake">
        <Subtitle2 as="h3" id="settings-intake">
          {t('intake.heading')}
        </Subtitle2>
        <Checkbox label={t('intake.receipts')} checked={form.receipts} onChange={(_e, d) => set({ receipts: d.checked === true })} />
        <div className={styles.fields}>
          <TextField
            label={t('intake.windowDays')}
            hint={t('intake.windowDaysHint')}
            numeric
            value={form.intakeWindowDays}
            onChange={(v) => set({ intakeWindowDays: v })}
            error={errors.intakeWindowDays}
          />
        </div>
      </section>

      <section className={styles.section} aria-labelledby="settings-approval">
        <Subtitle2 as="h3" id="settings-approval">
          {t('approval.heading')}
        </Subtitle2>
        <div className={styles.fields}>
          <TextField
            label={t('approval.required')}
            hint={t('approval.requiredHint')}
            numeric
            value={form.approvalsRequired}
            onChange={(v) => set({ approvalsRequired: v })}
            error={errors.approvalsRequired}
          />
        </div>
      </section>

      <section className={styles.section} aria-labelledby="settings-quorum">
        <Subtitle2 as="h3" id="settings-quorum">
          {t('quorum.heading')}
        </Subtitle2>
        <div className={styles.fields}>
          <Field label={t('quorum.rule')} hint={t('quorum.ruleHint')}>
            <Select
              className={styles.select}
              select={{ className: styles.selectInput }}
              value={form.quorumRule}
              onChange={(_e, d) => set({ quorumRule: QUORUM_RULES.find((r) => r === d.value) ?? '' })}
            >
              <option value="">{t('quorum.none')}</option>
              {QUORUM_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {t(`quorum.rules.${rule}`)}
                </option>
              ))}
            </Select>
          </Field>
          {form.quorumRule === 'at-least' ? (
            <TextField
              label={t('quorum.count')}
              numeric
              value={form.quorumCount}
              onChange={(v) => set({ quorumCount: v })}
              error={errors.quorumCount}
            />
          ) : null}
        </div>
      </section>

      <Text role="status" aria-live="polite" weight="semibold" data-testid="settings-preview">
        {preview ? t('preview', { count: preview.meetings, year }) : t('previewInvalid')}
        {preview && preview.unplaced > 0 ? ` · ${t('previewUnplaced', { count: preview.unplaced })}` : ''}
      </Text>

      {status === 'conflict' || status === 'reloading' ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t('conflict')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void reloading.run()} disabled={status === 'reloading'}>
              {t('reload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {status === 'failed' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('saveFailed')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!result.ok ? (
        <Text id="settings-invalid" className={styles.error}>
          {t('invalid')}
        </Text>
      ) : null}
      <div className={styles.footer}>
        <Button
          appearance="primary"
          disabled={!result.ok || status === 'saving' || status === 'conflict' || status === 'reloading'}
          aria-describedby={!result.ok ? 'settings-invalid' : undefined}
          onClick={save}
        >
          {status === 'saving' ? t('saving') : t('save')}
        </Button>
      </div>
    </div>
  );
}
