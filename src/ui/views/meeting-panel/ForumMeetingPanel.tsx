import { Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../domain/types';
import type { ForumHome } from '../../../store/home-data';
import type { RunningMarks } from '../../../store/meeting-panel/meeting-panel-types';
import { ErrorBar } from '../../components/ErrorBar';
import { LoadingSkeleton } from '../../components/LoadingSkeleton';
import { useAsync } from '../../components/use-async';
import { useLocale } from '../../components/use-locale';
import { formatMeetingWhen } from '../../format/dates';
import { useServices } from '../../services';
import { useLayoutStyles } from '../../styles';
import { useMeetingPanelStore } from './panel-context';
import { ReadOnlyMeeting } from './ReadOnlyMeeting';
import { SecretariatMeeting } from './SecretariatMeeting';

const useStyles = makeStyles({
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  heading: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** How often the panel re-reads the running marks (and a reader's the minutes), so a chair's panel follows the secretariat's. */
const MARKS_EVERY_MS = 20_000;

/**
 * One forum meeting in its Teams meeting: the draft minutes (agenda items with their slots, Referat, Beslutning, the
 * attendance) and the running marks. The secretariat writes; a co-chair reads the same agenda and minutes; anyone else
 * in the forum sees the agenda and the clock (the draft minutes are the chairs' to approve before members see them).
 */
export function ForumMeetingPanel({ home, meeting }: { home: ForumHome; meeting: Meeting }) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { t } = useTranslation('meetingPanel');
  const locale = useLocale();
  const { stores } = useServices();
  const panel = useMeetingPanelStore();
  const { forum, role } = home;
  // The draft, and whether its minutes went out: circulated minutes are read here, changed only by reopening them in the app.
  const load = useCallback(async () => {
    const [draft, closure] = await Promise.all([stores.minutesDraft.load(forum, meeting), stores.minutesVersions.closure(forum, meeting)]);
    return { draft, closed: closure.closed };
  }, [stores.minutesDraft, stores.minutesVersions, forum, meeting]);
  const [state, reload] = useAsync(load);
  const [marks, setMarks] = useState<RunningMarks>({});

  const readMarks = useCallback(() => {
    panel.marks(forum, meeting.id).then(setMarks, () => undefined);
  }, [panel, forum, meeting.id]);
  // A reader's panel follows the secretariat: the marks, and for a co-chair the minutes as they are typed (a re-read
  // keeps showing what was loaded until the new draft is in). The secretariat's own draft is never re-read under them.
  const follows = role !== 'secretariat';
  useEffect(() => {
    readMarks();
    const timer = setInterval(() => {
      readMarks();
      if (follows) reload();
    }, MARKS_EVERY_MS);
    return () => clearInterval(timer);
  }, [readMarks, follows, reload]);

  const roleLine = role === 'secretariat' ? t('role.secretariat') : role === 'chair' ? t('role.chair') : t('role.reader');
  return (
    <>
      <div className={styles.head}>
        <Subtitle1 as="h1" className={styles.heading}>
          {meeting.title}
        </Subtitle1>
        <Text className={styles.meta}>{`${forum.name} · ${formatMeetingWhen(meeting.start, meeting.end, locale)}`}</Text>
        <Caption1 className={styles.meta}>{roleLine}</Caption1>
      </div>
      {state.status === 'loading' ? <LoadingSkeleton rows={3} /> : null}
      {state.status === 'error' ? <ErrorBar error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' ? (
        <>
          <div role="status" aria-live="polite" className={layout.visuallyHidden}>
            {t('loaded')}
          </div>
          {role === 'secretariat' && !state.value.closed ? (
            <SecretariatMeeting forum={forum} meeting={meeting} draft={state.value.draft} marks={marks} onMarked={setMarks} />
          ) : (
            <>
              {role === 'secretariat' ? (
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>{t('circulated')}</MessageBarBody>
                </MessageBar>
              ) : null}
              <ReadOnlyMeeting
                meeting={meeting}
                draft={state.value.draft}
                marks={marks}
                showMinutes={role === 'chair' || role === 'secretariat'}
              />
            </>
          )}
        </>
      ) : null}
    </>
  );
}
