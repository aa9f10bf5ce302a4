import { Caption1 } from '@fluentui/react-components';
import { CheckmarkCircle24Regular } from '@fluentui/react-icons/svg/checkmark-circle';
import { DocumentCheckmark20Regular } from '@fluentui/react-icons/svg/document-checkmark';
import { DocumentEdit20Regular } from '@fluentui/react-icons/svg/document-edit';
import { MailClock20Regular } from '@fluentui/react-icons/svg/mail-clock';
import { MailError20Regular } from '@fluentui/react-icons/svg/mail-error';
import { MailInbox20Regular } from '@fluentui/react-icons/svg/mail-inbox';
import { MailInboxArrowDown20Regular } from '@fluentui/react-icons/svg/mail-inbox-arrow-down';
import { MailMultiple20Regular } from '@fluentui/react-icons/svg/mail-multiple';
import { Send20Regular } from '@fluentui/react-icons/svg/send';
import { TaskListLtr20Regular } from '@fluentui/react-icons/svg/task-list-ltr';
import { Timer20Regular } from '@fluentui/react-icons/svg/timer';
import { Warning20Regular } from '@fluentui/react-icons/svg/warning';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../../domain/consultation/consultation-types';
import { approvalRoute } from '../../../domain/minutes/approval-link';
import type { Meeting, SignedInUser } from '../../../domain/types';
import type { ForumHome } from '../../../store/home-data';
import type { StuckStep } from '../../../store/stuck-steps';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { useLocale } from '../../components/use-locale';
import { formatLongDate, formatRelativeDays, formatShortDate } from '../../format/dates';
import { callRecipients } from '../../../domain/call-for-items';
import { sendCallsForItemsNow } from '../../commands/call-for-items-commands';
import { useCommandContext } from '../../commands/command-context';
import { fetchNewItems } from '../../commands/intake-commands';
import { CommandButton } from '../../commands/CommandButton';
import { secretariatTodo, type CallForItemsTodo } from '../../model/todo';
import { consultationsToClose, minutesTodos, type MinutesTodo } from '../../model/work-todo';
import { TodoEntry, useTodoStyles } from '../todo/TodoEntry';
import { NewItemLinks } from '../todo/NewItemLinks';
import { TodoLink } from '../todo/TodoLink';
import { ConsultationOverview } from './consultation/lazy-overview';
import { useConsultationRows } from './consultation/use-consultation-rows';
import { OPERATIONS_STATUS_ID, useStuckSteps } from './use-stuck-steps';

/** A due call for items with its "Send indkaldelse nu" button and a live region for how it went. */
function CallTodo({ home, call }: { home: ForumHome; call: CallForItemsTodo }) {
  const styles = useTodoStyles();
  const { t } = useTranslation(['todo', 'callForItems', 'intake', 'operations', 'secretariat']);
  const locale = useLocale();
  const [status, setStatus] = useState('');
  const meeting = formatShortDate(call.meeting.start, locale);
  const mailbox = home.forum.mailbox;
  if (call.status === 'needs-checking') {
    return (
      <TodoEntry icon={<MailError20Regular />} title={t('callForItems:needsChecking', { meeting })}>
        <Caption1 className={styles.muted}>{t('callForItems:needsCheckingHint', { mailbox })}</Caption1>
      </TodoEntry>
    );
  }
  return (
    <TodoEntry icon={<MailClock20Regular />} title={t('callForItems:due', { meeting })}>
      <Caption1 className={styles.muted}>
        {t('callForItems:dueHint', {
          date: formatLongDate(`${call.submissionsClose}T12:00:00Z`, locale),
          mailbox,
          count: callRecipients(home.forum).length,
        })}
      </Caption1>
      <div className={styles.actions}>
        <CommandButton
          command={sendCallsForItemsNow}
          arg={{ forum: home.forum, meeting: call.meeting, locale, onStatus: setStatus }}
          size="small"
          appearance="primary"
        >
          {t('callForItems:send')}
        </CommandButton>
        <Caption1 role="status" aria-live="polite">
          {status}
        </Caption1>
      </div>
    </TodoEntry>
  );
}

