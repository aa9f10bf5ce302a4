import type { i18n } from 'i18next';
import { planningDa } from './planning-da';
import { planningEn } from './planning-en';

const added = new WeakSet<object>();

/** Adds the planning view's strings (`planning.*`) once per i18next instance; called by the chairs' and secretariat's views. */
export function addPlanningStrings(instance: Pick<i18n, 'addResourceBundle'>): void {
  if (added.has(instance)) return;
  instance.addResourceBundle('da', 'translation', { planning: planningDa }, true, false);
  instance.addResourceBundle('en', 'translation', { planning: planningEn }, true, false);
  added.add(instance);
}
