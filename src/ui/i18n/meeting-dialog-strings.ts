import { lazyStrings, type AddStrings } from './lazy-strings';
import { meetingDialogDa } from './meeting-dialog-da';
import { meetingDialogEn } from './meeting-dialog-en';

/** Adds `meetingDialog.*` once per i18next instance: the strings load with the meeting dialog, not with the first paint. */
export const addMeetingDialogStrings: AddStrings = lazyStrings({ meetingDialog: meetingDialogDa }, { meetingDialog: meetingDialogEn });
