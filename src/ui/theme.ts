import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme as FluentTheme } from '@fluentui/react-components';
import type { Theme } from '../host/capabilities';

export function fluentTheme(theme: Theme): FluentTheme {
  switch (theme) {
    case 'dark':
      return webDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    default:
      return webLightTheme;
  }
}
