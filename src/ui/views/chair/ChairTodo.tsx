import { Caption1 } from '@fluentui/react-components';
import { CheckmarkCircle24Regular } from '@fluentui/react-icons/svg/checkmark-circle';
import { DocumentCheckmark20Regular } from '@fluentui/react-icons/svg/document-checkmark';
import { MailInbox20Regular } from '@fluentui/react-icons/svg/mail-inbox';
import { MailMultiple20Regular } from '@fluentui/react-icons/svg/mail-multiple';
import { TaskListLtr20Regular } from '@fluentui/react-icons/svg/task-list-ltr';
import { useTranslation } from 'react-i18next';
import { approvalRoute } from '../../../domain/minutes/approval-link';
import type { SignedInUser } from '../../../domain/types';
import type { ForumHome } from '../../../store/home-data';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { useLocale } from '../../components/use-locale';
import { formatLongDate, formatShortDate } from '../../format/dates';
import { chairTodo } from '../../model/work-todo';
import { TodoEntry, useTodoStyles } from '../todo/TodoEntry';
import { NewItemLinks } from '../todo/NewItemLinks';
import { TodoLink } from '../todo/TodoLink';
import { signOffEntryId, useChairConsultations } from './use-consultation-list';

/**
 * A co-chair's "Det skal gøres": the minutes waiting for my answer (the approval view), the consultations waiting for
 * my sign-off (their entry in "Høringer til godkendelse") and the new items before the coming planning meeting
 * (Planlægning, at the item). The consultations come from the read "Høringer til godkendelse" makes (shared).
 */
export function ChairTodo({ home, me, now }: { home: ForumHome; me: SignedInUser; now: Date }) {
  const styles = useTodoStyles();
  const { t } = useTranslation(['todo', 'approval', 'consultation', 'secretariat']);
  const locale = useLocale();
  const [consultations] = useChairConsultations(home, me);
  const todo = chairTodo(home, me.email, now, consultations.status === 'ready' ? consultations.value : []);
  const meetingName = (meetingId: string): string => {
    const meeting = home.meetings.find((m) => m.id === meetingId);
    return meeting ? `${meeting.title} (${formatShortDate(meeting.start, locale)})` : meetingId;
  };
  const toSignOff = (id: string) => {
    const entry = document.getElementById(signOffEntryId(id));
    entry?.scrollIntoView?.({ block: 'center' });
    entry?.focus();
  };
  const planning = todo.planningMeeting;
  const empty = todo.minutes.length === 0 && todo.signOffs.length === 0 && todo.newSubmissions.length === 0;
  return (
    <Section title={t('secretariat:todo')} icon={<TaskListLtr20Regular />}>
      {empty ? (
        <EmptyState icon={<CheckmarkCircle24Regular />}>{t('secretariat:todoEmpty')}</EmptyState>
      ) : (
        <ul className={styles.list}>
          {todo.minutes.map((p) => {
            const meeting = meetingName(p.version.meetingId);
            return (
              <TodoEntry
                key={p.version.id}
                icon={<DocumentCheckmark20Regular />}
                title={t('chair.approve', { meeting, version: p.version.version })}
              >
                <Caption1 className={styles.muted}>
                  {t('chair.approveHint', { approved: p.approvedBy.length, required: p.required })}
                </Caption1>
                <div>
                  <TodoLink
                    to={t('to.approvalOf', { meeting, version: p.version.version })}
                    href={`#/${approvalRoute({ groupId: home.forum.groupId, versionId: p.version.id })}`}
                  >
                    {t('approval:openAndApprove')}
                  </TodoLink>
                </div>
              </TodoEntry>
            );
          })}
          {todo.signOffs.map((c) => (
            <TodoEntry key={c.id} icon={<MailMultiple20Regular />} title={t('chair.signOff', { reference: c.reference, title: c.title })}>
              {c.deadline ? (
                <Caption1 className={styles.muted}>
                  {t('consultation:chairSignOff.deadline', { date: formatLongDate(c.deadline, locale) })}
                </Caption1>
              ) : null}
              <div>
                <TodoLink to={t('to.signOff')} onClick={() => toSignOff(c.id)}>
                  {t('consultation:chairSignOff.approve', { reference: c.reference })}
                </TodoLink>
              </div>
            </TodoEntry>
          ))}
          {todo.newSubmissions.length > 0 ? (
            <TodoEntry
              icon={<MailInbox20Regular />}
              title={
                planning
                  ? t('chair.newItems', { count: todo.newSubmissions.length })
                  : t('chair.newItemsNoPlanning', { count: todo.newSubmissions.length })
              }
            >
              {planning ? (
                <Caption1 className={styles.muted}>{t('newItems.planning', { date: formatLongDate(planning.start, locale) })}</Caption1>
              ) : null}
              <NewItemLinks items={todo.newSubmissions} role="chair" />
            </TodoEntry>
          ) : null}
        </ul>
      )}
    </Section>
  );
}
