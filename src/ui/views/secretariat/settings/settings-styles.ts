import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout of the settings drawer: fields wrap into as many columns as fit (one at 360 px). */
export const useSettingsStyles = makeStyles({
  drawer: { '--fui-Drawer--size': 'min(100vw, 48rem)' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlockEnd: tokens.spacingVerticalL },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  fields: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 12rem), 1fr))',
    alignItems: 'start',
    '& > *': { minWidth: 0 },
  },
  /** A row's "not confirmed" note: the palette's warning foreground. */
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  /** A Select never grows wider than its column for a long option (the task pane is 360 px). */
  select: { maxWidth: '100%', minWidth: 0 },
  selectInput: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  inline: { display: 'flex', alignItems: 'end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: 'min(100%, 12rem)' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
  tableScroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '44rem' },
  footer: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});
