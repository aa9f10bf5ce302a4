import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeData } from '../../store/home-data';
import { FirstViewShown } from '../components/first-view';
import { landingTab, roleTabs } from '../model/roles';
import { useParts } from '../parts';
import { useNow, useServices } from '../services';
import { useLayoutStyles } from '../styles';
import { RoleView } from './RoleViews';
import { useHashRole } from './use-hash-role';
import { lazyView } from '../components/lazy-view';

// Only an ended forum's home shows it: its code and strings load then, not with anyone's first paint.
const ForumEndedBar = lazyView(['successor'], () => import('../views/successor/ForumEndedBar.js').then((m) => m.ForumEndedBar));

/** The loaded home: role tabs, forum picker, the role's view. */
export function HomeContent({ data }: { data: HomeData }) {
  const { t } = useTranslation();
  const layout = useLayoutStyles();
  const now = useNow();
  const tabs = roleTabs(data);
  const [hashRole, setRole] = useHashRole();
  const tab = tabs.find((x) => x.role === hashRole) ?? landingTab(tabs, data.me, now);
  const { preferredForum } = useServices();
  const { ForumPicker, RoleTabs } = useParts();
  const [forumId, setForumId] = useState<string | undefined>(preferredForum);
  if (!tab) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('home.noForums')}</MessageBarBody>
        <FirstViewShown />
      </MessageBar>
    );
  }
  const forum = tab.forums.find((f) => f.forum.groupId === forumId) ?? tab.forums[0];
  return (
    <div className={layout.stack}>
      {tabs.length > 1 ? (
        <Suspense fallback={null}>
          <RoleTabs tabs={tabs} selected={tab.role} onSelect={setRole} controls="role-panel" />
        </Suspense>
      ) : null}
      {tab.forums.length > 1 ? (
        <Suspense fallback={null}>
          <ForumPicker forums={tab.forums} selected={forum?.forum.groupId ?? ''} onSelect={setForumId} />
        </Suspense>
      ) : null}
      {forum?.forum.endedRecord ? (
        <Suspense fallback={null}>
          <ForumEndedBar forum={forum.forum} reachable={tab.forums.map((f) => f.forum.groupId)} onOpen={setForumId} />
        </Suspense>
      ) : null}
      {/* A tab panel only where there are tabs; one role's view is the page's main content as it is. */}
      <div id="role-panel" {...(tabs.length > 1 ? { role: 'tabpanel', 'aria-label': t(`role.${tab.role}`) } : {})}>
        {forum ? <RoleView role={tab.role} home={forum} me={data.me} now={now} /> : null}
      </div>
    </div>
  );
}
