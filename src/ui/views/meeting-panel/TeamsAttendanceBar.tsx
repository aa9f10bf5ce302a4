import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons/svg/arrow-clockwise';
import { CheckmarkCircle20Regular } from '@fluentui/react-icons/svg/checkmark-circle';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markJoined } from '../../../domain/meeting-panel/teams-meeting';
import { ErrorBar } from '../../components/ErrorBar';
import { useAsync } from '../../components/use-async';
import type { AttendanceAutosave } from '../minutes/autosave';
import { useSnapshot } from '../minutes/use-autosave';
import { useMeetingPanelStore } from './panel-context';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
});

// Icons the app already uses elsewhere: every icon used anywhere lands in the first load's shared icon module.
/**
 * Who joined the Teams meeting (its attendance reports), and "Markér fremmøde fra Teams": those listed absent or with
 * apologies who joined become Online, and anyone not on the list a guest — in the same attendance list the minutes
 * editor saves, so the secretariat corrects it there and it autosaves with its eTag.
 */
export function TeamsAttendanceBar({ joinUrl, controller }: { joinUrl: string; controller: AttendanceAutosave }) {
  const styles = useStyles();
  const { t } = useTranslation('meetingPanel');
  const panel = useMeetingPanelStore();
  const load = useCallback(() => panel.teamsAttendance(joinUrl), [panel, joinUrl]);
  const [state, reload] = useAsync(load);
  const { rows } = useSnapshot(controller);
  const [said, setSaid] = useState('');

  if (state.status === 'loading') return null;
  if (state.status === 'error') return <ErrorBar error={state.error} onRetry={reload} />;
  const teams = state.value;
  if (teams.kind !== 'joined' || teams.sessions === 0) {
    const text =
      teams.kind === 'not-organiser' ? t('teams.notOrganiser') : teams.kind === 'no-meeting' ? t('teams.noMeeting') : t('teams.noReport');
    return (
      <div className={styles.bar}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
        {teams.kind === 'joined' ? (
          <div className={styles.actions}>
            <Button size="small" appearance="subtle" icon={<ArrowClockwise20Regular />} onClick={reload}>
              {t('teams.refresh')}
            </Button>
          </div>
        ) : null}
      </div>
    );
  }
  const preview = markJoined(rows, teams.people);
  return (
    <div className={styles.bar}>
      <Text>{t('teams.joined', { count: teams.people.length })}</Text>
      <Caption1 className={styles.meta}>
        {preview.marked.length > 0 ? t('teams.toMark', { count: preview.marked.length }) : t('teams.allMarked')}
      </Caption1>
      <div className={styles.actions}>
        {preview.marked.length > 0 ? (
          <Button
            size="small"
            appearance="primary"
            icon={<CheckmarkCircle20Regular />}
            onClick={() => {
              controller.edit(preview.rows);
              setSaid(t('teams.marked', { count: preview.marked.length }));
            }}
          >
            {t('teams.mark')}
          </Button>
        ) : null}
        <Button size="small" appearance="subtle" icon={<ArrowClockwise20Regular />} onClick={reload}>
          {t('teams.refresh')}
        </Button>
      </div>
      <Text role="status">{said}</Text>
    </div>
  );
}
