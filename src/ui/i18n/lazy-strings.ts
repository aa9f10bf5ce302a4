import type { i18n } from 'i18next';

export type AddStrings = (instance: Pick<i18n, 'addResourceBundle'>) => void;

/**
 * Strings that load with the view that uses them, not with every person's first paint (bench/budgets.json): the
 * returned function adds the Danish and English resources to an i18next instance, once per instance. Each view calls
 * its own (`addYearStrings(i18n)`) before it translates.
 */
export function lazyStrings(da: object, en: object): AddStrings {
  const added = new WeakSet<object>();
  return (instance) => {
    if (added.has(instance)) return;
    instance.addResourceBundle('da', 'translation', da, true, false);
    instance.addResourceBundle('en', 'translation', en, true, false);
    added.add(instance);
  };
}
