import { Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DURATION_MAX, TITLE_MAX, type DraftField, type DraftProblems, type SubmissionDraft } from '../../domain/mail/submission-draft';
import type { MeetingChoice } from '../../domain/submission-meetings';
import type { Locale } from '../../domain/types';
import type { ForumHome } from '../../store/home-data';
import { formatLongDate, formatMeetingWhen } from '../format/dates';
import { stickyActionBar } from './PaneParts';

// Stacked fields that may shrink: a 320 px task pane must not scroll sideways (WCAG 1.4.10).
export const useIntakeFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '32rem', minWidth: 0 },
  control: { minWidth: 0, width: '100%' },
  actions: stickyActionBar,
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  wrap: { overflowWrap: 'anywhere', margin: 0 },
});

interface FieldsProps {
  readonly draft: SubmissionDraft;
  readonly onChange: (draft: SubmissionDraft) => void;
  /** Shown once the person has tried to submit. */
  readonly problems: DraftProblems;
  readonly disabled: boolean;
}

/** Title, Indstilling (one per line), Sagsfremstilling, presenter and time needed — the item's own fields. */
export function SubmissionFields({ draft, onChange, problems, disabled }: FieldsProps) {
  const { t } = useTranslation('outlookIntake');
  const styles = useIntakeFormStyles();
  const set = (field: DraftField) => (_e: unknown, d: { value: string }) => onChange({ ...draft, [field]: d.value });
  const problem = (field: DraftField) => {
    const p = problems[field];
    if (!p) return {};
    const message =
      p === 'tooLong'
        ? t('problems.tooLong', { max: TITLE_MAX })
        : p === 'duration'
          ? t('problems.duration', { max: DURATION_MAX })
          : field === 'recommendations'
            ? t('problems.recommendationsRequired')
            : t('problems.required');
    return { validationState: 'error' as const, validationMessage: message };
  };
  return (
    <>
      <Field label={t('fields.title')} required {...problem('title')}>
        <Input className={styles.control} value={draft.title} onChange={set('title')} disabled={disabled} />
      </Field>
      <Field label={t('fields.recommendations')} hint={t('fields.recommendationsHint')} {...problem('recommendations')}>
        <Textarea
          className={styles.control}
          value={draft.recommendations}
          onChange={set('recommendations')}
          disabled={disabled}
          resize="vertical"
          rows={3}
        />
      </Field>
      <Field label={t('fields.description')} {...problem('description')}>
        <Textarea
          className={styles.control}
          value={draft.description}
          onChange={set('description')}
          disabled={disabled}
          resize="vertical"
          rows={5}
        />
      </Field>
      <Field label={t('fields.presenter')} hint={t('fields.presenterHint')} {...problem('presenter')}>
        <Input className={styles.control} value={draft.presenter} onChange={set('presenter')} disabled={disabled} maxLength={255} />
      </Field>
      <Field label={t('fields.duration')} {...problem('duration')}>
        <Input className={styles.control} value={draft.duration} onChange={set('duration')} disabled={disabled} inputMode="numeric" />
      </Field>
    </>
  );
}

interface MeetingPickerProps {
  readonly choices: readonly MeetingChoice[];
  readonly value: string;
  readonly onChange: (id: string) => void;
  readonly disabled: boolean;
  readonly locale: Locale;
}

/** The meetings the item can go to, the next open one first; closed ones say so. */
export function MeetingPicker({ choices, value, onChange, disabled, locale }: MeetingPickerProps) {
  const { t } = useTranslation('outlookIntake');
  const styles = useIntakeFormStyles();
  if (choices.length === 0) return <p className={styles.wrap}>{t('noMeetings')}</p>;
  const chosen = choices.find((c) => c.meeting.id === value);
  return (
    <Field
      label={t('fields.meeting')}
      {...(chosen?.closesAt ? { hint: t('deadline', { date: formatLongDate(lastDay(chosen.closesAt), locale) }) } : {})}
    >
      <Select className={styles.control} value={value} onChange={(_e, d) => onChange(d.value)} disabled={disabled}>
        {choices.map((c) => (
          <option key={c.meeting.id} value={c.meeting.id}>
            {t(c.open ? 'meetingOption' : 'meetingClosed', {
              title: c.meeting.title,
              when: formatMeetingWhen(c.meeting.start, c.meeting.end, locale),
            })}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The last day to submit: the day before the instant submissions close (noon, so no zone moves it). */
function lastDay(closesAt: string): string {
  return new Date(Date.parse(closesAt) - 12 * 3600_000).toISOString();
}

/** The forum to act for, shown only when the person belongs to more than one. */
export function ForumSelectField({
  label,
  forums,
  value,
  onChange,
  disabled,
  className,
}: {
  readonly label: string;
  readonly forums: readonly ForumHome[];
  readonly value: string;
  readonly onChange: (groupId: string) => void;
  readonly disabled: boolean;
  readonly className?: string;
}) {
  if (forums.length < 2) return null;
  return (
    <Field label={label}>
      <Select className={className} value={value} onChange={(_e, d) => onChange(d.value)} disabled={disabled}>
        {forums.map((f) => (
          <option key={f.forum.groupId} value={f.forum.groupId}>
            {f.forum.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
