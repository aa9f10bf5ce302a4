import { Body1, Card, FluentProvider, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Locale } from '../domain/types';
import type { Theme } from '../host/capabilities';
import { createI18n } from '../ui/i18n/create-i18n';
import { useFluentTheme } from '../ui/theme';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS, maxWidth: '40rem' },
});

function Content({ hasTeam }: { hasTeam: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <main className={styles.root}>
      <Title2 as="h1">{t('teamsConfig.title')}</Title2>
      <Card className={styles.card}>
        <Body1>{t('teamsConfig.body')}</Body1>
        {hasTeam ? <Body1>{t('teamsConfig.forum')}</Body1> : null}
      </Card>
    </main>
  );
}

/** What the channel tab's configuration dialog shows. */
export function ConfigPage({ locale, theme, hasTeam }: { locale: Locale; theme: Theme; hasTeam: boolean }) {
  const [i18n] = useState(() => createI18n(locale));
  const fluent = useFluentTheme(theme);
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={fluent}>
        <Content hasTeam={hasTeam} />
      </FluentProvider>
    </I18nextProvider>
  );
}
