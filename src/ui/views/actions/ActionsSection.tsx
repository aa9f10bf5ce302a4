import { Body1Strong, Button, makeStyles, tokens } from '@fluentui/react-components';
import { MailAlert20Regular } from '@fluentui/react-icons/svg/mail-alert';
import { TaskListLtr20Regular } from '@fluentui/react-icons/svg/task-list-ltr';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { dueReminders, groupOpenActions } from '../../../domain/actions';
import type { ActionItem, Meeting, SignedInUser } from '../../../domain/types';
import type { ForumHome } from '../../../store/home-data';
import { LiveStatus } from './LiveStatus';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { useLocale } from '../../components/use-locale';
import { errorKey } from '../../errors/describe-error';
import { formatLongDate } from '../../format/dates';
import { useServices } from '../../services';
import { ActionRow } from './ActionRow';
import { SetAsideActions } from './SetAsideActions';
import { CreateActionButton } from './CreateActionButton';
import { UndoDone } from './UndoDone';
import { useComplete } from './use-complete';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  overdue: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, marginInlineStart: 'auto' },
});

/** The meeting new actions are decided at by default: the latest held one, else the next. */
export function currentMeeting(meetings: readonly Meeting[], now: Date): Meeting | undefined {
  const ordinary = meetings.filter((m) => m.kind !== 'planning' && m.status !== 'cancelled');
  const past = ordinary.filter((m) => m.start <= now.toISOString());
  return past[past.length - 1] ?? ordinary[0];
}

/**
 * "Opfølgning" (secretariat and chairs): the forum's open actions, the overdue ones first, then per meeting; the
 * secretariat marks them done and sends the due reminders (each owner once per action, as `sekretariat remind`); a
 * chair marks only their own, on their own record (members read the Actions list). Above them, for the secretariat,
 * the actions someone else wrote or changed, which count nowhere until it confirms or deletes them.
 */
export function ActionsSection({ home, me, now }: { home: ForumHome; me: SignedInUser; now: Date }) {
  const { t } = useTranslation('actions');
  const styles = useStyles();
  const locale = useLocale();
  const { stores } = useServices();
  const api = stores.actions;
  const forum = home.forum;
  const load = useCallback(() => api.open(forum), [api, forum]);
  const [state, reload] = useAsync(load);
  const secretariat = home.role === 'secretariat';
  const completion = useComplete(forum, reload, secretariat ? 'secretariat' : me);
  const { busy, message, error, complete } = completion;
  const mine = (a: ActionItem): boolean => a.ownerEmail === me.email.trim().toLowerCase();
  const due = state.status === 'ready' ? dueReminders(state.value, now) : [];
  const meeting = currentMeeting(home.meetings, now);

  // Reminders that went and some that did not: both are said, the failed ones as the error.
  const remind = useAction(() => api.remindDue(forum, now), {
    success: (report) => ({
      sent: report.sent.length > 0 ? t('section.sent', { count: report.sent.length }) : t('section.remindedNone'),
      failed: report.failed.length > 0 ? t('section.remindFailed', { count: report.failed.length }) : undefined,
    }),
    onSettled: reload,
  });
  const reminding = remind.busy;
  const remindMessage = remind.status?.sent;
  const remindError = remind.error ?? remind.status?.failed;

  const groupTitle = (key: string): string => {
    if (key === 'overdue') return t('section.overdue');
    const m = home.meetings.find((x) => x.id === key);
    return m ? t('section.meeting', { title: m.title, date: formatLongDate(m.start, locale) }) : t('section.unknownMeeting');
  };

  return (
    <Section
      title={t('section.title')}
      icon={<TaskListLtr20Regular />}
      actions={
        <span className={styles.actions}>
          {secretariat && meeting ? (
            <CreateActionButton forum={forum} meetingId={meeting.id} suggestedTitle="" meetings={home.meetings} onCreated={reload} />
          ) : null}
          {secretariat ? (
            <Button
              appearance="subtle"
              size="small"
              icon={<MailAlert20Regular />}
              disabled={reminding || due.length === 0}
              onClick={() => void remind.run()}
            >
              {due.length > 0 ? t('section.remindCount', { count: due.length }) : t('section.remind')}
            </Button>
          ) : null}
        </span>
      }
    >
      <LiveStatus
        {...(state.status === 'loading' ? { busy: t('section.loading') } : reminding ? { busy: true } : {})}
        {...(state.status === 'error'
          ? { error: t(`error.${errorKey(state.error)}`) }
          : error || remindError
            ? { error: error ?? remindError }
            : {})}
      >
        {message ?? remindMessage}
      </LiveStatus>
      <UndoDone completion={completion} />
      {secretariat ? <SetAsideActions home={home} onChanged={reload} /> : null}
      {state.status === 'ready' && state.value.length === 0 ? <EmptyState>{t('section.none')}</EmptyState> : null}
      {state.status === 'ready'
        ? groupOpenActions(state.value, now).map((g) => (
            <div key={g.key} className={styles.group}>
              <Body1Strong as="h3" className={g.overdue ? styles.overdue : undefined}>
                {groupTitle(g.key)}
              </Body1Strong>
              <ul className={styles.list} aria-label={groupTitle(g.key)}>
                {g.actions.map((a) => (
                  <ActionRow
                    key={a.id}
                    action={a}
                    now={now}
                    busy={busy !== undefined}
                    {...(secretariat || mine(a) ? { onDone: (x: ActionItem) => void complete(x) } : {})}
                  />
                ))}
              </ul>
            </div>
          ))
        : null}
    </Section>
  );
}
