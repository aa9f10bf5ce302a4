import { lazyStrings, type AddStrings } from './lazy-strings';
import { meetingPanelDa } from './meeting-panel-da';
import { meetingPanelEn } from './meeting-panel-en';

/** Adds the Teams meeting side panel's strings (`meetingPanel.*`) once per i18next instance. */
export const addMeetingPanelStrings: AddStrings = lazyStrings({ meetingPanel: meetingPanelDa }, { meetingPanel: meetingPanelEn });
