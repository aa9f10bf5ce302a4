import { lazyStrings, type AddStrings } from './lazy-strings';
import { agendaDa } from './agenda-da';
import { agendaEn } from './agenda-en';

/** Adds the agenda actions' strings to an i18next instance, once per instance. */
export const addAgendaStrings: AddStrings = lazyStrings(agendaDa, agendaEn);
