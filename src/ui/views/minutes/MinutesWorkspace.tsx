import type { MinutesEditorProps } from '../../parts';
import { MinutesEditor } from './MinutesEditor';
import { SendToChairs } from './SendToChairs';

/**
 * The secretariat's minutes as the app opens them: the editor, with "Send til formandskabet" under the items (it
 * freezes the minutes as they stand into a version and asks every co-chair). The editor itself knows nothing of
 * versions; this is where the slices meet, in the editor's own chunk.
 */
export function MinutesWorkspace(props: MinutesEditorProps) {
  const { forum, meeting } = props;
  return <MinutesEditor {...props} footer={(content) => <SendToChairs forum={forum} meeting={meeting} content={content} />} />;
}
