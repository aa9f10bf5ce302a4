import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/types';
import { switchLanguage } from '../commands/home-commands';
import { useCommandContext } from '../commands/command-context';
import { LOCALES } from '../i18n/create-i18n';

const useStyles = makeStyles({
  group: { display: 'flex', gap: tokens.spacingHorizontalXXS },
  // What Fluent's ToggleButton shows when a subtle one is checked. Its styles (20 KB of script) would load with every
  // page's header for these two buttons alone; a Button with aria-pressed is the same control to assistive technology.
  pressed: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    color: tokens.colorNeutralForeground2Selected,
    // Windows' contrast themes drop backgrounds: the system's highlight keeps the chosen language apparent.
    '@media (forced-colors: active)': { backgroundColor: 'Highlight', color: 'HighlightText', forcedColorAdjust: 'none' },
  },
});

/** Dansk | English — two toggle buttons (each named in its own language) in a labelled group; each runs the switchLanguage command. */
export function LanguageSwitch() {
  const styles = useStyles();
  const { t } = useTranslation();
  const ctx = useCommandContext();
  return (
    <div role="group" aria-label={t('language.label')} className={styles.group}>
      {LOCALES.map((locale: Locale) => {
        const pressed = ctx.locale === locale;
        return (
          <Button
            key={locale}
            size="small"
            appearance="subtle"
            aria-pressed={pressed}
            className={pressed ? styles.pressed : undefined}
            lang={locale}
            title={switchLanguage.label(ctx.t, locale)}
            onClick={() => switchLanguage.canRun?.(ctx, locale) !== false && void switchLanguage.run(ctx, locale)}
          >
            {t(`language.${locale}`)}
          </Button>
        );
      })}
    </div>
  );
}