/** "Indbakke": fetch the forum mailbox's new mail as submissions now, with a live region for what came in. */
function InboxTodo({ home }: { home: ForumHome }) {
  const styles = useTodoStyles();
  const { t } = useTranslation(['todo', 'callForItems', 'intake', 'operations', 'secretariat']);
  const [status, setStatus] = useState('');
  const mailbox = home.forum.mailbox;
  return (
    <TodoEntry icon={<MailInboxArrowDown20Regular />} title={t('intake:title')}>
      <Caption1 className={styles.muted}>{t('intake:hint', { mailbox })}</Caption1>
      <div className={styles.actions}>
        <CommandButton command={fetchNewItems} arg={{ forum: home.forum, onStatus: setStatus }} size="small">
          {t('intake:fetch')}
        </CommandButton>
        <Caption1 role="status" aria-live="polite">
          {status}
        </Caption1>
      </div>
    </TodoEntry>
  );
}

/** The way into a version's minutes: the meeting dialog at Referat, or (a meeting outside the home's year) the version's approval page. */
function MinutesLink({ home, todo, children }: { home: ForumHome; todo: MinutesTodo; children: string }) {
  const { t } = useTranslation(['todo', 'callForItems', 'intake', 'operations', 'secretariat']);
  const ctx = useCommandContext();
  const meeting = todo.meeting;
  return meeting ? (
    <TodoLink to={t('to.minutes')} onClick={() => ctx.showMeeting(meeting, home.forum, 'minutes')}>
      {children}
    </TodoLink>
  ) : (
    <TodoLink to={t('to.approval')} href={`#/${approvalRoute({ groupId: home.forum.groupId, versionId: todo.version.id })}`}>
      {children}
    </TodoLink>
  );
}

function useMeetingName() {
  const locale = useLocale();
  return (todo: Pick<MinutesTodo, 'meeting' | 'version'>): string =>
    todo.meeting ? `${todo.meeting.title} (${formatShortDate(todo.meeting.start, locale)})` : todo.version.meetingId;
}

/** A chair asked for changes: who, when, their words (text only, capped by the model), and the way to the minutes. */
function ChangesTodo({ home, todo }: { home: ForumHome; todo: MinutesTodo }) {
  const styles = useTodoStyles();
  const { t } = useTranslation(['todo', 'callForItems', 'intake', 'operations', 'secretariat']);
  const locale = useLocale();
  const meeting = useMeetingName()(todo);
  return (
    <TodoEntry icon={<DocumentEdit20Regular />} title={t('changes.title', { meeting })} warning>
      <ul className={styles.sub}>
        {todo.changeRequests.map((r) => (
          <li key={r.chair.email}>
            <Caption1>{t('changes.by', { name: r.chair.name || r.chair.email, date: formatLongDate(r.at, locale) })}</Caption1>
            {r.comment ? <p className={styles.quote}>{r.comment}</p> : null}
            {r.itemComments.map((c) => (
              <p key={c.agendaItemId} className={styles.quote}>
                {t('changes.item', { comment: c.comment })}
              </p>
            ))}
          </li>
        ))}
      </ul>
      <div>
        <MinutesLink home={home} todo={todo}>
          {t('changes.open', { meeting })}
        </MinutesLink>
      </div>
    </TodoEntry>
  );
}

function CirculateTodo({ home, todo }: { home: ForumHome; todo: MinutesTodo }) {
  const styles = useTodoStyles();
  const { t } = useTranslation(['todo', 'callForItems', 'intake', 'operations', 'secretariat']);
  const meeting = useMeetingName()(todo);
  return (
    <TodoEntry icon={<Send20Regular />} title={t('circulate.title', { meeting })}>
      <Caption1 className={styles.muted}>
        {t('circulate.hint', { approvals: todo.approvals, required: todo.required, version: todo.version.version })}
      </Caption1>
      <div>
        <MinutesLink home={home} todo={todo}>
          {t('circulate.open', { meeting })}
        </MinutesLink>
      </div>
    </TodoEntry>
  );
}

