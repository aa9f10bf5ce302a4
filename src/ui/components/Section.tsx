import { Card, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground1 },
  icon: { color: tokens.colorBrandForeground1, display: 'flex' },
  // A Card clips what overflows it, which also stops a sticky child (a task pane form's action bar) from sticking.
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
    <Card className={mergeClasses(styles.card, sticky && styles.unclipped)} role="region" aria-labelledby={id}>
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
    </Card>
  );
}
