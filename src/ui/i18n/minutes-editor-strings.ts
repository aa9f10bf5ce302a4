import { lazyStrings, type AddStrings } from './lazy-strings';
import { minutesEditorDa } from './minutes-editor-da';
import { minutesEditorEn } from './minutes-editor-en';

/** Adds the minutes editor's strings (`minutesEditor.*`) once per i18next instance. */
export const addMinutesEditorStrings: AddStrings = lazyStrings({ minutesEditor: minutesEditorDa }, { minutesEditor: minutesEditorEn });
