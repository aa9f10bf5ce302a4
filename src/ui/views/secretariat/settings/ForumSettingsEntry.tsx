import { Suspense, useMemo, useState } from 'react';
import type { ForumHome } from '../../../../store/home-data';
import { CommandButton } from '../../../commands/CommandButton';
import { useCommandContext } from '../../../commands/command-context';
import { openForumSettings } from '../../../commands/settings-commands';
import { copenhagenYear } from '../../../format/dates';
import { useLoadedForums } from '../../../me';
import { useNow } from '../../../services';
import { lazyView } from '../../../components/lazy-view';

// The drawer and its forms (tabs of fields, comboboxes, the members' table) load when it is opened, not with the
// secretariat's home (issue 17 pt 1).
const ForumSettingsDrawer = lazyView(['meeting', 'settings'], () => import('./ForumSettingsDrawer.js').then((m) => m.ForumSettingsDrawer));

/** The "Forumindstillinger" button for the secretariat's title row, and the drawer it opens. */
export function ForumSettingsEntry({ home }: { readonly home: ForumHome }) {
  const ctx = useCommandContext();
  const now = useNow();
  const [open, setOpen] = useState(false);
  const { stores } = ctx.services;
  const forumStores = useMemo(() => stores.forum(home.forum), [stores, home.forum]);
  const forums = useLoadedForums();
  // The successor is another forum this person runs as its secretariat.
  const candidates = useMemo(
    () =>
      forums
        .filter((f) => f.role === 'secretariat' && f.forum.groupId !== home.forum.groupId)
        .map((f) => ({ groupId: f.forum.groupId, siteId: f.forum.siteId, name: f.forum.name })),
    [forums, home.forum.groupId],
  );
  return (
    <>
      <CommandButton command={openForumSettings} arg={{ open: () => setOpen(true) }} />
      {open ? (
        <Suspense fallback={null}>
          <ForumSettingsDrawer
            forum={home.forum}
            stores={forumStores}
            succession={{ api: stores.successor, candidates }}
            previewYear={copenhagenYear(now) + 1}
            onClose={(outcome) => {
              setOpen(false);
              if (outcome !== 'unchanged') ctx.reload();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
