import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../domain/types';
import type { AgendaStatus } from '../../../store/agenda/agenda-api';
import type { ForumHome } from '../../../store/home-data';
import type { PlanningAgendaItem } from '../../../store/planning/planning-types';
// The secretariat's send (confirmation, outcome, the list of changes): the meeting dialog's own agenda actions. Both
// load with the planning view's chunk (src/startup/lazy-parts.ts), never with the first paint.
import { AgendaActions } from '../meeting/AgendaActions';
import { AgendaChangeList } from '../meeting/AgendaChangeList';
import { useServices } from '../../services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * In Planlægning, once the agenda being planned was sent and has changed since: "Dagsordenen er ændret siden
 * udsendelse" with what changed — the secretariat gets the meeting dialog's agenda actions here, so "Send revideret
 * dagsorden" is one click from the change that made it due; a chair sees the changes and that the secretariat sends.
 * Compared again each time the view has loaded the agenda (after every save); nothing is shown before the first send,
 * when nothing changed, or when the comparison fails (the meeting dialog says so then).
 */
export function AgendaSentWarning({
  home,
  meeting,
  items,
}: {
  readonly home: ForumHome;
  readonly meeting: Meeting;
  readonly items: readonly PlanningAgendaItem[];
}) {
  const styles = useStyles();
  const { t } = useTranslation('planning');
  const { stores } = useServices();
  const agenda = stores.agenda;
  const [status, setStatus] = useState<AgendaStatus>();
  // `items` is not read: a new list (the view loaded again after a save) is what asks for a new comparison. What was
  // shown stays until the new answer is in.
  useEffect(() => {
    let live = true;
    agenda.status(home.forum, meeting).then(
      (s) => live && setStatus(s),
      () => live && setStatus(undefined),
    );
    return () => {
      live = false;
    };
  }, [agenda, home.forum, meeting, items]);
  if (!status?.sentAt || !status.changed) return null;
  if (home.role === 'secretariat') {
    return (
      // A new set of changes mounts it afresh, so it compares again too (it otherwise compares when it opens).
      <AgendaActions key={JSON.stringify(status.changes)} meeting={meeting} forum={home.forum} />
    );
  }
  return (
    <div className={styles.root}>
      <AgendaChangeList changes={status.changes} />
      <Body1 className={styles.muted}>{t('agendaChangedBySecretariat')}</Body1>
    </div>
  );
}
