import { Body1Strong, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle24Regular, DocumentCheckmark20Regular, MailClock20Regular, MailError20Regular, MailInbox20Regular, MailInboxArrowDown20Regular, Timer20Regular, TaskListLtr20Regular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForumHome } from '../../../store/home-data';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { useLocale } from '../../components/use-locale';
import { formatLongDate, formatRelativeDays, formatShortDate } from '../../format/dates';
import { callRecipients } from '../../../domain/call-for-items';
import { sendCallsForItemsNow } from '../../commands/call-for-items-commands';
import { fetchNewItems } from '../../commands/intake-commands';
import { addCallForItemsStrings } from '../../i18n/call-for-items-strings';
import { addIntakeStrings } from '../../i18n/intake-strings';
import { useServices } from '../../services';
import { CommandButton } from '../../commands/CommandButton';
import { secretariatTodo, type CallForItemsTodo } from '../../model/todo';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'grid', gridTemplateColumns: 'min-content 1fr', gap: tokens.spacingHorizontalS },
  icon: { color: tokens.colorBrandForeground1, paddingTop: tokens.spacingVerticalXXS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  sub: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS },
});

function Todo({ icon, title, children }: { icon: ReactNode; title: string; children?: ReactNode }) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <span className={styles.icon} aria-hidden>
        {icon}
      </span>
      <div className={styles.body}>
        <Body1Strong>{title}</Body1Strong>
        {children}
      </div>
    </li>
  );
}

/** A due call for items with its "Send indkaldelse nu" button and a live region for how it went. */
function CallTodo({ home, call }: { home: ForumHome; call: CallForItemsTodo }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = useLocale();
  const [status, setStatus] = useState('');
  const meeting = formatShortDate(call.meeting.start, locale);
  const mailbox = home.forum.mailbox;
  if (call.status === 'needs-checking') {
    return (
      <Todo icon={<MailError20Regular />} title={t('callForItems.needsChecking', { meeting })}>
        <Caption1 className={styles.muted}>{t('callForItems.needsCheckingHint', { mailbox })}</Caption1>
      </Todo>
    );
  }
  return (
    <Todo icon={<MailClock20Regular />} title={t('callForItems.due', { meeting })}>
      <Caption1 className={styles.muted}>{t('callForItems.dueHint', { date: formatLongDate(`${call.submissionsClose}T12:00:00Z`, locale), mailbox, count: callRecipients(home.forum).length })}</Caption1>
      <div className={styles.actions}>
        <CommandButton command={sendCallsForItemsNow} arg={{ forum: home.forum, meeting: call.meeting, locale, onStatus: setStatus }} size="small" appearance="primary">
          {t('callForItems.send')}
        </CommandButton>
        <Caption1 role="status" aria-live="polite">
          {status}
        </Caption1>
      </div>
    </Todo>
  );
}

/** "Indbakke": fetch the forum mailbox's new mail as submissions now, with a live region for what came in. */
function InboxTodo({ home }: { home: ForumHome }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const mailbox = home.forum.mailbox;
  return (
    <Todo icon={<MailInboxArrowDown20Regular />} title={t('intake.title')}>
      <Caption1 className={styles.muted}>{t('intake.hint', { mailbox })}</Caption1>
      <div className={styles.actions}>
        <CommandButton command={fetchNewItems} arg={{ forum: home.forum, onStatus: setStatus }} size="small">
          {t('intake.fetch')}
        </CommandButton>
        <Caption1 role="status" aria-live="polite">
          {status}
        </Caption1>
      </div>
    </Todo>
  );
}

/** "Det skal gøres": submissions to triage, minutes awaiting the chairs, the next deadline. */
export function TodoList({ home, now }: { home: ForumHome; now: Date }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  addIntakeStrings(i18n);
  addCallForItemsStrings(i18n);
  const locale = useLocale();
  const { stores } = useServices();
  const inbox = stores.intake !== undefined && home.forum.mailbox !== '' ? <InboxTodo home={home} /> : null;
  const todo = secretariatTodo(home, now);
  const empty = todo.newSubmissions.length === 0 && todo.minutes.length === 0 && !todo.nextDeadline && todo.callsForItems.length === 0;
  const d = todo.nextDeadline;
  return (
    <Section title={t('secretariat.todo')} icon={<TaskListLtr20Regular />}>
      {empty ? (
        <>
          <EmptyState icon={<CheckmarkCircle24Regular />}>{t('secretariat.todoEmpty')}</EmptyState>
          {inbox ? <ul className={styles.list}>{inbox}</ul> : null}
        </>
      ) : (
        <ul className={styles.list}>
          {inbox}
          {todo.callsForItems.map((call) => (
            <CallTodo key={call.meeting.id} home={home} call={call} />
          ))}
          {d ? (
            <Todo
              icon={<Timer20Regular />}
              title={d.kind === 'submissions' ? t('secretariat.submissionDeadline', { meeting: formatShortDate(d.meeting.start, locale), date: formatLongDate(d.day, locale) }) : t('secretariat.agendaDeadline', { date: formatLongDate(d.day, locale) })}
            >
              <Caption1 className={styles.muted}>{formatRelativeDays(d.day, now, locale)}</Caption1>
            </Todo>
          ) : null}
          {todo.newSubmissions.length > 0 ? (
            <Todo icon={<MailInbox20Regular />} title={t('secretariat.newSubmissions', { count: todo.newSubmissions.length })}>
              <Caption1 className={styles.muted}>{t('secretariat.newSubmissionsHint')}</Caption1>
              <ul className={styles.sub}>
                {todo.newSubmissions.map((s) => (
                  <li key={s.id}>
                    <Caption1>
                      {s.title} – {t('secretariat.from', { name: s.senderName })}, {formatShortDate(s.receivedAt, locale)}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </Todo>
          ) : null}
          {todo.minutes.length > 0 ? (
            <Todo icon={<DocumentCheckmark20Regular />} title={t('secretariat.minutesAwaiting', { count: todo.minutes.length })}>
              <ul className={styles.sub}>
                {todo.minutes.map((p) => {
                  const meeting = home.meetings.find((m) => m.id === p.version.meetingId);
                  return (
                    <li key={p.version.id}>
                      <Caption1>
                        {t('secretariat.approvalsProgress', { approved: p.approvedBy.length, chairs: p.chairs.length, version: p.version.version, meeting: meeting ? formatShortDate(meeting.start, locale) : p.version.meetingId })}
                      </Caption1>
                    </li>
                  );
                })}
              </ul>
            </Todo>
          ) : null}
        </ul>
      )}
    </Section>
  );
}
