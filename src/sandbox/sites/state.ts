export interface SitesState { [key: string]: unknown }
