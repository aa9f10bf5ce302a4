import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forum, ForumRef, Locale, Meeting } from '../domain/types';
import type { ForumHome } from '../store/home-data';
import type { CommandContext } from './commands/command';
import { CommandContextReact } from './commands/command-context';
import { HostContextLine } from './shell/HostContextLine';
import { useAsync } from './components/use-async';
import { HomePage } from './home/HomePage';
import { useApprovalRoute } from './home/use-approval-route';
import { LoadingSkeleton } from './components/LoadingSkeleton';
import { useFirstViewShown } from './components/first-view';
import { SignedInProvider } from './me';
import { useServices } from './services';
import { useParts, type MeetingSection } from './parts';
import { AppHeader } from './shell/AppHeader';

const useStyles = makeStyles({
  main: {
    flexGrow: 1,
    width: '100%',
    maxWidth: '80rem',
    marginInline: 'auto',
    boxSizing: 'border-box',
    paddingBlock: tokens.spacingVerticalXL,
    paddingInline: tokens.spacingHorizontalL,
    ':focus': { outlineStyle: 'none' },
  },
});

/** Header, host context, the home (in Outlook: behind the open item's action), the meeting dialog and toasts — wired to the commands. */
export function AppShell() {
  const styles = useStyles();
  const services = useServices();
  const { MeetingDialog, Notices, OutlookPane, ApprovalView, MinutesEditor } = useParts();
  const [approval, closeApproval] = useApprovalRoute();
  const { host } = services;
  // The toaster (Fluent's toast, portal and motion code) mounts after the first view's data: notices published before
  // it wait on the bus (host/notifications.ts).
  const afterFirstView = useFirstViewShown();
  // In Outlook with an item open, the pane leads with the item's action and keeps the home one tab away (which item
  // it is, the pane's own chunk works out with model/pane-item.ts, as the task pane's entry does for what it loads ahead).
  const hasItem = Boolean(host.currentMessage ?? host.composeInto ?? host.currentAppointment);
  const { t, i18n } = useTranslation();
  const load = useCallback(() => services.stores.home.load(), [services.stores.home]);
  const [state, reload] = useAsync(load);
  const [opened, setOpened] = useState<{ meeting: Meeting; forum: ForumRef; section?: MeetingSection }>();
  // The minutes editor in place of the home, for the forum's secretariat (opened from the meeting dialog).
  const [minutes, setMinutes] = useState<{ meeting: Meeting; forum: Forum; meetings: readonly Meeting[] }>();
  const secretariatHome = (ref: ForumRef): ForumHome | undefined =>
    state.status === 'ready' ? state.value.forums.find((f) => f.forum.groupId === ref.groupId && f.role === 'secretariat') : undefined;
  const openedHome = opened && MinutesEditor ? secretariatHome(opened.forum) : undefined;
  const locale: Locale = i18n.language === 'en' ? 'en' : 'da';
  const ctx = useMemo<CommandContext>(
    () => ({
      services,
      t,
      locale,
      reload,
      setLocale: (l) => {
        void i18n.changeLanguage(l);
        services.host.rememberLocale?.(l);
        if (typeof document !== 'undefined') document.documentElement.lang = l;
      },
      showMeeting: (meeting, forum, section) => setOpened(section ? { meeting, forum, section } : { meeting, forum }),
    }),
    [services, t, locale, reload, i18n],
  );
  // The home, or the page a link or the meeting dialog asked for in its place.
  const home = (announce: boolean) =>
    approval && ApprovalView ? (
      <Suspense fallback={<LoadingSkeleton />}>
        <ApprovalView key={`${approval.groupId}/${approval.versionId}`} target={approval} state={state} onClose={closeApproval} />
      </Suspense>
    ) : minutes && MinutesEditor ? (
      <Suspense fallback={null}>
        <MinutesEditor
          forum={minutes.forum}
          meeting={minutes.meeting}
          meetings={minutes.meetings}
          onClose={() => {
            setMinutes(undefined);
            document.getElementById('main')?.focus();
          }}
        />
      </Suspense>
    ) : (
      <HomePage state={state} reload={reload} announce={announce} />
    );
  return (
    <SignedInProvider value={state.status === 'ready' ? state.value : undefined}>
      <CommandContextReact.Provider value={ctx}>
        <AppHeader />
        <HostContextLine />
        <main id="main" className={styles.main} tabIndex={-1}>
          {hasItem && OutlookPane ? (
            <Suspense fallback={<LoadingSkeleton rows={2} />}>
              <OutlookPane state={state} reload={reload} homeRoute={Boolean(approval ?? minutes)} home={home(false)} />
            </Suspense>
          ) : (
            home(true)
          )}
        </main>
        <Suspense fallback={null}>
          {opened ? (
            <MeetingDialog
              open={opened}
              onClose={() => setOpened(undefined)}
              {...(openedHome
                ? {
                    onWriteMinutes: () => {
                      setMinutes({ meeting: opened.meeting, forum: openedHome.forum, meetings: openedHome.meetings });
                      setOpened(undefined);
                    },
                  }
                : {})}
            />
          ) : null}
          {afterFirstView ? <Notices /> : null}
        </Suspense>
      </CommandContextReact.Provider>
    </SignedInProvider>
  );
}
