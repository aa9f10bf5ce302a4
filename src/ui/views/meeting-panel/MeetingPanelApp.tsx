import { Suspense, useState } from 'react';
import type { TeamsMeetingContext } from '../../../host/capabilities';
import type { MeetingPanelApi } from '../../../store/meeting-panel/meeting-panel-types';
import { AppProviders } from '../../AppProviders';
import { LoadingSkeleton } from '../../components/LoadingSkeleton';
import { createI18n } from '../../i18n/create-i18n';
import type { AppServices } from '../../services';
import { MeetingPanel } from './MeetingPanel';
import { MeetingPanelContext } from './panel-context';

/** The app as a Teams meeting's panel: the same providers as the app, the panel in place of header and home. */
export function MeetingPanelApp({
  services,
  panel,
  meeting,
}: {
  services: AppServices;
  panel: MeetingPanelApi;
  meeting: TeamsMeetingContext;
}) {
  const [i18n] = useState(() => {
    const instance = createI18n(services.host.locale);
    // The panel's strings, both namespaces at once (not one after the other as its parts render): teams/tab.tsx has
    // had them on their way since it knew a meeting panel opens, so this finds them fetched or arriving.
    void instance.loadNamespaces(['meetingPanel', 'minutesEditor']);
    return instance;
  });
  return (
    <AppProviders services={services} i18n={i18n}>
      <MeetingPanelContext.Provider value={panel}>
        <Suspense fallback={<LoadingSkeleton rows={3} />}>
          <MeetingPanel meeting={meeting} />
        </Suspense>
      </MeetingPanelContext.Provider>
    </AppProviders>
  );
}
