import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, Tab, TabList } from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forum } from '../../../../domain/types';
import type { ForumStores } from '../../../../store/stores';
import { MeetingsTab } from './MeetingsTab';
import { MembersTab } from './MembersTab';
import { useSettingsStyles } from './settings-styles';

type TabId = 'meetings' | 'members';

interface Props {
  readonly forum: Forum;
  readonly stores: Pick<ForumStores, 'settings' | 'members'>;
  readonly previewYear: number;
  /** Closed: after saving the settings, after other changes (members, a reload) the home must show, or with none. */
  readonly onClose: (outcome: 'saved' | 'changed' | 'unchanged') => void;
}

/** "Forumindstillinger": the commissorium and the members, in an overlay drawer that fills a 360 px task pane. */
export function ForumSettingsDrawer({ forum, stores, previewYear, onClose }: Props) {
  const { t } = useTranslation();
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
          {t('settings.title')}
        </DrawerHeaderTitle>
        <TabList selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value === 'members' ? 'members' : 'meetings')}>
          <Tab value="meetings" id="settings-tab-meetings" aria-controls="settings-panel">
            {t('settings.tabs.meetings')}
          </Tab>
          <Tab value="members" id="settings-tab-members" aria-controls="settings-panel">
            {t('settings.tabs.members')}
          </Tab>
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
              onSaved={() => onClose('saved')}
              onStale={() => setChanged(true)}
            />
          ) : (
            <MembersTab repo={stores.members} onChanged={() => setChanged(true)} />
          )}
        </div>
      </DrawerBody>
    </OverlayDrawer>
  );
}
