import { makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { meetingClock } from '../../../domain/meeting-panel/meeting-clock';
import type { MinutesItem } from '../../../domain/minutes/minutes-content';
import type { ForumRef, Meeting } from '../../../domain/types';
import type { RunningMarks } from '../../../store/meeting-panel/meeting-panel-types';
import type { MinutesDraft } from '../../../store/minutes/draft-types';
import { useAction } from '../../components/use-action';
import { useServices } from '../../services';
import { AttendanceEditor } from '../minutes/AttendanceEditor';
import { useDraftSession } from '../minutes/use-draft-session';
import { MinutesItemEditor } from '../minutes/MinutesItemEditor';
import { clockItems } from './clock-items';
import { ItemStatusLine } from './ItemStatusLine';
import { PanelClock } from './PanelClock';
import { useMeetingPanelStore } from './panel-context';
import { TeamsAttendanceBar } from './TeamsAttendanceBar';
import { useTickingNow } from './use-ticking-now';

const useStyles = makeStyles({
  items: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
});

/** The clock's minutes: re-read every 15 s, so a lag shows within a quarter of a minute of changing. */
const TICK_MS = 15_000;

/**
 * The secretariat in the meeting: the clock, "Start" on each item (marks it as running), the attendance with who
 * joined in Teams, and Referat and Beslutning per item — the minutes editor's own fields and autosave (DraftSession,
 * MinutesItemEditor, AttendanceEditor), so what is typed here is the same draft the app's editor opens.
 */
export function SecretariatMeeting({
  forum,
  meeting,
  draft,
  marks,
  onMarked,
}: {
  readonly forum: ForumRef;
  readonly meeting: Meeting;
  readonly draft: MinutesDraft;
  readonly marks: RunningMarks;
  readonly onMarked: (marks: RunningMarks) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation('meetingPanel');
  const { stores, clock } = useServices();
  const panel = useMeetingPanelStore();
  const now = useTickingNow(TICK_MS);
  // Closing the panel or leaving the meeting saves what is typed; with something unsaved the browser asks first.
  const session = useDraftSession(draft, forum, stores.minutesDraft);

  const start = useAction((item: MinutesItem) => panel.markRunning(forum, item.agendaItemId, clock ? clock() : new Date()), {
    success: (_at, item) => t('agenda.started', { number: item.number }),
    failure: () => t('agenda.startFailed'),
    onSuccess: (at, item) => onMarked({ ...marks, [item.agendaItemId]: at }),
  });

  const items = draft.content.items;
  const state = meetingClock(meeting, clockItems(items, marks), now);
  return (
    <>
      <PanelClock clock={state} items={items} now={now} />
      <AttendanceEditor controller={session.attendance} />
      {meeting.joinUrl ? <TeamsAttendanceBar joinUrl={meeting.joinUrl} controller={session.attendance} /> : null}
      <Subtitle2 as="h2" className={styles.heading}>
        {t('agenda.heading')}
      </Subtitle2>
      <div role="status" aria-live="polite">
        {start.status ?? ''}
      </div>
      {start.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{start.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {items.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('agenda.noItems')}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.items}>
          {items.map((item) => {
            const controller = session.items.get(item.agendaItemId);
            return controller ? (
              <MinutesItemEditor
                key={item.agendaItemId}
                item={item}
                controller={controller}
                notice={() => (
                  <ItemStatusLine
                    item={item}
                    running={state.runningId === item.agendaItemId}
                    due={state.dueId === item.agendaItemId}
                    busy={start.busy}
                    onStart={() => void start.run(item)}
                  />
                )}
              />
            ) : null;
          })}
        </div>
      )}
    </>
  );
}
