import { Button, Checkbox, Field, Input, makeStyles, Select, Spinner, tokens } from '@fluentui/react-components';
import { CalendarAdd20Regular } from '@fluentui/react-icons/svg/calendar-add';
import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { BOOKING_KINDS, durationFor } from '../../domain/appointment-booking';
import type { MeetingKind } from '../../domain/types';
import { useCommandContext } from '../commands/command-context';
import { Section } from '../components/Section';
import { useAction } from '../components/use-action';
import { formatMeetingWhen } from '../format/dates';
import type { AppointmentBookingProps } from '../parts';
import { useNow, useServices } from '../services';
import { useLayoutStyles } from '../styles';
import { appointmentHost, fillAsForumMeeting, preparableMeetings, saveAndRegister, type FilledAppointment } from './booking-flow';
import { paneCardLoading, PaneStatus, stickyActionBar, useLastLoadedHome } from './PaneParts';
import { ForumSelectField } from './SubmissionFields';

// Stacked fields that may shrink: a 320 px task pane must not scroll sideways (WCAG 1.4.10).
const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '28rem', minWidth: 0 },
  control: { minWidth: 0, width: '100%' },
  actions: stickyActionBar,
});

/** How the last step went: the appointment filled in, or saved and registered. */
type Done = { readonly step: 'filled' | 'registered'; readonly message: string };

/**
 * "Book as forum meeting", in Outlook's organizer view: the secretariat picks one of its forums and the kind of
 * meeting; the add-in fills the appointment (subject, invitees, invitation, room, length, Teams link), and on
 * "Save and register" saves it and enters it in the forum's year of meetings. Shown only to a secretariat, and only
 * where the host has an appointment to fill.
 */
