import type { Resources } from './da';
import type { FeatureResources } from './namespaces';

/**
 * Type-checks every `t()` key: the shell's strings are the default `translation` namespace, each feature's strings
 * its own namespace (namespaces.ts), all typed by their Danish resources — an unknown key fails `tsc`. A view's
 * `useTranslation('planning')` takes the planning keys and, through `fallbackNS` (as at run time, create-i18n.ts), the
 * shell's; another feature's key is written `'year:planDialog.title'` after `useTranslation(['planning', 'year'])`.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: 'translation';
    resources: { translation: Resources } & FeatureResources;
  }
}
