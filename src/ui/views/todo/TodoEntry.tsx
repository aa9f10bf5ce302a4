import { Body1Strong, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export const useTodoStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'grid', gridTemplateColumns: 'min-content 1fr', gap: tokens.spacingHorizontalS },
  icon: { color: tokens.colorBrandForeground1, paddingTop: tokens.spacingVerticalXXS },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, paddingTop: tokens.spacingVerticalXXS },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  sub: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  // A chair's words, as text: kept as written (line breaks), wrapped anywhere, never markup.
  quote: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
    paddingInlineStart: tokens.spacingHorizontalS,
    margin: 0,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
  },
});

/** One entry of "Det skal gøres": an icon, what is waiting, and under it the details and the way to do it. */
export function TodoEntry({ icon, title, warning, children }: { icon: ReactNode; title: string; warning?: boolean; children?: ReactNode }) {
  const styles = useTodoStyles();
  return (
    <li className={styles.item}>
      <span className={warning ? styles.warning : styles.icon} aria-hidden>
        {icon}
      </span>
      <div className={styles.body}>
        <Body1Strong>{title}</Body1Strong>
        {children}
      </div>
    </li>
  );
}
