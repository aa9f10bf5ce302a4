/** The themes not every first load needs (src/ui/theme.ts loads them when a host asks for one). */
export { teamsHighContrastTheme, webDarkTheme } from '@fluentui/react-components';
