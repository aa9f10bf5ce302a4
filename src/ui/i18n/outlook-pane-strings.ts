import { lazyStrings, type AddStrings } from './lazy-strings';
import { outlookPaneDa } from './outlook-pane-da';
import { outlookPaneEn } from './outlook-pane-en';

/** Adds the task pane's view names to an i18next instance, once per instance (called by OutlookPane). */
export const addOutlookPaneStrings: AddStrings = lazyStrings(outlookPaneDa, outlookPaneEn);
