import { Body1, Button, Card, FluentProvider, makeStyles, Title2, tokens, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/types';
import { createI18n } from '../i18n/create-i18n';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'grid', placeItems: 'center', backgroundColor: tokens.colorNeutralBackground2 },
  card: { maxWidth: '32rem', padding: tokens.spacingHorizontalXL, gap: tokens.spacingVerticalM },
});

function Message({ host, webUrl }: { host: string; webUrl: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <main className={styles.root}>
      <Card className={styles.card}>
        <Title2 as="h1">{t('outside.title', { host })}</Title2>
        <Body1>{t('outside.body', { host })}</Body1>
        <Button as="a" href={webUrl} appearance="primary">
          {t('outside.web')}
        </Button>
      </Card>
    </main>
  );
}

/** Shown by a Teams/Outlook entry opened outside its host against a real tenant (no sandbox to fall back to). */
export function OutsideHostPage({ locale, host, webUrl }: { locale: Locale; host: string; webUrl: string }) {
  const [i18n] = useState(() => createI18n(locale));
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <Message host={host} webUrl={webUrl} />
      </FluentProvider>
    </I18nextProvider>
  );
}