export function AppointmentBooking({ state }: AppointmentBookingProps) {
  const { t } = useTranslation('outlookBooking');
  const styles = useStyles();
  const layout = useLayoutStyles();
  const services = useServices();
  const ctx = useCommandContext();
  const now = useNow();
  const host = appointmentHost(services.host);
  const stores = services.stores.appointments;

  const data = useLastLoadedHome(state);
  const forums = useMemo(() => (data?.forums ?? []).filter((f) => f.role === 'secretariat'), [data]);

  const [forumId, setForumId] = useState('');
  const [kind, setKind] = useState<MeetingKind>('ordinary');
  const [purpose, setPurpose] = useState('');
  const [preparesId, setPreparesId] = useState('');
  const [teams, setTeams] = useState(true);
  const [forumLength, setForumLength] = useState(false);
  // Filling the appointment and registering it share the pane's status: one step at a time, its outcome in one place.
  const step = useAction((_step: 'filling' | 'registering', work: () => Promise<Done>) => work(), {
    success: (done) => done,
    onSuccess: (done) => {
      if (done.step !== 'registered') return;
      services.host.notify(done.message, 'success');
      ctx.reload();
    },
  });
  const [filled, setFilled] = useState<FilledAppointment>();
  const [invalid, setInvalid] = useState<'purpose' | 'prepares'>();

  if (!host) return null;
  if (!data) return state.status === 'error' ? null : paneCardLoading(t('title'), <CalendarAdd20Regular />);
  if (forums.length === 0) return null;
  const home = forums.find((f) => f.forum.groupId === forumId) ?? forums[0];
  if (!home) return null;
  const upcoming = preparableMeetings(home, now);
  const prepares = upcoming.find((m) => m.id === preparesId) ?? upcoming[0];
  const { busy } = step;
  const minutes = durationFor(home.forum.settings, kind);

  const choice = () => ({
    kind,
    purpose: purpose.trim(),
    preparesId: prepares?.id ?? '',
    teams,
    forumLength: forumLength && minutes !== undefined,
  });

  const validate = (): boolean => {
    const problem =
      kind === 'extraordinary' && purpose.trim() === '' ? 'purpose' : kind === 'planning' && !prepares ? 'prepares' : undefined;
    setInvalid(problem);
    return problem === undefined;
  };
  // The same forum, and a Teams link wanted again: keep the link already in the appointment.
  const reusableLink = (c: ReturnType<typeof choice>) =>
    filled && c.teams && filled.forum.forum.groupId === home.forum.groupId ? filled.joinUrl : undefined;

  const fill = async (): Promise<FilledAppointment | undefined> => {
    if (!validate()) return undefined;
    let result: FilledAppointment | undefined;
    const ok = await step.run('filling', async () => {
      const c = choice();
      result = await fillAsForumMeeting(host, stores, home, c, reusableLink(c));
      setFilled(result);
      return {
        step: 'filled',
        message: t('filled', {
          subject: result.booking.subject,
          when: formatMeetingWhen(result.booking.start, result.booking.end, ctx.locale),
        }),
      };
    });
    return ok ? result : undefined;
  };

  const register = async (): Promise<void> => {
    const c = choice();
    const current = filled && filled.forum.forum.groupId === home.forum.groupId && sameChoice(filled.choice, c) ? filled : await fill();
    if (!current) return;
    await step.run('registering', async () => {
      const result = await saveAndRegister(host, stores, current);
      return {
        step: 'registered',
        message: t(result.created ? 'registered' : 'updated', {
          forum: home.forum.name,
          title: result.meeting.title,
        }),
      };
    });
  };

  const running = step.pending[0]?.[0];
  const status = running === 'filling' ? t('filling') : running === 'registering' ? t('registering') : (step.status?.message ?? '');

  return (
    <Section title={t('title')} icon={<CalendarAdd20Regular />} sticky>
      <p className={layout.muted}>{t('intro')}</p>
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void fill();
        }}
      >
        <ForumSelectField
          label={t('forum')}
          className={styles.control}
          forums={forums}
          value={home.forum.groupId}
          onChange={setForumId}
          disabled={busy}
        />
        {forums.length < 2 ? <p>{t('oneForum', { forum: home.forum.name })}</p> : null}
        <Field label={t('kind')}>
          <Select className={styles.control} value={kind} onChange={(_e, d) => setKind(d.value as MeetingKind)} disabled={busy}>
            {BOOKING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        {kind === 'extraordinary' ? (
          <Field
            label={t('purpose')}
            required
            hint={t('purposeHint')}
            {...(invalid === 'purpose' ? { validationState: 'error' as const, validationMessage: t('purposeRequired') } : {})}
          >
            <Input className={styles.control} value={purpose} maxLength={200} onChange={(_e, d) => setPurpose(d.value)} disabled={busy} />
          </Field>
        ) : null}
        {kind === 'planning' ? (
          <Field
            label={t('prepares')}
            required
            {...(invalid === 'prepares' || upcoming.length === 0
              ? { validationState: 'error' as const, validationMessage: t('noUpcoming') }
              : {})}
          >
            <Select
              className={styles.control}
              value={prepares?.id ?? ''}
              onChange={(_e, d) => setPreparesId(d.value)}
              disabled={busy || upcoming.length === 0}
            >
              {upcoming.map((m) => (
                <option key={m.id} value={m.id}>
                  {`${m.title} – ${formatMeetingWhen(m.start, m.end, ctx.locale)}`}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {minutes !== undefined ? (
          <Checkbox
            checked={forumLength}
            onChange={(_e, d) => setForumLength(d.checked === true)}
            label={t('forumLength', { length: lengthText(minutes, t) })}
            disabled={busy}
          />
        ) : null}
        <Checkbox checked={teams} onChange={(_e, d) => setTeams(d.checked === true)} label={t('teams')} disabled={busy} />
        <div className={styles.actions}>
          <Button type="submit" disabled={busy}>
            {t('fill')}
          </Button>
          <Button appearance="primary" disabled={busy} onClick={() => void register()}>
            {t('register')}
          </Button>
          {busy ? <Spinner size="tiny" aria-hidden /> : null}
        </div>
      </form>
      <PaneStatus status={status} success={step.status?.step === 'registered'} error={step.error} />
    </Section>
  );
}

function sameChoice(a: FilledAppointment['choice'], b: FilledAppointment['choice']): boolean {
  return (
    a.kind === b.kind && a.purpose === b.purpose && a.preparesId === b.preparesId && a.teams === b.teams && a.forumLength === b.forumLength
  );
}

/** "2 timer", "1 time og 30 minutter", "45 minutter". */
function lengthText(minutes: number, t: TFunction<'outlookBooking'>): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('minutes', { count: rest });
  return rest === 0 ? t('hours', { count: hours }) : `${t('hours', { count: hours })} ${t('and')} ${t('minutes', { count: rest })}`;
}
