import type { RoleViewProps } from '../role-view';
import { useLayoutStyles } from '../../styles';
import { ViewTitle } from '../ViewTitle';
import { ForumProtection } from './ForumProtection';
import { OperationsStatus } from './OperationsStatus';
import { ForumSettingsEntry } from './settings/ForumSettingsEntry';
import { TodoList } from './TodoList';
import { YearOfMeetings } from './YearOfMeetings';
import { useTranslation } from 'react-i18next';
import { PlanningButton, PlanningPanel, usePlanningRoute } from '../planning/PlanningEntry';
import { ConsultationsSection } from './consultation/ConsultationsSection';
import { LazyActionsSection } from '../actions/lazy';

/** "Sekretariat – <forum>": the year of meetings and what needs doing. */
export function SecretariatHome({ home, me, now }: RoleViewProps) {
  const { t } = useTranslation('secretariat');
  const layout = useLayoutStyles();
  const planningView = usePlanningRoute('secretariat');
  if (planningView.isOpen) return <PlanningPanel home={home} now={now} onClose={planningView.close} />;
  return (
    <div className={layout.stack}>
      <div className={layout.row}>
        <ViewTitle>{t('title', { forum: home.forum.name })}</ViewTitle>
        <PlanningButton onOpen={planningView.open} />
        <ForumSettingsEntry home={home} />
      </div>
      {home.role === 'secretariat' ? <ForumProtection home={home} /> : null}
      {home.role === 'secretariat' ? <OperationsStatus home={home} /> : null}
      <div className={layout.grid}>
        <TodoList home={home} me={me} now={now} />
        <YearOfMeetings home={home} me={me} now={now} />
        {home.role === 'secretariat' ? <ConsultationsSection home={home} me={me} now={now} /> : null}
        <LazyActionsSection home={home} me={me} now={now} />
      </div>
    </div>
  );
}
