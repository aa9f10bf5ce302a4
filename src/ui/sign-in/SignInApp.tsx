import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { Suspense, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Locale } from '../../domain/types';
import { LoadingSkeleton } from '../components/LoadingSkeleton';
import { createI18n } from '../i18n/create-i18n';
import { SignInAsPage, type SignInState } from './SignInAsPage';

const useStyles = makeStyles({ root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 } });

/** The sandbox sign-in page on its own (before anyone is signed in there are no services yet). */
export function SignInApp({
  locale,
  state,
  onPick,
  fallbackFrom,
}: {
  locale: Locale;
  state: SignInState;
  onPick: (upn: string) => void;
  fallbackFrom?: string;
}) {
  const styles = useStyles();
  const [i18n] = useState(() => {
    const instance = createI18n(locale);
    // The page's strings as it starts, beside the sandbox's list of people that the start-up is fetching meanwhile.
    void instance.loadNamespaces('signIn');
    return instance;
  });
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme} lang={locale} className={styles.root}>
        <Suspense fallback={<LoadingSkeleton rows={3} />}>
          <SignInAsPage state={state} onPick={onPick} fallbackFrom={fallbackFrom} />
        </Suspense>
      </FluentProvider>
    </I18nextProvider>
  );
}
