import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  Label,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REMINDER_HOURS } from '../../../../domain/consultation/reminder';
import type { ConsultationRecipient } from '../../../../domain/consultation/consultation-types';
import { copenhagenToUtcIso, utcToCopenhagenLocal } from '../../../../domain/copenhagen-time';
import type { Forum, ForumMember } from '../../../../domain/types';
import { workingDayOnOrAfter } from '../../../../domain/working-day';
import type { NewAttachment, SendResult } from '../../../../store/consultation/consultation-api';
import { DialogStatus } from '../../../components/DialogStatus';
import { useAction } from '../../../components/use-action';
import { useServices } from '../../../services';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  when: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  people: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))', border: 'none', padding: 0, margin: 0 },
});

const REMINDERS = [0, 24, 48, 72];
const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export const recipientOf = (m: ForumMember): ConsultationRecipient => ({
  memberId: m.id,
  name: m.name,
  email: m.email.toLowerCase(),
  ...(m.organisation ? { organisation: m.organisation } : {}),
  ...(m.substituteEmail ? { substituteEmail: m.substituteEmail.toLowerCase() } : {}),
});

/** Members and chairs with an address: who a consultation goes to by default. */
export const askable = (forum: Forum): ForumMember[] =>
  forum.members.filter((m) => (m.role === 'member' || m.role === 'chair') && m.email !== '');

/** A week from now at noon, moved to the next working day when that falls on a weekend or a holiday. */
export function defaultDeadline(now: Date): { date: string; time: string } {
  const local = utcToCopenhagenLocal(new Date(now.getTime() + 7 * 86_400_000));
  return { date: workingDayOnOrAfter(local.slice(0, 10)), time: '12:00' };
}

