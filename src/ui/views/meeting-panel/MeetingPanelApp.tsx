import { useState } from 'react';
import type { TeamsMeetingContext } from '../../../host/capabilities';
import type { MeetingPanelApi } from '../../../store/meeting-panel/meeting-panel-types';
import { AppProviders } from '../../AppProviders';
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
  const [i18n] = useState(() => createI18n(services.host.locale));
  return (
    <AppProviders services={services} i18n={i18n}>
      <MeetingPanelContext.Provider value={panel}>
        <MeetingPanel meeting={meeting} />
      </MeetingPanelContext.Provider>
    </AppProviders>
  );
}
