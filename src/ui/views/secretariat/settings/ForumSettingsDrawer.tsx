import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, Tab, TabList } from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons/svg/dismiss';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forum } from '../../../../domain/types';
import type { ForumStores } from '../../../../store/stores';
import type { SuccessorApi, SuccessorRef } from '../../../../store/successor/successor-api';
import { MeetingsTab } from './MeetingsTab';
import { MembersTab } from './MembersTab';
import { useSettingsStyles } from './settings-styles';
import { lazyView } from '../../../components/lazy-view';
import { useServices } from '../../../services';

type TabId = 'meetings' | 'members' | 'end';

// Ending a forum is rare: its tab loads when opened, not with the drawer.
const EndForumTab = lazyView(['settings'], () => import('../successor/EndForumTab.js').then((m) => m.EndForumTab));

interface Props {
  readonly forum: Forum;
  readonly stores: Pick<ForumStores, 'settings' | 'members'>;
  /** "Afslut forum": the successor store and the other forums the secretariat runs; without them the tab is not shown. */
  readonly succession?: { readonly api: SuccessorApi; readonly candidates: readonly SuccessorRef[] };
  readonly previewYear: number;
  /**
   * Closed: after saving the settings (the drawer has said so), after other changes (members, a reload) the home must
   * show, or with none.
   */
  readonly onClose: (outcome: 'saved' | 'changed' | 'unchanged') => void;
}

/** "Forumindstillinger": the commissorium and the members, in an overlay drawer that fills a 360 px task pane. */
export function ForumSettingsDrawer({ forum, stores, succession, previewYear, onClose }: Props) {
  const { t } = useTranslation('settings');
  const { notifications } = useServices();
  const styles = useSettingsStyles();
  const [tab, setTab] = useState<TabId>('meetings');
  const [changed, setChanged] = useState(false);
  const close = () => onClose(changed ? 'changed' : 'unchanged');
  return (
    <OverlayDrawer
      open
      position="end"
      size="medium"
      className={styles.drawer}
      onOpenChange={(_e, d) => (!d.open ? close() : undefined)}
      aria-labelledby="forum-settings-title"
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ as: 'h2', id: 'forum-settings-title' }}
          action={<Button appearance="subtle" aria-label={t('command.close')} icon={<Dismiss24Regular />} onClick={() => close()} />}
        >
          {t('title')}
        </DrawerHeaderTitle>
        <TabList selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value === 'members' || d.value === 'end' ? d.value : 'meetings')}>
          <Tab value="meetings" id="settings-tab-meetings" aria-controls="settings-panel">
            {t('tabs.meetings')}
          </Tab>
          <Tab value="members" id="settings-tab-members" aria-controls="settings-panel">
            {t('tabs.members')}
          </Tab>
          {succession ? (
            <Tab value="end" id="settings-tab-end" aria-controls="settings-panel">
              {t('tabs.end')}
            </Tab>
          ) : null}
        </TabList>
      </DrawerHeader>
      <DrawerBody>
        <div id="settings-panel" role="tabpanel" aria-labelledby={`settings-tab-${tab}`}>
          {tab === 'meetings' ? (
            <MeetingsTab
              forumName={forum.name}
              {...(forum.settings ? { settings: forum.settings } : {})}
              {...(forum.settingsItem ? { item: forum.settingsItem } : {})}
              repo={stores.settings}
              previewYear={previewYear}
              onSaved={() => {
                notifications?.publish({ message: t('saved'), intent: 'success' });
                onClose('saved');
              }}
              onStale={() => setChanged(true)}
            />
          ) : tab === 'end' && succession ? (
            <Suspense fallback={null}>
              <EndForumTab forum={forum} candidates={succession.candidates} api={succession.api} onEnded={() => setChanged(true)} />
            </Suspense>
          ) : (
            <MembersTab repo={stores.members} onChanged={() => setChanged(true)} />
          )}
        </div>
      </DrawerBody>
    </OverlayDrawer>
  );
}
