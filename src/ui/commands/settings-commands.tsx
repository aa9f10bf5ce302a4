import { Settings20Regular } from '@fluentui/react-icons/svg/settings';
import type { Command } from './command';

/** Opens the forum settings (commissorium and members); the view that renders the button owns the drawer. */
export const openForumSettings: Command<{ readonly open: () => void }> = {
  id: 'forum.settings',
  label: (t) => t('home.forumSettings'),
  icon: <Settings20Regular />,
  run: (_ctx, { open }) => open(),
};
