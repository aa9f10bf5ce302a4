import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Locale } from '../../domain/types';
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
  const [i18n] = useState(() => createI18n(locale));
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme} lang={locale} className={styles.root}>
        <SignInAsPage state={state} onPick={onPick} fallbackFrom={fallbackFrom} />
      </FluentProvider>
    </I18nextProvider>
  );
}
