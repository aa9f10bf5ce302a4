/**
 * Fluent components the first view does not need to be read: the header's tooltips and avatar bring Fluent's
 * positioning (floating-ui), portal and avatar code (~60 KB), and the focus restorer brings Fluent's focus manager
 * (Tabster); they load after the first view's data (`whenFirstViewShown`).
 */
export { Avatar, Tooltip } from '@fluentui/react-components';
export { FocusRestorer } from './FocusRestorer';