/** Minutes with chairs still to answer: how far, who is missing, each a way to the meeting's Referat. */
function AwaitingTodo({ home, todos }: { home: ForumHome; todos: readonly MinutesTodo[] }) {
  const styles = useTodoStyles();
  const { t } = useTranslation(['todo', 'callForItems', 'intake', 'operations', 'secretariat']);
  const name = useMeetingName();
  return (
    <TodoEntry icon={<DocumentCheckmark20Regular />} title={t('secretariat:minutesAwaiting', { count: todos.length })}>
      <ul className={styles.sub}>
        {todos.map((p) => (
          <li key={p.version.id}>
            <MinutesLink home={home} todo={p}>
              {t('awaiting.line', { approved: p.approvals, required: p.required, version: p.version.version, meeting: name(p) })}
            </MinutesLink>
            {p.missing.length > 0 ? (
              <Caption1
                className={styles.muted}
              >{` · ${t('awaiting.missing', { names: p.missing.map((c) => c.name || c.email).join(', ') })}`}</Caption1>
            ) : null}
          </li>
        ))}
      </ul>
    </TodoEntry>
  );
}

/** Half-done sends: each to its meeting when it has one in the home, else to the Driftsstatus bar (what to do about it). */
function StuckTodo({ home, stuck }: { home: ForumHome; stuck: readonly StuckStep[] }) {
  const styles = useTodoStyles();
  const { t } = useTranslation(['todo', 'callForItems', 'intake', 'operations', 'secretariat']);
  const ctx = useCommandContext();
  const meetingOf = (s: StuckStep): { meeting: Meeting; section?: 'minutes' } | undefined => {
    if (s.list === 'Meetings') {
      const meeting = home.meetings.find((m) => m.id === s.itemId);
      return meeting ? { meeting } : undefined;
    }
    if (s.list === 'MinutesVersions') {
      const version = home.minutesAwaitingApproval.find((v) => v.id === s.itemId);
      const meeting = version ? home.meetings.find((m) => m.id === version.meetingId) : undefined;
      return meeting ? { meeting, section: 'minutes' } : undefined;
    }
    return undefined;
  };
  const toStatus = () => {
    const bar = document.getElementById(OPERATIONS_STATUS_ID);
    bar?.scrollIntoView?.({ block: 'start' });
    bar?.focus();
  };
  return (
    <TodoEntry icon={<Warning20Regular />} title={t('stuck.title', { count: stuck.length })} warning>
      <ul className={styles.sub}>
        {stuck.map((s) => {
          const text = t('stuck.line', { step: t(`operations:steps.${s.step}`), title: s.title });
          const target = meetingOf(s);
          return (
            <li key={`${s.list}:${s.itemId}:${s.step}`}>
              {target ? (
                <TodoLink
                  to={t(target.section ? 'to.minutes' : 'to.meeting')}
                  onClick={() => ctx.showMeeting(target.meeting, home.forum, target.section)}
                >
                  {text}
                </TodoLink>
              ) : (
                <TodoLink to={t('to.status')} onClick={toStatus}>
                  {text}
                </TodoLink>
              )}
            </li>
          );
        })}
      </ul>
    </TodoEntry>
  );
}

/**
 * "Det skal gøres": everything waiting for the secretariat, each entry a way to where it is done — a chair's change
 * request (with its comments) and minutes ready to circulate (the meeting at Referat), stalled sends, calls for items,
 * consultations to close (the consultation), the next deadline, new items (Planlægning, at the item) and the approvals
 * still missing. Consultations and stalled sends come from the reads their sections make (shared, no second trip).
 */
