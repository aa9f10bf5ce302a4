import { createContext, useContext, type ReactNode } from 'react';
import type { AppConfig } from '../config/app-config';
import type { HostCapabilities } from '../host/capabilities';
import type { NotificationBus } from '../host/notifications';
import type { Stores } from '../store/stores';

/** What the entry hands the UI: the host's capabilities, the stores, the config — chosen at the entry, never in views. */
export interface AppServices {
  readonly host: HostCapabilities;
  readonly stores: Stores;
  readonly config: AppConfig;
  readonly notifications?: NotificationBus;
  /** Present when the person can switch user (sandbox) or sign out (browser MSAL). */
  readonly signOut?: () => void;
  /** The forum to show first when the person has several (a Teams channel tab: the team's group id). */
  readonly preferredForum?: string;
  /** "Now" for the views; tests pin it. */
  readonly clock?: () => Date;
}

const ServicesContext = createContext<AppServices | undefined>(undefined);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

export function useNow(): Date {
  const { clock } = useServices();
  return clock ? clock() : new Date();
}
