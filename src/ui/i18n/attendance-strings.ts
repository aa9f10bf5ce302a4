import { lazyStrings, type AddStrings } from './lazy-strings';
import { attendanceDa } from './attendance-da';
import { attendanceEn } from './attendance-en';

/** Adds `attendance.*` once per i18next instance; called by the views that use them, so the strings load with those views. */
export const addAttendanceStrings: AddStrings = lazyStrings({ attendance: attendanceDa }, { attendance: attendanceEn });