export function TodoList({ home, me, now }: { home: ForumHome; me: SignedInUser; now: Date }) {
  const styles = useTodoStyles();
  const { t } = useTranslation(['todo', 'callForItems', 'intake', 'operations', 'secretariat']);
  const locale = useLocale();
  const secretariat = home.role === 'secretariat';
  const [rows, refreshRows] = useConsultationRows(home);
  const stuck = useStuckSteps(home, secretariat);
  const [open, setOpen] = useState<Consultation>();
  const inbox = home.forum.mailbox !== '' ? <InboxTodo home={home} /> : null;
  const todo = secretariatTodo(home, now);
  const minutes = minutesTodos(home);
  const changes = minutes.filter((m) => m.kind === 'changes-requested');
  const ready = minutes.filter((m) => m.kind === 'ready-to-circulate');
  const awaiting = minutes.filter((m) => m.kind === 'awaiting');
  const toClose = secretariat && rows.status === 'ready' ? consultationsToClose(rows.value.consultations, now) : [];
  const empty =
    todo.newSubmissions.length === 0 &&
    minutes.length === 0 &&
    !todo.nextDeadline &&
    todo.callsForItems.length === 0 &&
    toClose.length === 0 &&
    stuck.length === 0;
  const d = todo.nextDeadline;
  return (
    <Section title={t('secretariat:todo')} icon={<TaskListLtr20Regular />}>
      {empty ? (
        <>
          <EmptyState icon={<CheckmarkCircle24Regular />}>{t('secretariat:todoEmpty')}</EmptyState>
          {inbox ? <ul className={styles.list}>{inbox}</ul> : null}
        </>
      ) : (
        <ul className={styles.list}>
          {inbox}
          {changes.map((m) => (
            <ChangesTodo key={m.version.id} home={home} todo={m} />
          ))}
          {ready.map((m) => (
            <CirculateTodo key={m.version.id} home={home} todo={m} />
          ))}
          {stuck.length > 0 ? <StuckTodo home={home} stuck={stuck} /> : null}
          {todo.callsForItems.map((call) => (
            <CallTodo key={call.meeting.id} home={home} call={call} />
          ))}
          {toClose.length > 0 ? (
            <TodoEntry icon={<MailMultiple20Regular />} title={t('consultations.title', { count: toClose.length })}>
              <ul className={styles.sub}>
                {toClose.map(({ consultation: c, why, answered }) => (
                  <li key={c.id}>
                    <TodoLink to={t('to.consultation')} onClick={() => setOpen(c)}>
                      {t('consultations.open', { reference: c.reference, title: c.title })}
                    </TodoLink>
                    <Caption1
                      className={styles.muted}
                    >{` · ${why === 'deadline-passed' ? t('consultations.deadlinePassed', { answered, total: c.recipients.length }) : t('consultations.allAnswered', { total: c.recipients.length })}`}</Caption1>
                  </li>
                ))}
              </ul>
            </TodoEntry>
          ) : null}
          {d ? (
            <TodoEntry
              icon={<Timer20Regular />}
              title={
                d.kind === 'submissions'
                  ? t('secretariat:submissionDeadline', {
                      meeting: formatShortDate(d.meeting.start, locale),
                      date: formatLongDate(d.day, locale),
                    })
                  : t('secretariat:agendaDeadline', { date: formatLongDate(d.day, locale) })
              }
            >
              <Caption1 className={styles.muted}>{formatRelativeDays(d.day, now, locale)}</Caption1>
            </TodoEntry>
          ) : null}
          {todo.newSubmissions.length > 0 ? (
            <TodoEntry icon={<MailInbox20Regular />} title={t('secretariat:newSubmissions', { count: todo.newSubmissions.length })}>
              <Caption1 className={styles.muted}>{t('secretariat:newSubmissionsHint')}</Caption1>
              <NewItemLinks items={todo.newSubmissions} role="secretariat" />
            </TodoEntry>
          ) : null}
          {awaiting.length > 0 ? <AwaitingTodo home={home} todos={awaiting} /> : null}
        </ul>
      )}
      {open ? (
        <Suspense fallback={null}>
          <ConsultationOverview
            home={home}
            me={me}
            now={now}
            consultation={open}
            onClose={() => setOpen(undefined)}
            onChanged={refreshRows}
          />
        </Suspense>
      ) : null}
    </Section>
  );
}
