import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { createContext, useContext, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A tab list drawn and keyed as Fluent's TabList (medium), without Fluent's focus manager (Tabster) that TabList's
 * arrow-key navigation creates: for the task pane's two tabs, which are in its first view, where Tabster and the tab
 * components were 85 KB of the script before the pane could answer (issue 17 pt 1). The WAI-ARIA tabs pattern with
 * manual activation, as TabList: the selected tab is the one in the Tab order, the arrow keys (and Home, End) move
 * focus between the tabs, Enter, Space or a click selects one.
 */
const useStyles = makeStyles({
  list: { display: 'flex', alignItems: 'center' },
  tab: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalSNudge,
    flexShrink: 0,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalMNudge,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    '::after': {
      content: '""',
      position: 'absolute',
      insetInline: tokens.spacingHorizontalMNudge,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorTransparentStroke,
    },
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':hover::after': { backgroundColor: tokens.colorNeutralStroke1Hover },
    // Windows' contrast themes, as Fluent's Tab: the indicator in the system's colours.
    '@media (forced-colors: active)': {
      ':hover::after': { backgroundColor: 'Highlight' },
      ':focus-visible': { outlineColor: 'Highlight' },
    },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': {
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    ':hover': { color: tokens.colorNeutralForeground1 },
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    '@media (forced-colors: active)': { '::after': { backgroundColor: 'ButtonText' }, ':hover::after': { backgroundColor: 'ButtonText' } },
  },
  icon: { display: 'inline-flex', fontSize: '20px', color: 'inherit' },
  selectedIcon: { color: tokens.colorCompoundBrandForeground1 },
  // The label set in both weights in one grid cell: selecting a tab makes it bold without moving the tabs beside it.
  label: { display: 'inline-grid' },
  text: { gridArea: '1 / 1' },
  bold: { fontWeight: tokens.fontWeightSemibold },
  reserved: { gridArea: '1 / 1', fontWeight: tokens.fontWeightSemibold, visibility: 'hidden' },
});

interface TabListState {
  readonly selectedValue: string;
  readonly onTabSelect: (value: string) => void;
}

const Selection = createContext<TabListState>({ selectedValue: '', onTabSelect: () => undefined });

/** A horizontal tab list's keys, as TabList's (Tabster's horizontal axis): Up and Down stay the page's, to scroll. */
const KEY_TARGET: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** Moves focus to the tab the key names (next, previous, first, last), wrapping as TabList does. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const target = KEY_TARGET[event.key];
  if (!target) return;
  const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not(:disabled)')];
  const at = tabs.findIndex((tab) => tab === document.activeElement);
  if (at < 0 || tabs.length === 0) return;
  event.preventDefault();
  tabs[target(at, tabs.length)]?.focus();
}

export function LightTabList({
  selectedValue,
  onTabSelect,
  className,
  children,
}: TabListState & { readonly className?: string; readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <Selection.Provider value={{ selectedValue, onTabSelect }}>
      {/* The list takes the arrow keys its tabs' buttons do not use; the tabs themselves are the focusable parts. */}
      <div role="tablist" className={mergeClasses(styles.list, className)} onKeyDown={moveFocus}>
        {children}
      </div>
    </Selection.Provider>
  );
}

export function LightTab({
  value,
  icon,
  id,
  'aria-controls': controls,
  children,
}: {
  readonly value: string;
  readonly icon?: ReactNode;
  readonly id?: string;
  readonly 'aria-controls'?: string;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  const { selectedValue, onTabSelect } = useContext(Selection);
  const selected = value === selectedValue;
  return (
    <button
      type="button"
      role="tab"
      id={id}
      aria-selected={selected}
      aria-controls={controls}
      tabIndex={selected ? 0 : -1}
      className={mergeClasses(styles.tab, selected && styles.selected)}
      onClick={() => onTabSelect(value)}
    >
      {icon ? (
        <span className={mergeClasses(styles.icon, selected && styles.selectedIcon)} aria-hidden>
          {icon}
        </span>
      ) : null}
      <span className={styles.label}>
        <span className={mergeClasses(styles.text, selected && styles.bold)}>{children}</span>
        <span className={styles.reserved} aria-hidden>
          {children}
        </span>
      </span>
    </button>
  );
}
