import { makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

// Fluent's filled, medium, vertical Card as a plain region: a Section is never interactive, and Card's code (~25 KB,
// its selection and focus handling) was fetched by the task pane and the Teams tab before their data (issue 17 pt 1).
const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    position: 'relative',
    boxSizing: 'border-box',
    overflow: 'hidden',
    padding: tokens.spacingHorizontalL,
    gap: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    // Card's border: transparent, drawn in forced-colours (Windows high contrast) mode, where shadows are not.
    '::after': {
      position: 'absolute',
      inset: 0,
      content: '""',
      pointerEvents: 'none',
      border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground1 },
  icon: { color: tokens.colorBrandForeground1, display: 'flex' },
  // The card clips what overflows it, which also stops a sticky child (a task pane form's action bar) from sticking.
  unclipped: { overflow: 'visible' },
});

/**
 * A titled card region; its heading names the region for screen readers. `sticky`: a child sticks to the viewport
 * (the card does not clip it).
 */
export function Section({
  title,
  icon,
  actions,
  children,
  sticky = false,
}: {
  title: string;
  icon?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  sticky?: boolean;
}) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={mergeClasses(styles.card, sticky && styles.unclipped)} role="region" aria-labelledby={id}>
      <div className={styles.header}>
        {icon ? (
          <span className={styles.icon} aria-hidden>
            {icon}
          </span>
        ) : null}
        <Subtitle2 as="h2" id={id}>
          {title}
        </Subtitle2>
        {actions}
      </div>
      {children}
    </div>
  );
}