/** "Ny høring": the matter, the question, the deadline, the recipients (all or chosen), attachments, sign-off. */
export function NewConsultationDialog({
  forum,
  now,
  onClose,
  onStarted,
}: {
  forum: Forum;
  now: Date;
  onClose: () => void;
  onStarted: (result: SendResult) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation('consultation');
  const { stores } = useServices();
  const api = stores.consultations;
  const people = useMemo(() => askable(forum), [forum]);
  const [correlationId] = useState(() =>
    typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`,
  );
  const [title, setTitle] = useState('');
  const [recommendations, setRecommendations] = useState('');
  const [description, setDescription] = useState('');
  const [question, setQuestion] = useState('');
  const [deadline, setDeadline] = useState(() => defaultDeadline(now));
  const [reminder, setReminder] = useState(DEFAULT_REMINDER_HOURS);
  const [everyone, setEveryone] = useState(true);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set());
  const [files, setFiles] = useState<File[]>([]);
  const [signOff, setSignOff] = useState(false);
  const [tried, setTried] = useState(false);
  const fileId = useId();

  const deadlineIso =
    /^\d{4}-\d{2}-\d{2}$/.test(deadline.date) && /^\d{2}:\d{2}$/.test(deadline.time)
      ? copenhagenToUtcIso(`${deadline.date}T${deadline.time}`)
      : undefined;
  const recipients = (everyone ? people : people.filter((p) => chosen.has(p.email))).map(recipientOf);
  const problems = {
    title: title.trim() === '',
    question: question.trim() === '',
    deadline: !deadlineIso || Date.parse(deadlineIso) <= now.getTime(),
    recipients: recipients.length === 0,
  };
  const valid = !Object.values(problems).some(Boolean);

  const begin = useAction(
    async (at: string) => {
      const attachments: NewAttachment[] = await Promise.all(
        files.map(async (f) => ({ name: f.name, contentType: f.type, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      return api.start(forum, {
        correlationId,
        title: title.trim(),
        question: question.trim(),
        recommendations: recommendations
          .split(/\r?\n/)
          .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
          .filter((l) => l !== ''),
        description: description.trim(),
        deadline: at,
        recipients,
        ...(reminder > 0 ? { reminderHours: reminder } : {}),
        signOffRequired: signOff,
        attachments,
      });
    },
    { onSuccess: onStarted },
  );
  const { busy, error } = begin;
  const start = () => {
    setTried(true);
    if (!api || !valid || !deadlineIso) return;
    void begin.run(deadlineIso);
  };

  const toggle = (email: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(email);
      else next.delete(email);
      return next;
    });

  const need = (bad: boolean, message = t('form.required')) => (tried && bad ? message : undefined);

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && !busy && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('form.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={t('form.matterTitle')} required validationMessage={need(problems.title)}>
              <Input value={title} onChange={(_e, d) => setTitle(d.value)} maxLength={200} />
            </Field>
            <Field label={t('form.recommendations')} hint={t('form.recommendationsHint')}>
              <Textarea value={recommendations} onChange={(_e, d) => setRecommendations(d.value)} resize="vertical" maxLength={4000} />
            </Field>
            <Field label={t('form.description')}>
              <Textarea value={description} onChange={(_e, d) => setDescription(d.value)} resize="vertical" rows={5} maxLength={20000} />
            </Field>
            <Field label={t('form.question')} hint={t('form.questionHint')} required validationMessage={need(problems.question)}>
              <Input value={question} onChange={(_e, d) => setQuestion(d.value)} maxLength={500} />
            </Field>
            <div className={styles.when}>
              <Field label={t('form.deadlineDate')} required validationMessage={need(problems.deadline, t('form.deadlinePast'))}>
                <Input type="date" value={deadline.date} onChange={(_e, d) => setDeadline((x) => ({ ...x, date: d.value }))} />
              </Field>
              <Field label={t('form.deadlineTime')} required>
                <Input type="time" value={deadline.time} onChange={(_e, d) => setDeadline((x) => ({ ...x, time: d.value }))} />
              </Field>
            </div>
            <Field label={t('form.reminder')}>
              <Dropdown
                value={reminder > 0 ? t('form.reminderHours', { count: reminder }) : t('form.reminderNone')}
                selectedOptions={[String(reminder)]}
                onOptionSelect={(_e, d) => setReminder(Number(d.optionValue ?? DEFAULT_REMINDER_HOURS))}
              >
                {REMINDERS.map((h) => (
                  <Option key={h} value={String(h)}>
                    {h > 0 ? t('form.reminderHours', { count: h }) : t('form.reminderNone')}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={t('form.recipients')} validationMessage={need(problems.recipients, t('form.noRecipients'))}>
              <RadioGroup value={everyone ? 'all' : 'chosen'} onChange={(_e, d) => setEveryone(d.value === 'all')}>
                <Radio value="all" label={t('form.recipientsAll', { count: people.length })} />
                <Radio value="chosen" label={t('form.recipientsChosen')} />
              </RadioGroup>
            </Field>
            {everyone ? null : (
              <fieldset className={styles.people}>
                <legend>{t('form.recipientsChosen')}</legend>
                {people.map((m) => (
                  <Checkbox
                    key={m.id}
                    label={m.organisation ? `${m.name} (${m.organisation})` : m.name}
                    checked={chosen.has(m.email)}
                    onChange={(_e, d) => toggle(m.email, d.checked === true)}
                  />
                ))}
              </fieldset>
            )}
            <div className={styles.file}>
              <Label htmlFor={fileId}>{t('form.attachments')}</Label>
              <input
                id={fileId}
                type="file"
                multiple
                aria-describedby={`${fileId}-hint`}
                onChange={(e) => setFiles([...(e.target.files ?? [])].filter((f) => f.size <= MAX_ATTACHMENT_BYTES))}
              />
              <Caption1 id={`${fileId}-hint`}>{files.length > 0 ? t('form.attachmentsChosen', { count: files.length }) : ''}</Caption1>
            </div>
            <Checkbox label={t('form.signOff')} checked={signOff} onChange={(_e, d) => setSignOff(d.checked === true)} />
            <DialogStatus {...(busy ? { busy: t('form.starting') } : {})} {...(error ? { error } : {})} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy || !api} onClick={start}>
              {signOff ? t('form.startSignOff') : t('form.start')}
            </Button>
            <Button disabled={busy} onClick={onClose}>
              {t('command.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
