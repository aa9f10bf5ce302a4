import type { i18n } from 'i18next';
import { agendaDa } from './agenda-da';
import { agendaEn } from './agenda-en';

const added = new WeakSet<object>();

/** Adds the agenda actions' strings to an i18next instance, once per instance. */
export function addAgendaStrings(instance: Pick<i18n, 'addResourceBundle'>): void {
  if (added.has(instance)) return;
  instance.addResourceBundle('da', 'translation', agendaDa, true, false);
  instance.addResourceBundle('en', 'translation', agendaEn, true, false);
  added.add(instance);
}
