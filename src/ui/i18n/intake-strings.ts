import { lazyStrings, type AddStrings } from './lazy-strings';
import { intakeDa } from './intake-da';
import { intakeEn } from './intake-en';

/** Adds the mail intake's strings (`intake.*`) to an i18next instance, once per instance (the secretariat's view calls it). */
export const addIntakeStrings: AddStrings = lazyStrings({ intake: intakeDa }, { intake: intakeEn });
