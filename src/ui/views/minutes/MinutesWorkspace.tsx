import type { Forum } from '../../../domain/types';
import type { MinutesEditorProps } from '../../parts';
import { LazyCreateActionButton } from '../actions/lazy';
import { MinutesEditor } from './MinutesEditor';
import { SendToChairs } from './SendToChairs';

const isForum = (f: MinutesEditorProps['forum']): f is Forum => 'members' in f && Array.isArray(f.members) && 'mailbox' in f;

/**
 * The secretariat's minutes as the app opens them: the editor, with "Opret opfølgning" under each Beslutning that
 * says something (an action from the decision) and "Send til formandskabet" under the items (it freezes the minutes
 * as they stand into a version and asks every co-chair). The editor knows nothing of versions or actions; this is
 * where the slices meet, in the editor's own chunk.
 */
export function MinutesWorkspace(props: MinutesEditorProps) {
  const { forum, meeting, meetings } = props;
  return (
    <MinutesEditor
      {...props}
      footer={(content) => <SendToChairs forum={forum} meeting={meeting} content={content} />}
      {...(isForum(forum)
        ? {
            itemActions: (item) =>
              item.beslutning.trim() === '' ? null : (
                <LazyCreateActionButton forum={forum} meetingId={meeting.id} agendaItemId={item.agendaItemId} suggestedTitle={item.beslutning} {...(meetings ? { meetings } : {})} />
              ),
          }
        : {})}
    />
  );
}
