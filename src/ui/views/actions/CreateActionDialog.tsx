import {
  Button,
  Combobox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../domain/calendar-date';
import { copenhagenDate } from '../../../domain/copenhagen-time';
import type { ForumMember, Meeting } from '../../../domain/types';
import { DialogStatus } from '../../components/DialogStatus';
import { useAction } from '../../components/use-action';
import { useLocale } from '../../components/use-locale';
import { formatLongDate } from '../../format/dates';
import { useNow, useServices } from '../../services';
import { suggestedActionTitle, type CreateActionProps } from './CreateActionButton';
import { byIso } from '../../../domain/iso-order';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function newCorrelationId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The day of the first meeting after the given one (not a planning meeting, not cancelled); else four weeks on. */
export function defaultDue(meetings: readonly Meeting[], meetingId: string, now: Date): string {
  const from = meetings.find((m) => m.id === meetingId)?.start ?? now.toISOString();
  const after = new Date(Math.max(Date.parse(from), now.getTime())).toISOString();
  const next = [...meetings]
    .sort((a, b) => byIso(a.start, b.start))
    .find((m) => m.start > after && m.kind !== 'planning' && m.status !== 'cancelled');
  return next ? copenhagenDate(new Date(next.start)) : addDays(copenhagenDate(now), 28);
}

const ownerLabel = (m: ForumMember): string => (m.organisation ? `${m.name} (${m.organisation})` : m.name || m.email);

/**
 * "Opret opfølgning": what (prefilled, editable), owner (a member, or any address), due date (the next meeting's
 * day), meeting. One correlation id per opening: a double click or a retry after an error never makes two.
 */
export function CreateActionDialog(props: CreateActionProps & { readonly onClose: () => void }) {
  const { forum, meetingId, agendaItemId, consultationRef, suggestedTitle, onClose, onCreated } = props;
  const { t } = useTranslation('actions');
  const styles = useStyles();
  const locale = useLocale();
  const now = useNow();
  const { stores, host } = useServices();
  const api = stores.actions;
  const meetings = useMemo(() => (props.meetings ?? []).filter((m) => m.status !== 'cancelled'), [props.meetings]);
  const people = useMemo(() => forum.members.filter((m) => m.email !== '' && m.role !== 'observer'), [forum.members]);
  const [correlationId] = useState(newCorrelationId);
  const [title, setTitle] = useState(() => suggestedActionTitle(suggestedTitle));
  const [ownerText, setOwnerText] = useState('');
  const [owner, setOwner] = useState<ForumMember>();
  const [due, setDue] = useState(() => defaultDue(meetings, meetingId, now));
  const [meeting, setMeeting] = useState(meetingId);
  const [notes, setNotes] = useState('');
  const [tried, setTried] = useState(false);

  const typed = ownerText.trim().toLowerCase();
  const ownerEmail = owner?.email ?? (EMAIL.test(typed) ? typed : '');
  const ownerName = owner?.name ?? people.find((p) => p.email.toLowerCase() === ownerEmail)?.name ?? ownerEmail;
  const problems = { title: title.trim() === '', owner: ownerEmail === '', due: !/^\d{4}-\d{2}-\d{2}$/.test(due) };
  const valid = !Object.values(problems).some(Boolean);
  const need = (bad: boolean, message: string) => (tried && bad ? message : undefined);
  const filtered = people.filter(
    (p) => typed === '' || ownerLabel(p).toLowerCase().includes(typed) || p.email.toLowerCase().includes(typed),
  );

  // A second press while the first is on its way is ignored (the correlation id guards retries after it returns).
  const save = useAction(
    () =>
      api.create(forum, {
        title: title.trim(),
        ownerEmail,
        ownerName,
        due,
        meetingId: meeting,
        correlationId,
        ...(agendaItemId ? { agendaItemId } : {}),
        ...(consultationRef ? { consultationRef } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      }),
    {
      onSuccess: (action) => {
        host.notify(t('create.created', { title: action.title }), 'success');
        onCreated?.(action);
        onClose();
      },
    },
  );
  const { busy, error } = save;
  const create = () => {
    setTried(true);
    if (valid) void save.run();
  };

  const meetingLabel = (m: Meeting): string => `${m.title} (${formatLongDate(m.start, locale)})`;
  const chosenMeeting = meetings.find((m) => m.id === meeting);

  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && !busy && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('create.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Field label={t('create.what')} required validationMessage={need(problems.title, t('create.required'))}>
              <Textarea value={title} onChange={(_e, d) => setTitle(d.value)} rows={3} resize="vertical" maxLength={255} />
            </Field>
            <Field
              label={t('create.owner')}
              required
              hint={t('create.ownerHint')}
              validationMessage={need(problems.owner, t('create.ownerInvalid'))}
            >
              <Combobox
                freeform
                value={ownerText}
                selectedOptions={owner ? [owner.email] : []}
                onChange={(e) => {
                  setOwnerText(e.target.value);
                  setOwner(undefined);
                }}
                onOptionSelect={(_e, d) => {
                  const person = people.find((p) => p.email === d.optionValue);
                  setOwner(person);
                  setOwnerText(person ? ownerLabel(person) : (d.optionText ?? ''));
                }}
              >
                {filtered.map((p) => (
                  <Option key={p.id || p.email} value={p.email} text={ownerLabel(p)}>
                    {ownerLabel(p)}
                  </Option>
                ))}
              </Combobox>
            </Field>
            <div className={styles.row}>
              <Field label={t('create.due')} required validationMessage={need(problems.due, t('create.dueInvalid'))}>
                <Input type="date" value={due} onChange={(_e, d) => setDue(d.value)} />
              </Field>
              {meetings.length > 0 ? (
                <Field label={t('create.meeting')}>
                  <Dropdown
                    value={chosenMeeting ? meetingLabel(chosenMeeting) : ''}
                    selectedOptions={[meeting]}
                    onOptionSelect={(_e, d) => d.optionValue && setMeeting(d.optionValue)}
                  >
                    {meetings.map((m) => (
                      <Option key={m.id} value={m.id} text={meetingLabel(m)}>
                        {meetingLabel(m)}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              ) : null}
            </div>
            <Field label={t('create.notes')}>
              <Textarea value={notes} onChange={(_e, d) => setNotes(d.value)} rows={2} resize="vertical" />
            </Field>
            <DialogStatus {...(busy ? { busy: t('create.saving') } : {})} {...(error ? { error } : {})} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" aria-disabled={busy} onClick={create}>
              {t('create.save')}
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
