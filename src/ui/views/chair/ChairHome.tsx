import { PeopleTeam20Regular } from '@fluentui/react-icons/svg/people-team';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { MeetingCard } from '../meeting/MeetingCard';
import { Section } from '../../components/Section';
import { nextMeeting, planningMeetingFor } from '../../model/meetings';
import { useLayoutStyles } from '../../styles';
import { NextMeeting } from '../NextMeeting';
import type { RoleViewProps } from '../role-view';
import { ViewTitle } from '../ViewTitle';
import { ApprovalQueue } from './ApprovalQueue';
import { ChairTodo } from './ChairTodo';
import { ConsultationSignOffs } from './ConsultationSignOffs';
import { PlanningButton, PlanningPanel, usePlanningRoute } from '../planning/PlanningEntry';
import { LazyActionsSection } from '../actions/lazy';

/** The chairs' home: what is waiting for me ("Det skal gøres"), what awaits my approval, the next meeting and the planning meeting before it. */
export function ChairHome({ home, me, now }: RoleViewProps) {
  const { t } = useTranslation('chair');
  const layout = useLayoutStyles();
  const next = nextMeeting(home.meetings, now);
  const planning = next ? planningMeetingFor(home.meetings, next) : undefined;
  const planningView = usePlanningRoute('chair');
  if (planningView.isOpen) return <PlanningPanel home={home} now={now} onClose={planningView.close} />;
  return (
    <div className={layout.stack}>
      <div className={layout.row}>
        <ViewTitle>{t('title', { forum: home.forum.name })}</ViewTitle>
        <PlanningButton onOpen={planningView.open} />
      </div>
      <div className={layout.grid}>
        <div className={layout.stack}>
          <ChairTodo home={home} me={me} now={now} />
          <ApprovalQueue home={home} email={me.email} />
          <ConsultationSignOffs home={home} me={me} />
        </div>
        <LazyActionsSection home={home} me={me} now={now} />
        <div className={layout.stack}>
          <NextMeeting home={home} now={now} title={t('nextMeeting')} />
          <Section title={t('planningMeeting')} icon={<PeopleTeam20Regular />}>
            {planning && planning.end > now.toISOString() ? (
              <MeetingCard meeting={planning} forum={home.forum} />
            ) : (
              <EmptyState>{t('noPlanning')}</EmptyState>
            )}
          </Section>
        </div>
      </div>
    </div>
  );
}
