import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleOf } from '../../../domain/forum-trust';
import type { MinutesItem } from '../../../domain/minutes/minutes-content';
import type { Forum } from '../../../domain/types';
import { useAsync } from '../../components/use-async';
import { useLocale } from '../../components/use-locale';
import { formatClock, formatLongDate } from '../../format/dates';
import { useLoadedForumHome, useMe } from '../../me';
import { changeRequestsFor } from '../../model/work-todo';
import { ChangeRequestsSummary, ItemChangeRequests } from './ChangeRequestNotes';
import type { MinutesEditorProps } from '../../parts';
import { useServices } from '../../services';
import { LazyCreateActionButton } from '../actions/lazy';
import { ClosedMinutes } from './ClosedMinutes';
import { MinutesEditor } from './MinutesEditor';
import { SendToChairs } from './SendToChairs';
import { useForum } from './use-forum';

const isForum = (f: MinutesEditorProps['forum']): f is Forum => 'members' in f && Array.isArray(f.members) && 'mailbox' in f;

/**
 * The secretariat's minutes as the app opens them: the editor, with "Opret opfølgning" under each Beslutning that
 * says something (an action from the decision) and "Send til formandskabet" under the items (it freezes the minutes
 * as they stand into a version and asks every co-chair). Circulated minutes open read only, with "Genåbn referat"
 * (closure read fresh from the versions and the meeting). The editor knows nothing of versions or actions; this is
 * where the slices meet, in the editor's own chunk.
 */
export function MinutesWorkspace(props: MinutesEditorProps) {
  const { forum, meeting, meetings } = props;
  const { t } = useTranslation('minutesStatus');
  const locale = useLocale();
  const me = useMe();
  const { stores } = useServices();
  const api = stores.minutesVersions;
  const full = useForum(forum);
  const load = useCallback(() => (full ? api.closure(full, meeting) : Promise.resolve(undefined)), [api, full, meeting]);
  const [state, reload] = useAsync(load);
  const [reopenedNow, setReopenedNow] = useState<string>();
  const closure = state.status === 'ready' ? state.value : undefined;
  const closed = closure?.closed === true;
  // Until it is known whether the minutes went out, nothing is sent (the store refuses anyway).
  const unknown = state.status !== 'ready' && state.status !== 'error';
  const reopened = closure?.reopened;
  // The co-chairs' change requests to the version out now, as the home read them (only what the approval rule counts).
  const home = useLoadedForumHome(forum);
  const asked = home && !closed ? changeRequestsFor(home, meeting.id) : undefined;

  const notice =
    closed && full && closure ? (
      <ClosedMinutes
        forum={full}
        meeting={meeting}
        closure={closure}
        canReopen={roleOf(full, me) === 'secretariat'}
        by={me.name || me.email}
        onReopened={(text) => {
          setReopenedNow(text);
          reload();
        }}
      />
    ) : reopenedNow || reopened ? (
      <MessageBar intent={reopenedNow ? 'success' : 'info'} layout="multiline">
        <MessageBarBody>
          <span role="status">{reopenedNow ?? ''}</span>
          {reopened
            ? ` ${t('reopenedLine', { date: formatLongDate(reopened.at, locale), time: formatClock(reopened.at, locale), by: reopened.by, reason: reopened.reason })}`
            : null}
        </MessageBarBody>
      </MessageBar>
    ) : null;

  return (
    <MinutesEditor
      {...props}
      readOnly={closed}
      notice={
        <>
          {notice}
          {asked ? <ChangeRequestsSummary requests={asked.requests} version={asked.version.version} /> : null}
        </>
      }
      {...(asked
        ? { itemNotice: (item: MinutesItem) => <ItemChangeRequests requests={asked.requests} agendaItemId={item.agendaItemId} /> }
        : {})}
      footer={(content) => (
        <SendToChairs
          forum={forum}
          meeting={meeting}
          content={content}
          disabled={closed || unknown}
          {...(closed ? { disabledReason: t('closedSend') } : {})}
        />
      )}
      {...(isForum(forum)
        ? {
            itemActions: (item) =>
              item.beslutning.trim() === '' ? null : (
                <LazyCreateActionButton
                  forum={forum}
                  meetingId={meeting.id}
                  agendaItemId={item.agendaItemId}
                  suggestedTitle={item.beslutning}
                  {...(meetings ? { meetings } : {})}
                />
              ),
          }
        : {})}
    />
  );
}
