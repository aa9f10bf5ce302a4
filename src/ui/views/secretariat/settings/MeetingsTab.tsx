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
  const { t } = useTranslation();
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
          <MessageBarBody>{t('settings.noSettings')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <PresetPicker onApply={applyPreset} />
      <TextField label={t('settings.name')} value={form.name} onChange={(v) => set({ name: v })} error={errors.name} />

      <section className={styles.section} aria-labelledby="settings-series">
        <Subtitle2 as="h3" id="settings-series">
          {t('settings.series.heading')}
        </Subtitle2>
        <SeriesFields rows={form.series} errors={errors} onChange={(series) => set({ series })} />
        <div className={styles.fields}>
          <TextField
            label={t('settings.startTime')}
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
          {t('settings.rooms.heading')}
        </Subtitle2>
        <RoomsFields rooms={form.rooms} errors={errors} onChange={(rooms) => set({ rooms })} />
      </section>

      <section className={styles.section} aria-labelledby="settings-planning">
        <Subtitle2 as="h3" id="settings-planning">
          {t('settings.planning.heading')}
        </Subtitle2>
        <Checkbox
          label={t('settings.planning.on')}
          checked={form.planningOn}
          onChange={(_e, d) => set({ planningOn: d.checked === true })}
        />
        {form.planningOn ? (
          <div className={styles.fields}>
            <TextField
              label={t('settings.planning.daysBefore')}
              numeric
              value={form.planningDaysBefore}
              onChange={(v) => set({ planningDaysBefore: v })}
              error={errors.planningDaysBefore}
            />
            <TextField
              label={t('settings.planning.minutes')}
              numeric
              value={form.planningMinutes}
              onChange={(v) => set({ planningMinutes: v })}
              error={errors.planningMinutes}
            />
            <TextField
              label={t('settings.planning.startTime')}
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
          {t('settings.deadlines.heading')}
        </Subtitle2>
        <div className={styles.fields}>
          <TextField
            label={t('settings.deadlines.callForItems')}
            numeric
            value={form.callForItemsDaysBefore}
            onChange={(v) => set({ callForItemsDaysBefore: v })}
            error={errors.callForItemsDaysBefore}
          />
          <TextField
            label={t('settings.deadlines.submissionsClose')}
            numeric
            value={form.submissionsCloseDaysBefore}
            onChange={(v) => set({ submissionsCloseDaysBefore: v })}
            error={errors.submissionsCloseDaysBefore}
          />
          <TextField
            label={t('settings.deadlines.agendaSent')}
            numeric
            value={form.agendaSentDaysBefore}
            onChange={(v) => set({ agendaSentDaysBefore: v })}
            error={errors.agendaSentDaysBefore}
          />
          <TextField
            label={t('settings.deadlines.minutesDraft')}
            numeric
            value={form.minutesDraftDaysAfter}
            onChange={(v) => set({ minutesDraftDaysAfter: v })}
            error={errors.minutesDraftDaysAfter}
          />
          <TextField
            label={t('settings.deadlines.chairsApprove')}
            numeric
            value={form.chairsApproveDaysAfter}
            onChange={(v) => set({ chairsApproveDaysAfter: v })}
            error={errors.chairsApproveDaysAfter}
          />
        </div>
      </section>

      <section className={styles.section} aria-labelledby="settings-calendar">
        <Subtitle2 as="h3" id="settings-calendar">
          {t('settings.calendar.heading')}
        </Subtitle2>
        <div className={styles.fields}>
          <TextField
            label={t('settings.calendar.schoolHolidayWeeks')}
            hint={t('settings.calendar.weeksHint')}
            value={form.schoolHolidayWeeks}
            onChange={(v) => set({ schoolHolidayWeeks: v })}
            error={errors.schoolHolidayWeeks}
          />
          <TextField
            label={t('settings.calendar.minDaysBetween')}
            numeric
            value={form.minDaysBetweenMeetings}
            onChange={(v) => set({ minDaysBetweenMeetings: v })}
            error={errors.minDaysBetweenMeetings}
          />
        </div>
        <Checkbox
          label={t('settings.calendar.avoidObservances')}
          checked={form.avoidObservances}
          onChange={(_e, d) => set({ avoidObservances: d.checked === true })}
        />
      </section>

      <section className={styles.section} aria-labelledby="settings-intake">
        <Subtitle2 as="h3" id="settings-intake">
          {t('settings.intake.heading')}
        </Subtitle2>
        <Checkbox
          label={t('settings.intake.receipts')}
          checked={form.receipts}
          onChange={(_e, d) => set({ receipts: d.checked === true })}
        />
        <div className={styles.fields}>
          <TextField
            label={t('settings.intake.windowDays')}
            hint={t('settings.intake.windowDaysHint')}
            numeric
            value={form.intakeWindowDays}
            onChange={(v) => set({ intakeWindowDays: v })}
            error={errors.intakeWindowDays}
          />
        </div>
      </section>

      <section className={styles.section} aria-labelledby="settings-approval">
        <Subtitle2 as="h3" id="settings-approval">
          {t('settings.approval.heading')}
        </Subtitle2>
        <div className={styles.fields}>
          <TextField
            label={t('settings.approval.required')}
            hint={t('settings.approval.requiredHint')}
            numeric
            value={form.approvalsRequired}
            onChange={(v) => set({ approvalsRequired: v })}
            error={errors.approvalsRequired}
          />
        </div>
      </section>

      <section className={styles.section} aria-labelledby="settings-quorum">
        <Subtitle2 as="h3" id="settings-quorum">
          {t('settings.quorum.heading')}
        </Subtitle2>
        <div className={styles.fields}>
          <Field label={t('settings.quorum.rule')} hint={t('settings.quorum.ruleHint')}>
            <Select
              className={styles.select}
              select={{ className: styles.selectInput }}
              value={form.quorumRule}
              onChange={(_e, d) => set({ quorumRule: QUORUM_RULES.find((r) => r === d.value) ?? '' })}
            >
              <option value="">{t('settings.quorum.none')}</option>
              {QUORUM_RULES.map((rule) => (
                <option key={rule} value={rule}>
                  {t(`settings.quorum.rules.${rule}`)}
                </option>
              ))}
            </Select>
          </Field>
          {form.quorumRule === 'at-least' ? (
            <TextField
              label={t('settings.quorum.count')}
              numeric
              value={form.quorumCount}
              onChange={(v) => set({ quorumCount: v })}
              error={errors.quorumCount}
            />
          ) : null}
        </div>
      </section>

      <Text role="status" aria-live="polite" weight="semibold" data-testid="settings-preview">
        {preview ? t('settings.preview', { count: preview.meetings, year }) : t('settings.previewInvalid')}
        {preview && preview.unplaced > 0 ? ` · ${t('settings.previewUnplaced', { count: preview.unplaced })}` : ''}
      </Text>

      {status === 'conflict' || status === 'reloading' ? (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{t('settings.conflict')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void reloading.run()} disabled={status === 'reloading'}>
              {t('settings.reload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {status === 'failed' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{t('settings.saveFailed')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!result.ok ? (
        <Text id="settings-invalid" className={styles.error}>
          {t('settings.invalid')}
        </Text>
      ) : null}
      <div className={styles.footer}>
        <Button
          appearance="primary"
          disabled={!result.ok || status === 'saving' || status === 'conflict' || status === 'reloading'}
          aria-describedby={!result.ok ? 'settings-invalid' : undefined}
          onClick={save}
        >
          {status === 'saving' ? t('settings.saving') : t('settings.save')}
        </Button>
      </div>
    </div>
  );
}
