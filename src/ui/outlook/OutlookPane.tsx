import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { CalendarAdd20Regular } from '@fluentui/react-icons/svg/calendar-add';
import { CalendarLtr20Regular } from '@fluentui/react-icons/svg/calendar-ltr';
import { MailArrowForward20Regular } from '@fluentui/react-icons/svg/mail-arrow-forward';
import { MailEdit20Regular } from '@fluentui/react-icons/svg/mail-edit';
import { Suspense, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBar } from '../components/ErrorBar';
import { LightTab, LightTabList } from '../components/LightTabList';
import { LoadingSkeleton } from '../components/LoadingSkeleton';
import { actingForums, paneItem, paneLead, type PaneItem, type PaneView } from '../model/pane-item';
import type { OutlookPaneProps } from '../parts';
import { useParts } from '../parts';
import { useServices } from '../services';
import { useLayoutStyles } from '../styles';

const useStyles = makeStyles({
  nav: { marginBlockEnd: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // The tab list scrolls rather than pushes the pane sideways at 320 px (WCAG 1.4.10).
  tabs: { overflowX: 'auto' },
});

const ITEM_ICON = { message: <MailArrowForward20Regular />, compose: <MailEdit20Regular />, appointment: <CalendarAdd20Regular /> };

/**
 * The Outlook task pane with an item open: it leads with what the item offers ("Tilføj til dagsorden" on a message
 * read, "Indsend dagsordenspunkt" on one written, "Book som forummøde" on an appointment organised), and the year of
 * meetings and the to-do list are one tab away. The home's views load when the person first goes there — not with
 * the item — and both stay mounted afterwards, so a half-filled form survives a look at the year.
 */
export function OutlookPane({ state, reload, homeRoute, home }: OutlookPaneProps) {
  const { t } = useTranslation('outlookPane');
  const layout = useLayoutStyles();
  const { host } = useServices();
  const item = paneItem(host);
  return (
    <>
      {/* The pane announces the home's loading (the home's own region is left out: it may be hidden in its tab). */}
      <div role="status" aria-live="polite" className={layout.visuallyHidden}>
        {state.status === 'loading' ? t('app.loading') : state.status === 'ready' ? t('app.loaded') : ''}
      </div>
      {/* An item the add-in offers nothing on (an appointment it can read but not fill): the home as elsewhere. */}
      {item ? <ItemFirst item={item} state={state} reload={reload} homeRoute={homeRoute} home={home} /> : home}
    </>
  );
}

function ItemFirst({ item, state, reload, homeRoute, home }: OutlookPaneProps & { readonly item: PaneItem }) {
  const { t } = useTranslation('outlookPane');
  const styles = useStyles();
  const { AddToAgenda, SubmitAgendaItem, AppointmentBooking } = useParts();
  const [chosen, setChosen] = useState<PaneView>();
  // A link to a page of the home (a minutes version to approve) opens that page, whatever was chosen before.
  useEffect(() => {
    if (homeRoute) setChosen('home');
  }, [homeRoute]);
  const data = state.status === 'ready' ? state.value : undefined;
  const view = paneLead(item, data, { ...(chosen ? { chosen } : {}), homeRoute });
  const [visited, setVisited] = useState<ReadonlySet<PaneView>>(() => new Set([view]));
  useEffect(() => {
    setVisited((v) => (v.has(view) ? v : new Set([...v, view])));
  }, [view]);
  const [loadedOnce, setLoadedOnce] = useState(false);
  useEffect(() => {
    if (state.status === 'ready') setLoadedOnce(true);
  }, [state.status]);
  const ids = { itemTab: useId(), homeTab: useId(), itemPanel: useId(), homePanel: useId() };
  const canAct = data ? actingForums(item, data.forums).length > 0 : true;
  const ItemView = item === 'message' ? AddToAgenda : item === 'compose' ? SubmitAgendaItem : AppointmentBooking;

  const itemPanel: ReactNode = (
    <>
      {/* While the home loads, the item view shows its own title over a skeleton (PaneLoading). */}
      {state.status === 'error' && !loadedOnce ? <ErrorBar error={state.error} onRetry={reload} /> : null}
      {!canAct && item !== 'compose' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t(`notFor.${item}`)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {ItemView ? (
        <Suspense fallback={<LoadingSkeleton rows={2} />}>
          <ItemView state={state} />
        </Suspense>
      ) : null}
    </>
  );
  return (
    <>
      <nav className={styles.nav} aria-label={t('nav')}>
        <LightTabList className={styles.tabs} selectedValue={view} onTabSelect={(value) => setChosen(value as PaneView)}>
          <LightTab id={ids.itemTab} value="item" icon={ITEM_ICON[item]} aria-controls={ids.itemPanel}>
            {t(`item.${item}`)}
          </LightTab>
          <LightTab id={ids.homeTab} value="home" icon={<CalendarLtr20Regular />} aria-controls={ids.homePanel}>
            {t('home')}
          </LightTab>
        </LightTabList>
      </nav>
      <div id={ids.itemPanel} role="tabpanel" aria-labelledby={ids.itemTab} hidden={view !== 'item'}>
        {visited.has('item') || view === 'item' ? itemPanel : null}
      </div>
      <div id={ids.homePanel} role="tabpanel" aria-labelledby={ids.homeTab} hidden={view !== 'home'}>
        {visited.has('home') || view === 'home' ? home : null}
      </div>
    </>
  );
}
