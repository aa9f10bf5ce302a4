import { makeStyles, MessageBar, MessageBarBody, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingOfChat } from '../../../domain/meeting-panel/teams-meeting';
import type { TeamsMeetingContext } from '../../../host/capabilities';
import type { HomeData } from '../../../store/home-data';
import { ErrorBar } from '../../components/ErrorBar';
import { LoadingSkeleton } from '../../components/LoadingSkeleton';
import { useAsync } from '../../components/use-async';
import { SignedInProvider } from '../../me';
import { useServices } from '../../services';
import { ForumMeetingPanel } from './ForumMeetingPanel';

const useStyles = makeStyles({
  // The side panel is 320 px wide: a small inset, nothing wider than the frame. The details tab is as wide as Teams'
  // window: one readable column there.
  main: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '48rem',
    marginInline: 'auto',
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    ':focus': { outlineStyle: 'none' },
  },
});

/** The forum meeting of the Teams meeting's chat, among every forum the person is in. */
function findForumMeeting(home: HomeData, chatId: string | undefined) {
  for (const forum of home.forums) {
    const meeting = meetingOfChat(forum.meetings, chatId);
    if (meeting) return { forum, meeting };
  }
  return undefined;
}

/**
 * A Teams meeting's panel: finds the forum meeting whose join link opens this meeting's chat (the home's meetings of
 * the person's forums) and shows it — or says plainly that this Teams meeting is not a forum meeting.
 */
export function MeetingPanel({ meeting }: { meeting: TeamsMeetingContext }) {
  const styles = useStyles();
  const { t } = useTranslation('meetingPanel');
  const { stores } = useServices();
  const load = useCallback(() => stores.home.load(), [stores.home]);
  const [state, reload] = useAsync(load);
  const found = state.status === 'ready' ? findForumMeeting(state.value, meeting.chatId) : undefined;
  return (
    <main id="main" className={styles.main} tabIndex={-1}>
      {state.status === 'loading' ? (
        <>
          <Text role="status">{t('loading')}</Text>
          <LoadingSkeleton rows={3} />
        </>
      ) : null}
      {state.status === 'error' ? <ErrorBar error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' && !found ? (
        <>
          <Subtitle1 as="h1">{t('notForum.title')}</Subtitle1>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{meeting.chatId ? t('notForum.body') : t('noChat')}</MessageBarBody>
          </MessageBar>
        </>
      ) : null}
      {state.status === 'ready' && found ? (
        <SignedInProvider value={state.value}>
          <ForumMeetingPanel home={found.forum} meeting={found.meeting} />
        </SignedInProvider>
      ) : null}
    </main>
  );
}
