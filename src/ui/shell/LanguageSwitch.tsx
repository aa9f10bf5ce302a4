import { makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/types';
import { switchLanguage } from '../commands/home-commands';
import { useCommandContext } from '../commands/command-context';
import { LOCALES } from '../i18n/create-i18n';

const useStyles = makeStyles({ group: { display: 'flex', gap: tokens.spacingHorizontalXXS } });

/** Dansk | English — two toggle buttons (each named in its own language) in a labelled group; each runs the switchLanguage command. */
export function LanguageSwitch() {
  const styles = useStyles();
  const { t } = useTranslation();
  const ctx = useCommandContext();
  return (
    <div role="group" aria-label={t('language.label')} className={styles.group}>
      {LOCALES.map((locale: Locale) => (
        <ToggleButton
          key={locale}
          size="small"
          appearance="subtle"
          checked={ctx.locale === locale}
          lang={locale}
          title={switchLanguage.label(ctx.t, locale)}
          onClick={() => switchLanguage.canRun?.(ctx, locale) !== false && void switchLanguage.run(ctx, locale)}
        >
          {t(`language.${locale}`)}
        </ToggleButton>
      ))}
    </div>
  );
}
