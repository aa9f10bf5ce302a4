import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import type { Theme } from '../host/capabilities';
import { ServicesProvider, type AppServices } from './services';
import { useFluentTheme } from './theme';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
});

/** Fluent theme from the host (following its changes), i18n, and the services. */
export function AppProviders({ services, i18n, children }: { services: AppServices; i18n: i18n; children: ReactNode }) {
  const styles = useStyles();
  const [theme, setTheme] = useState<Theme>(services.host.theme);
  useEffect(() => services.host.onThemeChange?.(setTheme), [services.host]);
  const fluent = useFluentTheme(theme);
  return (
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        {/* The page's layout and background sit on a div of their own: Fluent copies the provider's className onto
            the mount node of every portal (tooltips, toasts, dialogs, dropdowns), where a full-height background
            would cover the page. */}
        <FluentProvider theme={fluent} lang={i18n.language}>
          <div className={styles.root}>{children}</div>
        </FluentProvider>
      </ServicesProvider>
    </I18nextProvider>
  );
}
